import {
  Controller,
  Get,
  Inject,
  NotFoundException,
  Param,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { WebEnvironment } from '@motcua/config/web-environment';
import { DOSSIER_TRANSITIONS, vietnamDate } from '@motcua/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Api, components } from '../../api/api-client';
import { loadDossier } from '../../api/api-reads';
import { isDossierRef, isFileId } from '../../api/dossier-ref';
import { forwardUpload, UPLOAD_MESSAGES } from '../../citizen/uploads';
import { placeProblemErrors, type Problem, type SubmittedBody } from '../../forms';
import {
  bodyOf,
  idempotencyKeyOf,
  newIdempotencyKey,
  redirectTo,
  sendPage,
  sendPdf,
  textOf,
} from '../../http/page-http';
import { Page, type PageContext } from '../../layout/page-context';
import { officialOf } from '../console-access';
import { OfficialApi } from '../official-api';
import {
  ACTION_TEXTS,
  availableActions,
  isOfficialAction,
  type OfficialAction,
} from './dossier-actions';
import {
  CONSOLE_FORMS,
  DossierDetailPage,
  dossierConsolePath,
  type ActionFormState,
  type DossierView,
} from './dossier.pages';
import { WORK_LIST_PATH } from './work-list.pages';

type Dossier = components['schemas']['DossierResponse'];
type ActionBody = components['schemas']['DossierActionDto'];

const FILE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);
/**
 * An attachment opened from the console: shown by the browser's own viewer (PDF, image), in a
 * tab or a frame of the console, never run as a page of the portal.
 */
const FILE_CSP =
  "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'";

const REQUIRED_MESSAGES: Record<string, (action: OfficialAction) => string> = {
  reason: (action) =>
    action === 'extend'
      ? 'Vui lòng nhập thư xin lỗi người nộp.'
      : action === 'request-supplement'
        ? 'Vui lòng nhập nội dung cần bổ sung.'
        : 'Vui lòng nhập lý do.',
  assigneeId: () => 'Vui lòng chọn chuyên viên xử lý.',
  outcome: () => 'Vui lòng chọn kết quả đề xuất.',
  summary: () => 'Vui lòng nhập nội dung kết quả giải quyết.',
  newAppointmentDate: () => 'Vui lòng chọn ngày hẹn trả mới.',
};

const CONFLICT =
  'Thao tác chưa được thực hiện: hồ sơ vừa được cán bộ khác xử lý hoặc đã chuyển sang bước khác. Trang dưới đây là trạng thái hiện tại của hồ sơ; hãy xem lại trước khi thao tác.';

/** A dossier's page for officials: everything about it, and the actions they may take now. */
@Controller()
export class DossierController {
  constructor(
    private readonly officials: OfficialApi,
    @Inject(WebEnvironment) private readonly env: WebEnvironment,
  ) {}

  @Get(`${WORK_LIST_PATH}/:ref`)
  async show(
    @Param('ref') ref: string,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const api = this.officials.as(request, 'dossiers');
    const dossier = await loadDossier(api, ref);
    await this.render(reply, page, request, api, dossier, {});
  }

  @Post(`${WORK_LIST_PATH}/:ref/:action`)
  async act(
    @Param('ref') ref: string,
    @Param('action') action: string,
    @Query('key') keyInAddress: string | undefined,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const api = this.officials.as(request, 'dossiers');
    if (!isOfficialAction(action) || !isDossierRef(ref)) throw new NotFoundException();
    let body: ActionBody = {};
    let key: string;
    let submitted: SubmittedBody = {};
    if (action === 'approve') {
      key = idempotencyKeyOf({ idempotencyKey: keyInAddress ?? '' });
      if (request.isMultipart()) {
        const upload = await forwardUpload(request, api, this.env.FILE_MAX_BYTES);
        if (upload.ok) body = { resultFileId: upload.file.id };
        else if (upload.message !== UPLOAD_MESSAGES.none) {
          const dossier = await loadDossier(api, ref);
          const form = formError(action, {}, `${action}-file`, upload.message);
          return this.render(reply, page, request, api, dossier, { form }, upload.status);
        }
      }
    } else {
      submitted = bodyOf(request);
      key = idempotencyKeyOf(submitted);
      body = actionBodyOf(action, submitted);
      const missing = DOSSIER_TRANSITIONS[action].requires.filter(
        (input) => !(body as Record<string, unknown>)[input],
      );
      if (missing.length > 0) {
        const dossier = await loadDossier(api, ref);
        const errors = missing.map((input) => ({
          targetId: `${action}-${input}`,
          message: REQUIRED_MESSAGES[input](action),
        }));
        const form: ActionFormState = {
          action,
          values: submitted as ActionFormState['values'],
          errors: new Map(errors.map((e) => [e.targetId, e.message])),
          summary: errors,
        };
        return this.render(reply, page, request, api, dossier, { form, key }, 400);
      }
    }
    const { data, error, response } = await api.POST('/api/v1/dossiers/{ref}/actions/{action}', {
      params: { path: { ref, action }, header: { 'Idempotency-Key': key } },
      body,
    });
    if (data) {
      request.session.set('flash', ACTION_TEXTS[action].done);
      return redirectTo(reply, dossierConsolePath(data));
    }
    if (response.status === 404) throw new NotFoundException();
    if (response.status >= 500) throw new Error(`The ${action} action answered ${response.status}`);
    const problem = (error ?? {}) as Problem;
    const dossier = await loadDossier(api, ref);
    if (response.status === 409 || response.status === 403 || response.status === 422) {
      const conflict =
        response.status === 403
          ? 'Thao tác chưa được thực hiện: vai trò của bạn không thực hiện được thao tác này với hồ sơ.'
          : problem.code === 'INVALID_TRANSITION' || response.status === 422
            ? CONFLICT
            : `Thao tác chưa được thực hiện: ${problem.detail ?? CONFLICT}`;
      return this.render(reply, page, request, api, dossier, { conflict }, response.status);
    }
    const placed = placeProblemErrors(problem, (field) =>
      ['reason', 'assigneeId', 'outcome', 'summary', 'newAppointmentDate', 'documents'].includes(
        field,
      )
        ? `${action}-${field}`
        : action === 'approve' && field === 'resultFileId'
          ? `${action}-file`
          : undefined,
    );
    const form: ActionFormState = {
      action,
      values: submitted as ActionFormState['values'],
      errors: placed.byTarget,
      summary: placed.summary,
    };
    await this.render(reply, page, request, api, dossier, { form, key }, response.status);
  }

