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
import type { Api, components } from '../../api/api-client';
import { loadDossier, loadProcedure } from '../../api/api-reads';
import { isDossierRef } from '../../api/dossier-ref';
import {
  bodyOf,
  idempotencyKeyOf,
  newIdempotencyKey,
  redirectTo,
  sendPage,
  sendPdf,
  textOf,
} from '../../http/page-http';
import { drain, forwardFilePart } from '../../citizen/uploads';
import {
  addError,
  noErrors,
  placeProblemErrors,
  type FormField,
  type PageErrors,
  type Problem,
  type SubmittedBody,
} from '../../forms';
import { Page, type PageContext } from '../../layout/page-context';
import { OfficialApi } from '../official-api';
import {
  carriedScans,
  deskTargetOf,
  dossierBody,
  localTargetOf,
  parseCarriedEntry,
  rawOfEntry,
  readDeskEntry,
  scanTargetId,
  type DeskEntry,
  type DeskProcedure,
  type UploadedScan,
} from './desk-entry';
import {
  CheckEntryPage,
  ChooseProcedurePage,
  EntryFormPage,
  ReceivedPage,
  receivedPath,
} from './desk.pages';

type Procedure = components['schemas']['ProcedureDto'];

declare module '@fastify/secure-session' {
  interface SessionData {
    /** The dossier the desk entered last and its one-time claim code, shown on its page. */
    deskReceipt: { code: string; claimCode: string };
  }
}

// a form of this procedure: applicant, up to 100 questions, address, scans' ids and names
const MULTIPART_LIMITS = { fields: 400, files: 60, fieldSize: 64 * 1024 };

function deskProcedure(procedure: Procedure): DeskProcedure {
  return {
    code: procedure.code,
    postalDelivery: procedure.postalDelivery,
    fields: procedure.fields as FormField[],
    requiredDocuments: procedure.requiredDocuments,
  };
}

/**
 * The desk enters a paper dossier for a citizen (RECEPTION): the procedure chosen, the form
 * filled and the scans uploaded on one page, a check page, then `POST /dossiers` with the
 * applicant and channel; the dossier is received at once, and its page shows the code, the
 * one-time claim code and the receipt (Mẫu 01) to print.
 */
@Controller('can-bo/tiep-nhan')
export class DeskController {
  constructor(
    private readonly officials: OfficialApi,
    @Inject(WebEnvironment) private readonly env: WebEnvironment,
  ) {}

  @Get()
  async choose(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('q') q?: string,
  ): Promise<void> {
    const api = this.officials.as(request, 'desk');
    const query = (q ?? '').trim().slice(0, 200);
    const { data, response } = await api.GET('/api/v1/procedures', {
      params: { query: { ...(query ? { q: query } : {}), limit: 50 } },
    });
    if (!data) throw new Error(`Listing procedures answered ${response.status}`);
    await sendPage(
      reply,
      <ChooseProcedurePage page={page} query={query} procedures={data.items} total={data.total} />,
    );
  }

  @Get('thu-tuc/:code')
  async form(
    @Param('code') code: string,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const procedure = await loadProcedure(this.officials.as(request, 'desk'), code);
    await sendPage(
      reply,
      <EntryFormPage
        page={page}
        procedure={procedure}
        raw={{}}
        channel="COUNTER"
        deliveryMethod="COUNTER"
        scans={{}}
        errors={noErrors()}
      />,
    );
  }

  /** The multipart form: scans go to the API's `/files` as they arrive, then the check page. */
  @Post('thu-tuc/:code')
  async check(
    @Param('code') code: string,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const api = this.officials.as(request, 'desk');
    const procedure = await loadProcedure(api, code);
    const desk = deskProcedure(procedure);
    const { body, uploaded, uploadErrors } = await this.readMultipart(request, api, desk);
    const scans = { ...carriedScans(desk, body), ...uploaded };
    const read = readDeskEntry(desk, body, scans);
    const errors = noErrors();
    for (const [docCode, message] of uploadErrors) addError(errors, scanTargetId(docCode), message);
    for (const error of read.errors) {
      const targetId = localTargetOf(error.key);
      if (targetId && errors.byTarget.has(targetId)) continue;
      if (targetId) errors.byTarget.set(targetId, error.message);
      errors.summary.push({ targetId, message: error.message });
    }
    if (!read.entry || errors.summary.length > 0) {
      return sendPage(
        reply,
        <EntryFormPage
          page={page}
          procedure={procedure}
          raw={read.raw}
          channel={read.channel}
          deliveryMethod={read.deliveryMethod}
          scans={scans}
          errors={errors}
        />,
        400,
      );
    }
    await sendPage(
      reply,
      <CheckEntryPage
        page={page}
        procedure={procedure}
        entry={read.entry}
        idempotencyKey={newIdempotencyKey()}
      />,
    );
  }

