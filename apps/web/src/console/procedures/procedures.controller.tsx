import { Controller, Get, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { loadProcedure } from '../../api/api-reads';
import { bodyOf, redirectTo, sendPage, textOf } from '../../http/page-http';
import {
  noErrors,
  placeProblemErrors,
  type FormField,
  type PageErrors,
  type Problem,
} from '../../forms';
import { Page, type PageContext } from '../../layout/page-context';
import { requireArea } from '../console-access';
import { OfficialApi } from '../official-api';
import {
  editorTargetOf,
  emptyState,
  readEditor,
  stateOfProcedure,
  withEmptyRows,
  type ReadEditor,
} from './procedure-editor';
import { PROCEDURES_ADMIN_PATH, ProcedureEditorPage, ProcedureListPage } from './procedures.pages';

const PROCEDURE_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;

/**
 * Administering the catalogue (ADMIN: their agency's procedures; SYSTEM_ADMIN: any): the
 * list, and one editor to create or change a procedure with its fields and documents.
 */
@Controller('can-bo/quan-tri/thu-tuc')
export class ProceduresAdminController {
  constructor(private readonly officials: OfficialApi) {}

  @Get()
  async list(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { agencyCode } = requireArea(request, 'procedures');
    const api = this.officials.as(request);
    const { data, response } = await api.GET('/api/v1/procedures', {
      params: { query: { ...(agencyCode ? { agencyCode } : {}), limit: 100 } },
    });
    if (!data) throw new Error(`Listing procedures answered ${response.status}`);
    await sendPage(
      reply,
      <ProcedureListPage page={page} agencyCode={agencyCode} procedures={data.items} />,
    );
  }

  @Get('them')
  async newProcedure(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { agencyCode } = requireArea(request, 'procedures');
    await sendPage(
      reply,
      <ProcedureEditorPage
        page={page}
        creating
        state={emptyState(agencyCode ?? '')}
        errors={noErrors()}
      />,
    );
  }

  @Post('them')
  async create(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    requireArea(request, 'procedures');
    await this.submit(page, request, reply, undefined);
  }

  @Get('sua/:code')
  async edit(
    @Param('code') code: string,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const api = this.officials.as(request, 'procedures');
    if (!PROCEDURE_CODE.test(code)) throw new NotFoundException();
    const data = await loadProcedure(api, code);
    await sendPage(
      reply,
      <ProcedureEditorPage
        page={page}
        creating={false}
        state={stateOfProcedure({ ...data, fields: data.fields as FormField[] })}
        errors={noErrors()}
      />,
    );
  }

  @Post('sua/:code')
  async update(
    @Param('code') code: string,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    requireArea(request, 'procedures');
    if (!PROCEDURE_CODE.test(code)) throw new NotFoundException();
    await this.submit(page, request, reply, code);
  }

  /** One handler for the editor's buttons: add rows, preview, or save. */
  private async submit(
    page: PageContext,
    request: FastifyRequest,
    reply: FastifyReply,
    code: string | undefined,
  ): Promise<void> {
    const body = bodyOf(request);
    const read = readEditor(body);
    if (code !== undefined) read.state.code = code;
    const action = textOf(body, 'action');
    const creating = code === undefined;
    const render = (errors: PageErrors, status: number, preview?: FormField[]) =>
      sendPage(
        reply,
        <ProcedureEditorPage
          page={page}
          creating={creating}
          state={withEmptyRows(read.state, {
            fields: action === 'them-truong' ? 1 : 0,
            documents: action === 'them-giay-to' ? 1 : 0,
          })}
          errors={errors}
          preview={preview}
        />,
        status,
      );
    if (action === 'them-truong' || action === 'them-giay-to') return render(noErrors(), 200);
    if (action === 'xem-truoc') return render(noErrors(), 200, read.payload.fields);
    if (read.errors.length > 0) return render(localErrors(read), 400);

    const api = this.officials.as(request);
    const { code: newCode, ...changes } = read.payload;
    const answer = creating
      ? await api.POST('/api/v1/procedures', { body: read.payload as never })
      : await api.PATCH('/api/v1/procedures/{code}', {
          params: { path: { code } },
          body: { ...changes, agencyCode: undefined } as never,
        });
    if (answer.data) {
      request.session.set('flash', `Đã lưu thủ tục ${answer.data.code}.`);
      return redirectTo(reply, PROCEDURES_ADMIN_PATH);
    }
    const status = answer.response.status;
    if (status >= 500) throw new Error(`Saving a procedure answered ${status}`);
    if (status === 404) throw new NotFoundException();
    const problem = (answer.error ?? {}) as Problem;
    const placed = placeProblemErrors(
      status === 403
        ? { detail: 'Bạn chỉ được sửa thủ tục của cơ quan mình.' }
        : status === 409
          ? {
              detail: `Đã có thủ tục mã ${newCode}.`,
              errors: [{ field: 'code', message: `Đã có thủ tục mã ${newCode}.` }],
            }
          : problem,
      (path) => editorTargetOf(read, path),
    );
    await render(placed, status);
  }
}

function localErrors(read: ReadEditor): PageErrors {
  const errors = noErrors();
  for (const error of read.errors) {
    if (errors.byTarget.has(error.targetId)) continue;
    errors.byTarget.set(error.targetId, error.message);
    errors.summary.push(error);
  }
  return errors;
}
