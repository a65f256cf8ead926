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
import type { FastifyReply, FastifyRequest } from 'fastify';
import { WebEnvironment } from '@motcua/config/web-environment';
import { ApiClient } from '../../api/api-client';
import { placeProblemErrors, type Problem, type SummaryError } from '../../forms';
import { Page, type PageContext } from '../../layout/page-context';
import { loadDossier, loadProcedure } from '../../api/api-reads';
import { sendCitizensOnly, signedInAsOfficial } from '../citizen-only';
import {
  bodyOf,
  idempotencyKeyOf,
  newIdempotencyKey,
  redirectTo,
  sendPage,
  sendPdf,
  textOf,
} from '../../http/page-http';
import { documentTargetId } from '../filing/filing.pages';
import type { Dossier } from '../filing/filing.types';
import { forwardUpload } from '../uploads';
import { isPrintableForm } from './dossier-guide';
import {
  DossierPage,
  MyDossiersPage,
  SupplementState,
  WithdrawPage,
  dossierPath,
} from './dossiers.pages';

const PAGE_SIZE = 20;

/** "Hồ sơ của tôi" and a dossier's own page: follow it, answer a supplement request, withdraw. */
@Controller()
export class DossiersController {
  constructor(
    private readonly api: ApiClient,
    @Inject(WebEnvironment) private readonly env: WebEnvironment,
  ) {}

  @Get('/ho-so-cua-toi')
  async mine(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('trang') pageParam?: string,
  ): Promise<void> {
    const api = this.api.signedIn(request);
    if (signedInAsOfficial(page)) return sendCitizensOnly(reply, page);
    const pageNumber = Math.max(1, Math.min(1000, Number.parseInt(pageParam ?? '1', 10) || 1));
    const { data } = await api.GET('/api/v1/dossiers', {
      params: { query: { page: pageNumber, limit: PAGE_SIZE } as never },
    });
    await sendPage(
      reply,
      <MyDossiersPage
        page={page}
        dossiers={data?.items ?? []}
        total={data?.total ?? 0}
        pageNumber={pageNumber}
        limit={PAGE_SIZE}
      />,
    );
  }

  @Get('/ho-so/:ref')
  async show(
    @Param('ref') ref: string,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const dossier = await loadDossier(this.api.signedIn(request), ref);
    await this.renderDossier(reply, page, request, dossier, [], new Map());
  }

  /** One document for a supplement request, kept until "Gửi bổ sung". */
  @Post('/ho-so/:ref/bo-sung/:doc')
  async uploadSupplement(
    @Param('ref') ref: string,
    @Param('doc') documentCode: string,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const api = this.api.signedIn(request);
    const dossier = await loadDossier(api, ref);
    if (!dossier.supplementRequest?.documents.includes(documentCode)) throw new NotFoundException();
    if (dossier.status !== 'SUPPLEMENT_REQUIRED') return redirectTo(reply, dossierPath(dossier));
    const outcome = await forwardUpload(request, api, this.env.FILE_MAX_BYTES);
    const target = documentTargetId(documentCode);
    if (!outcome.ok) {
      return this.renderDossier(
        reply,
        page,
        request,
        dossier,
        [{ targetId: target, message: outcome.message }],
        new Map([[target, outcome.message]]),
        outcome.status,
      );
    }
    const files = { ...this.supplementFiles(request, dossier) };
    files[documentCode] = { fileId: outcome.file.id, fileName: outcome.file.fileName };
    request.session.set('supplementFiles', { ref: dossier.id, files });
    await redirectTo(reply, `${dossierPath(dossier)}#${target}`);
  }