  /** "Sửa thông tin" on the check page: the form again, as it was filled. */
  @Post('thu-tuc/:code/sua')
  async edit(
    @Param('code') code: string,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const procedure = await loadProcedure(this.officials.as(request, 'desk'), code);
    const entry = parseCarriedEntry(textOf(bodyOf(request), 'entry'));
    if (!entry) return redirectTo(reply, `/can-bo/tiep-nhan/thu-tuc/${encodeURIComponent(code)}`);
    await this.renderForm(reply, page, procedure, entry, noErrors(), 200);
  }

  @Post('thu-tuc/:code/tiep-nhan')
  async receive(
    @Param('code') code: string,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const api = this.officials.as(request, 'desk');
    const procedure = await loadProcedure(api, code);
    const body = bodyOf(request);
    const entry = parseCarriedEntry(textOf(body, 'entry'));
    if (!entry) return redirectTo(reply, `/can-bo/tiep-nhan/thu-tuc/${encodeURIComponent(code)}`);
    const dossier = dossierBody(procedure.code, entry);
    const { data, error, response } = await api.POST('/api/v1/dossiers', {
      params: { header: { 'Idempotency-Key': idempotencyKeyOf(body) } },
      body: dossier as never,
    });
    if (data?.code) {
      if (data.claimCode) {
        request.session.set('deskReceipt', { code: data.code, claimCode: data.claimCode });
      }
      return redirectTo(reply, receivedPath(data.code));
    }
    if (response.status >= 500) throw new Error(`Receiving a dossier answered ${response.status}`);
    const problem = (error ?? {}) as Problem;
    const placed = placeProblemErrors(problem, (path) =>
      deskTargetOf(deskProcedure(procedure), path, dossier.attachments),
    );
    await this.renderForm(reply, page, procedure, entry, placed, response.status);
  }

  @Get('ho-so/:ref')
  async received(
    @Param('ref') ref: string,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const dossier = await loadDossier(this.officials.as(request, 'desk'), ref);
    const remembered = request.session.get('deskReceipt');
    const claimCode = remembered?.code === dossier.code ? remembered.claimCode : undefined;
    await sendPage(reply, <ReceivedPage page={page} dossier={dossier} claimCode={claimCode} />);
  }

  /** The receipt (Mẫu 01) as the API makes it, fetched with the official's token. */
  @Get('ho-so/:ref/giay-tiep-nhan.pdf')
  async receipt(
    @Param('ref') ref: string,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const api = this.officials.as(request, 'desk');
    if (!isDossierRef(ref)) throw new NotFoundException();
    const { data, response } = await api.GET('/api/v1/dossiers/{ref}/forms/{file}', {
      params: { path: { ref, file: 'receipt.pdf' } },
      parseAs: 'arrayBuffer',
    });
    if (response.status === 404) throw new NotFoundException();
    if (!response.ok || !data) throw new Error(`The receipt answered ${response.status}`);
    await sendPdf(reply, response, Buffer.from(data), 'giay-tiep-nhan.pdf', {
      'cache-control': 'private, no-store',
    });
  }

  private async renderForm(
    reply: FastifyReply,
    page: PageContext,
    procedure: Procedure,
    entry: DeskEntry,
    errors: PageErrors,
    status: number,
  ): Promise<void> {
    await sendPage(
      reply,
      <EntryFormPage
        page={page}
        procedure={procedure}
        raw={rawOfEntry(deskProcedure(procedure), entry)}
        channel={entry.channel}
        deliveryMethod={entry.deliveryMethod}
        scans={entry.scans}
        errors={errors}
      />,
      status,
    );
  }

  /**
   * Reads the multipart form part by part: text fields into a body, each chosen file passed on
   * to the API as it arrives (a file part must be read before the next part comes).
   */
  private async readMultipart(
    request: FastifyRequest,
    api: Api,
    procedure: DeskProcedure,
  ): Promise<{
    body: SubmittedBody;
    uploaded: Record<string, UploadedScan>;
    uploadErrors: Map<string, string>;
  }> {
    const body: Record<string, string | string[]> = {};
    const uploaded: Record<string, UploadedScan> = {};
    const uploadErrors = new Map<string, string>();
    const documents = new Set(procedure.requiredDocuments.map((d) => d.code));
    for await (const part of request.parts({
      limits: { ...MULTIPART_LIMITS, fileSize: this.env.FILE_MAX_BYTES },
    })) {
      if (part.type === 'field') {
        const value = String(part.value);
        const existing = body[part.fieldname];
        body[part.fieldname] =
          existing === undefined
            ? value
            : [...(Array.isArray(existing) ? existing : [existing]), value];
        continue;
      }
      const docCode = part.fieldname.startsWith('file.') ? part.fieldname.slice(5) : '';
      if (!part.filename || !documents.has(docCode)) {
        await drain(part.file);
        continue;
      }
      const outcome = await forwardFilePart(part, api, this.env.FILE_MAX_BYTES);
      if (outcome.ok)
        uploaded[docCode] = { fileId: outcome.file.id, fileName: outcome.file.fileName };
      else uploadErrors.set(docCode, outcome.message);
    }
    return { body, uploaded, uploadErrors };
  }
}
