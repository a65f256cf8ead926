import { Controller, Get, Inject, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { WebEnvironment } from '@motcua/config/web-environment';
import { ApiClient, type Api } from '../../api/api-client';
import {
  addError,
  fieldId,
  noErrors,
  placeProblemErrors,
  rawFromValues,
  readFormValues,
  type FormValues,
  type PageErrors,
  type Problem,
  type RawValues,
} from '../../forms';
import { Page, type PageContext } from '../../layout/page-context';
import { loadDossier, loadProcedure } from '../../api/api-reads';
import { isDraftId } from '../../api/dossier-ref';
import { sendCitizensOnly, signedInAsOfficial } from '../citizen-only';
import {
  bodyOf,
  idempotencyKeyOf,
  newIdempotencyKey,
  redirectTo,
  sendPage,
  textOf,
} from '../../http/page-http';
import { forgetDraft, rememberStep, rememberedStep } from '../citizen-session';
import { forwardUpload } from '../uploads';
import {
  JourneyStep,
  journeySteps,
  missingDocuments,
  nextStep,
  resumeStep,
  savedValues,
  stepBySlug,
  stepPath,
} from './filing-journey';
import {
  CheckPage,
  ConfirmationPage,
  DeliveryPage,
  DocumentsPage,
  FormStepPage,
  StartPage,
  documentTargetId,
} from './filing.pages';
import { ADDRESS_FIELDS, Dossier, Procedure, fieldsOf } from './filing.types';

interface Journey {
  api: Api;
  procedure: Procedure;
  draft: Dossier;
  steps: JourneyStep[];
}

/** The content a draft is saved with: every part, so a save never drops another part. */
interface DraftContent {
  formData: FormValues;
  attachments: { documentCode: string; fileId: string }[];
  deliveryMethod: 'COUNTER' | 'POSTAL';
  deliveryAddress?: Dossier['deliveryAddress'];
}

/** The form's own checks, each message beside its field. */
function fieldErrors(errors: { key?: string; message: string }[]): PageErrors {
  const placed = noErrors();
  for (const error of errors) addError(placed, fieldId(error.key ?? ''), error.message);
  return placed;
}

function contentOf(draft: Dossier): DraftContent {
  return {
    formData: savedValues(draft),
    attachments: draft.attachments.map((a) => ({ documentCode: a.documentCode, fileId: a.fileId })),
    deliveryMethod: draft.deliveryMethod,
    deliveryAddress: draft.deliveryAddress,
  };
}

/**
 * Filing a dossier online, one short page at a time: the draft is created when the person
 * starts and saved at every step, so they can leave and come back to the step they left.
 * Every step is a plain form (no script needed); documents are uploaded one per form.
 */
@Controller('nop-ho-so')
export class FilingController {
  constructor(
    private readonly api: ApiClient,
    @Inject(WebEnvironment) private readonly env: WebEnvironment,
  ) {}

  @Get(':code')
  async start(
    @Param('code') code: string,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const api = this.api.signedIn(request);
    if (signedInAsOfficial(page)) return sendCitizensOnly(reply, page);
    const procedure = await loadProcedure(api, code);
    const { data } = await api.GET('/api/v1/dossiers', {
      params: { query: { status: 'DRAFT', procedureCode: code, limit: 5 } as never },
    });
    const drafts = (data?.items ?? []).filter((d) => d.status === 'DRAFT');
    await sendPage(
      reply,
      <StartPage
        page={page}
        procedure={procedure}
        drafts={drafts}
        idempotencyKey={newIdempotencyKey()}
      />,
    );
  }

  @Post(':code')
  async create(
    @Param('code') code: string,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const api = this.api.signedIn(request);
    if (signedInAsOfficial(page)) return sendCitizensOnly(reply, page);
    const procedure = await loadProcedure(api, code);
    const { data, response } = await api.POST('/api/v1/dossiers', {
      params: { header: { 'Idempotency-Key': idempotencyKeyOf(bodyOf(request)) } },
      body: {
        procedureCode: procedure.code,
        formData: {},
        attachments: [],
        deliveryMethod: 'COUNTER',
        submit: false,
      },
    });
    if (!data) throw new Error(`Creating a draft answered ${response.status}`);
    const first = journeySteps(procedure)[0];
    await redirectTo(reply, stepPath(procedure.code, data.id, first.slug));
  }

  @Get(':code/:id')
  async resume(
    @Param('code') code: string,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const journey = await this.journey(request, code, id);
    if (!journey) return redirectTo(reply, this.afterSubmitPath(code, id));
    const step = resumeStep(
      { ...journey.procedure, fields: fieldsOf(journey.procedure) },
      journey.draft,
      rememberedStep(request, id),
    );
    await redirectTo(reply, stepPath(journey.procedure.code, id, step.slug));
  }

  @Get(':code/:id/da-nop')
  async confirmation(
    @Param('code') code: string,
    @Param('id') id: string,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!isDraftId(id)) throw new NotFoundException();
    const api = this.api.signedIn(request);
    const dossier = await loadDossier(api, id);
    if (dossier.status === 'DRAFT' || !dossier.code) {
      return redirectTo(reply, stepPath(dossier.procedureCode, id, 'kiem-tra'));
    }
    const procedure = await loadProcedure(api, dossier.procedureCode);
    const trackingUrl = `${this.publicBaseUrl()}/tra-cuu/${encodeURIComponent(dossier.code)}`;
    const safeQrSvg = await QRCode.toString(trackingUrl, {
      type: 'svg',
      margin: 1,
      errorCorrectionLevel: 'M',
    });
    await sendPage(
      reply,
      <ConfirmationPage
        page={page}
        dossier={dossier}
        procedure={procedure}
        trackingUrl={trackingUrl}
        safeQrSvg={safeQrSvg}
      />,
    );
  }

  @Get(':code/:id/:step')
  async showStep(
    @Param('code') code: string,
    @Param('id') id: string,
    @Param('step') slug: string,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const journey = await this.journey(request, code, id);
    if (!journey) return redirectTo(reply, this.afterSubmitPath(code, id));
    const step = stepBySlug(journey.steps, slug);
    if (!step) throw new NotFoundException();
    rememberStep(request, id, slug);
    await this.render(reply, page, journey, step, noErrors());
  }

  @Post(':code/:id/:step')
  async saveStep(
    @Param('code') code: string,
    @Param('id') id: string,
    @Param('step') slug: string,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const journey = await this.journey(request, code, id);
    if (!journey) return redirectTo(reply, this.afterSubmitPath(code, id));
    const step = stepBySlug(journey.steps, slug);
    if (!step) throw new NotFoundException();
    const body = bodyOf(request);
    const content = contentOf(journey.draft);

    if (step.kind === 'check') return this.submit(reply, page, journey, step, body);

    if (step.kind === 'documents') {
      const missing = missingDocuments(
        { ...journey.procedure, fields: fieldsOf(journey.procedure) },
        journey.draft,
      );
      if (missing.length > 0) {
        const errors = noErrors();
        for (const doc of missing) {
          addError(errors, documentTargetId(doc.code), `Hãy tải lên "${doc.name}".`);
        }
        return this.render(reply, page, journey, step, errors, 400);
      }
      return this.goOn(request, reply, journey, step);
    }

    let raw: RawValues;
    if (step.kind === 'form') {
      const read = readFormValues(step.fields, body);
      raw = read.raw;
      if (read.errors.length > 0) {
        return this.render(reply, page, journey, step, fieldErrors(read.errors), 400, raw);
      }
      for (const field of step.fields) delete content.formData[field.key];
      Object.assign(content.formData, read.values);
    } else {
      const method = textOf(body, 'deliveryMethod');
      const postal = method === 'POSTAL' && journey.procedure.postalDelivery;
      const read = readFormValues(ADDRESS_FIELDS, body);
      raw = { ...read.raw, deliveryMethod: postal ? 'POSTAL' : 'COUNTER' };
      if (method !== 'COUNTER' && !postal) {
        const errors = noErrors();
        addError(errors, 'delivery-counter', 'Hãy chọn cách nhận kết quả.');
        return this.render(reply, page, journey, step, errors, 400, raw);
      }
      if (postal && read.errors.length > 0) {
        return this.render(reply, page, journey, step, fieldErrors(read.errors), 400, raw);
      }
      content.deliveryMethod = postal ? 'POSTAL' : 'COUNTER';
      content.deliveryAddress = postal
        ? (read.values as unknown as NonNullable<Dossier['deliveryAddress']>)
        : undefined;
    }

    const saved = await this.save(journey, content);
    if (saved !== true) return this.render(reply, page, journey, step, saved, 400, raw);
    await this.goOn(request, reply, journey, step);
  }

  @Post(':code/:id/giay-to/:doc')
  async upload(
    @Param('code') code: string,
    @Param('id') id: string,
    @Param('doc') documentCode: string,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const journey = await this.journey(request, code, id);
    if (!journey) return redirectTo(reply, this.afterSubmitPath(code, id));
    const doc = journey.procedure.requiredDocuments.find((d) => d.code === documentCode);
    if (!doc) throw new NotFoundException();
    const step = stepBySlug(journey.steps, 'giay-to')!;
    const outcome = await forwardUpload(request, journey.api, this.env.FILE_MAX_BYTES);
    if (!outcome.ok) {
      const errors = noErrors();
      addError(errors, documentTargetId(doc.code), outcome.message);
      return this.render(reply, page, journey, step, errors, outcome.status);
    }
    const content = contentOf(journey.draft);
    content.attachments = [
      ...content.attachments.filter((a) => a.documentCode !== doc.code),
      { documentCode: doc.code, fileId: outcome.file.id },
    ];
    const saved = await this.save(journey, content);
    if (saved !== true) return this.render(reply, page, journey, step, saved, 400);
    await redirectTo(
      reply,
      `${stepPath(journey.procedure.code, id, step.slug)}#${documentTargetId(doc.code)}`,
    );
  }

  @Post(':code/:id/giay-to/:doc/xoa')
  async removeDocument(
    @Param('code') code: string,
    @Param('id') id: string,
    @Param('doc') documentCode: string,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const journey = await this.journey(request, code, id);
    if (!journey) return redirectTo(reply, this.afterSubmitPath(code, id));
    const step = stepBySlug(journey.steps, 'giay-to')!;
    const content = contentOf(journey.draft);
    content.attachments = content.attachments.filter((a) => a.documentCode !== documentCode);
    const saved = await this.save(journey, content);
    if (saved !== true) return this.render(reply, page, journey, step, saved, 400);
    await redirectTo(reply, stepPath(journey.procedure.code, id, step.slug));
  }

  /** The procedure and the citizen's draft; undefined once the draft has been submitted. */
  private async journey(
    request: FastifyRequest,
    code: string,
    id: string,
  ): Promise<Journey | undefined> {
    if (!isDraftId(id)) throw new NotFoundException();
    const api = this.api.signedIn(request);
    const [procedure, draft] = await Promise.all([loadProcedure(api, code), loadDossier(api, id)]);
    if (draft.procedureCode !== procedure.code) throw new NotFoundException();
    if (draft.status !== 'DRAFT') return undefined;
    const steps = journeySteps({ ...procedure, fields: fieldsOf(procedure) });
    return { api, procedure, draft, steps };
  }

  private afterSubmitPath(code: string, id: string): string {
    return `/nop-ho-so/${encodeURIComponent(code)}/${id}/da-nop`;
  }

  private async goOn(
    request: FastifyRequest,
    reply: FastifyReply,
    journey: Journey,
    step: JourneyStep,
  ): Promise<void> {
    const next = nextStep(journey.steps, step.slug) ?? step;
    rememberStep(request, journey.draft.id, next.slug);
    await redirectTo(reply, stepPath(journey.procedure.code, journey.draft.id, next.slug));
  }

  /** Saves the whole draft; the API's field errors when it refuses. */
  private async save(journey: Journey, content: DraftContent): Promise<true | PageErrors> {
    const { data, error, response } = await journey.api.PATCH('/api/v1/dossiers/{ref}', {
      params: { path: { ref: journey.draft.id } },
      body: {
        formData: content.formData,
        attachments: content.attachments,
        deliveryMethod: content.deliveryMethod,
        ...(content.deliveryMethod === 'POSTAL' && content.deliveryAddress
          ? { deliveryAddress: content.deliveryAddress }
          : {}),
      },
    });
    if (data) {
      journey.draft = data;
      return true;
    }
    if (response.status >= 500) throw new Error(`Saving a draft answered ${response.status}`);
    return this.placeErrors(journey, (error ?? {}) as Problem);
  }

  /** API errors placed on the page: a field on another step links to that step. */
  private placeErrors(journey: Journey, problem: Problem): PageErrors {
    const stepOfField = new Map<string, string>();
    for (const step of journey.steps) {
      if (step.kind === 'form') for (const f of step.fields) stepOfField.set(f.key, step.slug);
    }
    const placed = placeProblemErrors(problem, (path) => {
      if (path.startsWith('formData.')) return fieldId(path.slice('formData.'.length));
      if (path.startsWith('deliveryAddress.'))
        return fieldId(path.slice('deliveryAddress.'.length));
      if (path === 'deliveryMethod') return 'delivery-counter';
      return undefined;
    });
    const summary = placed.summary.map((error) => {
      const key = error.targetId?.startsWith('f-') ? error.targetId.slice(2) : undefined;
      const slug = key ? stepOfField.get(key) : undefined;
      return slug
        ? {
            ...error,
            href: `${stepPath(journey.procedure.code, journey.draft.id, slug)}#${error.targetId}`,
          }
        : error;
    });
    return { byTarget: placed.byTarget, summary };
  }

  private async submit(
    reply: FastifyReply,
    page: PageContext,
    journey: Journey,
    step: JourneyStep,
    body: Record<string, unknown>,
  ): Promise<void> {
    const { draft, api, procedure } = journey;
    const { data, error, response } = await api.POST('/api/v1/dossiers/{ref}/actions/{action}', {
      params: {
        path: { ref: draft.id, action: 'submit' },
        header: { 'Idempotency-Key': idempotencyKeyOf(body as never) },
      },
      body: {},
    });
    if (data || response.status === 409) {
      // 409: the first of two taps with different keys (another tab) already filed it
      const current = data ?? (await loadDossier(api, draft.id));
      if (current.status !== 'DRAFT') {
        forgetDraft(reply.request, draft.id);
        return redirectTo(reply, this.afterSubmitPath(procedure.code, draft.id));
      }
    }
    if (response.status >= 500) throw new Error(`Submitting answered ${response.status}`);
    const errors = this.placeErrors(journey, (error ?? {}) as Problem);
    await this.render(reply, page, journey, step, errors, response.status);
  }

  private async render(
    reply: FastifyReply,
    page: PageContext,
    journey: Journey,
    step: JourneyStep,
    errors: PageErrors,
    status = 200,
    raw?: RawValues,
  ): Promise<void> {
    const { procedure, draft, steps } = journey;
    const common = { page, procedure, steps, current: step, draftId: draft.id, errors };
    switch (step.kind) {
      case 'form':
        return sendPage(
          reply,
          <FormStepPage
            {...common}
            title={
              steps.filter((s) => s.kind === 'form').length > 1
                ? `Thông tin tờ khai (phần ${step.index + 1})`
                : 'Thông tin tờ khai'
            }
            fields={step.fields}
            raw={raw ?? rawFromValues(step.fields, savedValues(draft))}
          />,
          status,
        );
      case 'documents':
        return sendPage(
          reply,
          <DocumentsPage {...common} title="Giấy tờ kèm theo" dossier={draft} />,
          status,
        );
      case 'delivery': {
        const method = (raw?.deliveryMethod ?? draft.deliveryMethod) as 'COUNTER' | 'POSTAL';
        const address =
          raw ?? rawFromValues(ADDRESS_FIELDS, (draft.deliveryAddress ?? {}) as FormValues);
        return sendPage(
          reply,
          <DeliveryPage {...common} title="Nhận kết quả" method={method} raw={address} />,
          status,
        );
      }
      case 'check':
        return sendPage(
          reply,
          <CheckPage
            {...common}
            title="Kiểm tra lại thông tin trước khi nộp"
            dossier={draft}
            idempotencyKey={newIdempotencyKey()}
          />,
          status,
        );
    }
  }

  private publicBaseUrl(): string {
    return this.env.PUBLIC_BASE_URL || `http://localhost:${this.env.WEB_PORT}`;
  }
}