  @Post('/ho-so/:ref/bo-sung')
  async sendSupplement(
    @Param('ref') ref: string,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const api = this.api.signedIn(request);
    const dossier = await loadDossier(api, ref);
    if (dossier.status !== 'SUPPLEMENT_REQUIRED') return redirectTo(reply, dossierPath(dossier));
    const files = this.supplementFiles(request, dossier);
    const missing = (dossier.supplementRequest?.documents ?? []).filter((code) => !files[code]);
    if (missing.length > 0) {
      const procedure = await loadProcedure(api, dossier.procedureCode).catch(() => undefined);
      const errors = missing.map((code) => {
        const name = procedure?.requiredDocuments.find((d) => d.code === code)?.name ?? code;
        return { targetId: documentTargetId(code), message: `Hãy tải lên "${name}".` };
      });
      return this.renderDossier(
        reply,
        page,
        request,
        dossier,
        errors,
        new Map(errors.map((e) => [e.targetId, e.message])),
        400,
      );
    }
    const { data, error, response } = await api.POST('/api/v1/dossiers/{ref}/actions/{action}', {
      params: {
        path: { ref: dossier.code ?? dossier.id, action: 'supplement' },
        header: { 'Idempotency-Key': idempotencyKeyOf(bodyOf(request)) },
      },
      body: {
        attachments: Object.entries(files).map(([documentCode, file]) => ({
          documentCode,
          fileId: file.fileId,
        })),
      },
    });
    if (data) {
      request.session.set('supplementFiles', undefined);
      request.session.set('flash', 'Đã gửi bổ sung. Hồ sơ đã được chuyển lại cho cơ quan.');
      return redirectTo(reply, dossierPath(data));
    }
    if (response.status >= 500) throw new Error(`Supplement answered ${response.status}`);
    const placed = placeProblemErrors((error ?? {}) as Problem, () => undefined);
    await this.renderDossier(
      reply,
      page,
      request,
      dossier,
      placed.summary,
      new Map(),
      response.status,
    );
  }

  @Get('/ho-so/:ref/rut')
  async confirmWithdraw(
    @Param('ref') ref: string,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const dossier = await loadDossier(this.api.signedIn(request), ref);
    await sendPage(
      reply,
      <WithdrawPage page={page} dossier={dossier} idempotencyKey={newIdempotencyKey()} />,
    );
  }

  @Post('/ho-so/:ref/rut')
  async withdraw(
    @Param('ref') ref: string,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const api = this.api.signedIn(request);
    const dossier = await loadDossier(api, ref);
    const body = bodyOf(request);
    const reason = textOf(body, 'reason').slice(0, 500);
    const { data, error, response } = await api.POST('/api/v1/dossiers/{ref}/actions/{action}', {
      params: {
        path: { ref: dossier.code ?? dossier.id, action: 'withdraw' },
        header: { 'Idempotency-Key': idempotencyKeyOf(body) },
      },
      body: reason ? { reason } : {},
    });
    if (data) {
      request.session.set('flash', 'Đã rút hồ sơ.');
      return redirectTo(reply, dossierPath(data));
    }
    if (response.status >= 500) throw new Error(`Withdraw answered ${response.status}`);
    const placed = placeProblemErrors((error ?? {}) as Problem, () => undefined);
    await this.renderDossier(
      reply,
      page,
      request,
      dossier,
      placed.summary,
      new Map(),
      response.status,
    );
  }

  /** A printable form (Mẫu 01–04) passed through from the API as it is. */
  @Get('/ho-so/:ref/bieu-mau/:file')
  async form(
    @Param('ref') ref: string,
    @Param('file') file: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const name = file.replace(/\.pdf$/, '');
    if (!file.endsWith('.pdf') || !isPrintableForm(name)) throw new NotFoundException();
    const dossier = await loadDossier(this.api.signedIn(request), ref);
    const { response } = await this.api
      .signedIn(request)
      .GET('/api/v1/dossiers/{ref}/forms/{file}', {
        params: { path: { ref: dossier.code ?? dossier.id, file: file as never } },
        parseAs: 'stream',
      });
    if (!response.ok || !response.body) throw new NotFoundException();
    await sendPdf(reply, response, response.body, `${name}.pdf`);
  }

  private supplementFiles(request: FastifyRequest, dossier: Dossier): SupplementState['files'] {
    const kept = request.session.get('supplementFiles');
    return kept && kept.ref === dossier.id ? kept.files : {};
  }

  private async renderDossier(
    reply: FastifyReply,
    page: PageContext,
    request: FastifyRequest,
    dossier: Dossier,
    summary: SummaryError[],
    errors: Map<string, string>,
    status = 200,
  ): Promise<void> {
    const api = this.api.signedIn(request);
    const ref = dossier.code ?? dossier.id;
    const [history, procedure] = await Promise.all([
      api.GET('/api/v1/dossiers/{ref}/history', { params: { path: { ref } } }),
      dossier.status === 'SUPPLEMENT_REQUIRED'
        ? loadProcedure(api, dossier.procedureCode).catch(() => undefined)
        : Promise.resolve(undefined),
    ]);
    await sendPage(
      reply,
      <DossierPage
        page={page}
        dossier={dossier}
        history={history.data?.items ?? []}
        procedure={procedure}
        supplement={{
          files: this.supplementFiles(request, dossier),
          errors,
          summary,
          idempotencyKey: newIdempotencyKey(),
        }}
      />,
      status,
    );
  }
}