  /** An attachment (or the result file), passed through from the API to be seen in the browser. */
  @Get(`${WORK_LIST_PATH}/:ref/tep/:fileId`)
  async file(
    @Param('ref') ref: string,
    @Param('fileId') fileId: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const api = this.officials.as(request, 'dossiers');
    if (!isDossierRef(ref) || !isFileId(fileId)) throw new NotFoundException();
    const { response } = await api.GET('/api/v1/files/{id}', {
      params: { path: { id: fileId } },
      parseAs: 'stream',
    });
    if (!response.ok || !response.body) throw new NotFoundException();
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim();
    const viewable = FILE_TYPES.has(type);
    const disposition = (response.headers.get('content-disposition') ?? 'attachment').replace(
      /^attachment/,
      viewable ? 'inline' : 'attachment',
    );
    await reply
      .code(200)
      .type(viewable ? type : 'application/octet-stream')
      .header('content-disposition', disposition)
      .header('content-security-policy', FILE_CSP)
      .header('x-frame-options', 'SAMEORIGIN')
      .header('cache-control', 'private, no-store')
      .send(response.body);
  }

  /** A printable form (Mẫu 01–05), passed through from the API as it is. */
  @Get(`${WORK_LIST_PATH}/:ref/bieu-mau/:file`)
  async form(
    @Param('ref') ref: string,
    @Param('file') file: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const api = this.officials.as(request, 'dossiers');
    const name = file.replace(/\.pdf$/, '');
    if (!file.endsWith('.pdf') || !Object.hasOwn(CONSOLE_FORMS, name) || !isDossierRef(ref)) {
      throw new NotFoundException();
    }
    const { response } = await api.GET('/api/v1/dossiers/{ref}/forms/{file}', {
      params: { path: { ref, file: file as never } },
      parseAs: 'stream',
    });
    if (!response.ok || !response.body) throw new NotFoundException();
    await sendPdf(reply, response, response.body, `${name}.pdf`, {
      'content-security-policy': FILE_CSP,
      'cache-control': 'private, no-store',
    });
  }

  private async render(
    reply: FastifyReply,
    page: PageContext,
    request: FastifyRequest,
    api: Api,
    dossier: Dossier,
    extra: { form?: ActionFormState; conflict?: string; key?: string },
    status = 200,
  ): Promise<void> {
    const user = officialOf(request);
    const ref = dossier.code ?? dossier.id;
    const actions = availableActions(dossier, user);
    const [history, procedure, specialists] = await Promise.all([
      api.GET('/api/v1/dossiers/{ref}/history', { params: { path: { ref } } }),
      api.GET('/api/v1/procedures/{code}', { params: { path: { code: dossier.procedureCode } } }),
      actions.includes('assign')
        ? api.GET('/api/v1/officials', { params: { query: { role: 'SPECIALIST' } } })
        : Promise.resolve(undefined),
    ]);
    const view: DossierView = {
      dossier,
      history: history.data?.items ?? [],
      procedure: procedure.data,
      actions,
      specialists: specialists?.data?.items ?? [],
      // a form sent again after an error keeps its key: the action still happens once
      idempotencyKey: extra.key ?? newIdempotencyKey(),
      conflict: extra.conflict,
      form: extra.form,
      today: vietnamDate(new Date()),
    };
    await sendPage(reply, <DossierDetailPage page={page} view={view} />, status);
  }
}

/** The API body of an action from its form's fields (only those the action takes). */
export function actionBodyOf(action: OfficialAction, form: SubmittedBody): ActionBody {
  const text = (name: string) => textOf(form, name) || undefined;
  switch (action) {
    case 'reject':
    case 'send-back':
      return { reason: text('reason') };
    case 'request-supplement': {
      const documents = form.documents;
      return {
        reason: text('reason'),
        documents: (Array.isArray(documents) ? documents : documents ? [documents] : []).map(
          String,
        ),
      };
    }
    case 'assign':
      return { assigneeId: text('assigneeId') };
    case 'propose':
      return {
        outcome: text('outcome') as ActionBody['outcome'],
        summary: text('summary'),
      };
    case 'extend':
      return { newAppointmentDate: text('newAppointmentDate'), reason: text('reason') };
    case 'receive':
    case 'approve':
    case 'return':
      return {};
  }
}

function formError(
  action: OfficialAction,
  values: ActionFormState['values'],
  targetId: string,
  message: string,
): ActionFormState {
  return {
    action,
    values,
    errors: new Map([[targetId, message]]),
    summary: [{ targetId, message }],
  };
}
