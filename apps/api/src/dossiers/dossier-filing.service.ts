import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '@motcua/auth';
import {
  codeIssuerOf,
  ConflictError,
  DESK_RECEIPT_REFUSALS,
  DeskReceipt,
  deskReceipt,
  deskSchedule,
  dossierCodePrefix,
  forwardingNote,
  DossierStatus,
  ErrorCode,
  FieldError,
  ForbiddenError,
  newClaimNonce,
  NotFoundError,
  receiptNote,
  Role,
  ValidationFailedError,
  vietnamDate,
} from '@motcua/domain';
import { AppConfig } from '@motcua/config';
import { DataSource, EntityManager } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service';
import { IdempotencyService, IdempotentOutcome } from '../idempotency/idempotency.service';
import { ProcedureCatalog } from '../procedures/procedure-catalog.service';
import { ProcedureForFiling } from '../procedures/procedure-for-filing';
import { ClaimCodes } from './claim-codes';
import { DossierContentChecker, DossierInput } from './dossier-content.checker';
import { toDossierResponse } from './dossier.mapper';
import {
  AgencyPlace,
  DeskReceiptRepository,
  DossierClaimRepository,
  DossierDetailRow,
  DossierRepository,
  NewCode,
} from '@motcua/database';
import { DossierReader } from './dossier.reader';
import {
  CreateDossierDto,
  FilingInput,
  UpdateDraftDto,
  withFilingDefaults,
} from './dto/create-dossier.dto';
import { DossierResponse } from './dto/dossier.response';

const NO_CITIZEN_IDENTITY =
  'Tài khoản của bạn chưa có số định danh cá nhân nên không thể nộp hồ sơ trực tuyến.';

/** A citizen's side of a dossier: save a draft, edit it, submit. */
@Injectable()
export class DossierFilingService {
  constructor(
    private readonly catalog: ProcedureCatalog,
    private readonly checker: DossierContentChecker,
    private readonly dossiers: DossierRepository,
    private readonly claims: DossierClaimRepository,
    private readonly reader: DossierReader,
    private readonly idempotency: IdempotencyService,
    private readonly calendar: CalendarService,
    private readonly claimCodes: ClaimCodes,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  private readonly places = new DeskReceiptRepository();

  async create(
    user: AuthenticatedUser,
    body: CreateDossierDto,
    idempotencyKey: string | undefined,
  ): Promise<IdempotentOutcome<DossierResponse>> {
    const dto = withFilingDefaults(body);
    const atDesk = user.roles.includes(Role.Reception);
    if (!atDesk && (dto.channel || dto.applicant)) {
      throw new ValidationFailedError(
        (['channel', 'applicant'] as const)
          .filter((field) => dto[field] !== undefined)
          .map((field) => ({
            field,
            message: 'Chỉ cán bộ bộ phận một cửa mới nhập được thông tin này.',
          })),
      );
    }
    const outcome = await this.idempotency.run(
      { userId: user.id, key: idempotencyKey, scope: 'create-dossier', body: dto },
      async (manager) => {
        if (atDesk) return this.fileAtDesk(manager, user, dto);
        const procedure = await this.catalog.findForFiling(manager, dto.procedureCode);
        if (!procedure) {
          throw new ValidationFailedError([
            { field: 'procedureCode', message: 'Không tìm thấy thủ tục hành chính có mã này.' },
          ]);
        }
        const mode = dto.submit ? 'submission' : 'draft';
        const { content, errors } = await this.checker.check(
          manager,
          user.id,
          procedure,
          dto,
          mode,
        );
        if (errors.length > 0) throw new ValidationFailedError(errors);
        const base = {
          ...content,
          procedureId: procedure.id,
          agencyId: procedure.agencyId,
          ownerId: user.id,
        };
        const row = dto.submit
          ? await this.dossiers.insertSubmitted(manager, base, newCode(procedure))
          : await this.dossiers.insertDraft(manager, base);
        if (!row) throw new ForbiddenError(NO_CITIZEN_IDENTITY);
        return { statusCode: 201, body: toDossierResponse(row, namesOf(procedure), today()) };
      },
    );
    return atDesk ? this.withClaimCode(outcome) : outcome;
  }

  /**
   * The desk's answer carries the claim code, worked out afresh (also for a replay) rather than
   * kept in the stored answer: the code is never written anywhere.
   */
  private async withClaimCode(
    outcome: IdempotentOutcome<DossierResponse>,
  ): Promise<IdempotentOutcome<DossierResponse>> {
    const nonce = await this.claims.nonceOf(this.dataSource.manager, outcome.body.id);
    if (!nonce) return outcome;
    return {
      ...outcome,
      body: { ...outcome.body, claimCode: this.claimCodes.of(outcome.body.id, nonce) },
    };
  }

  /**
   * A paper dossier the desk enters for a citizen: RECEIVED at once, with its appointment date.
   * A service centre's desk may enter one for another agency of its province (receipt regardless
   * of boundary, libs/domain receipt-across-boundary.ts): the dossier is the competent agency's,
   * takes the centre's code, and is forwarded to that agency in the same transaction.
   */
  private async fileAtDesk(
    manager: EntityManager,
    user: AuthenticatedUser,
    dto: FilingInput,
  ): Promise<{ statusCode: number; body: DossierResponse }> {
    const procedure = await this.catalog.findForFiling(manager, dto.procedureCode);
    const errors: FieldError[] = [];
    const placement = procedure ? await this.placement(manager, user, procedure) : null;
    if (!procedure || !placement) {
      errors.push({
        field: 'procedureCode',
        message: 'Không tìm thấy thủ tục hành chính có mã này.',
      });
    } else if (placement.receipt.kind === 'refused') {
      errors.push({
        field: 'procedureCode',
        message: DESK_RECEIPT_REFUSALS[placement.receipt.reason],
      });
    }
    if (!dto.channel)
      errors.push({
        field: 'channel',
        message: 'Vui lòng chọn hình thức nộp (COUNTER hoặc POSTAL).',
      });
    if (!dto.applicant)
      errors.push({ field: 'applicant', message: 'Vui lòng nhập thông tin người nộp hồ sơ.' });
    if (dto.submit === false)
      errors.push({ field: 'submit', message: 'Hồ sơ nhập tại quầy được tiếp nhận ngay.' });
    if (!procedure || !placement || placement.receipt.kind === 'refused' || errors.length > 0) {
      throw new ValidationFailedError(errors);
    }
    const { receipt, centre } = placement;
    const { content, errors: contentErrors } = await this.checker.check(
      manager,
      user.id,
      procedure,
      dto,
      'submission',
    );
    if (contentErrors.length > 0) throw new ValidationFailedError(contentErrors);
    const now = new Date();
    const schedule = deskSchedule(
      now,
      procedure.processingDays,
      receipt,
      this.config.get('BOUNDARY_FORWARDING_DAYS'),
      this.calendar.officeHours,
      await this.calendar.workingCalendar(manager),
    );
    const issuer = codeIssuerOf({ id: procedure.agencyId, code: procedure.agencyCode }, centre);
    const day = today();
    const row = await this.dossiers.insertAtDesk(
      manager,
      { ...content, procedureId: procedure.id, agencyId: procedure.agencyId },
      { day, prefix: dossierCodePrefix(issuer.code, day), agencyId: issuer.id },
      {
        applicant: dto.applicant!,
        channel: dto.channel!,
        appointmentDate: schedule.appointmentDate,
        processingDays: schedule.processingDays,
        receptionist: {
          id: user.id,
          role: Role.Reception,
          name: await this.dossiers.userName(manager, user.id),
        },
        claimNonce: newClaimNonce(),
        forwarded: centre
          ? {
              receivedByAgencyId: centre.id,
              receiptNote: receiptNote(centre),
              forwardingNote: forwardingNote({
                code: procedure.agencyCode,
                name: procedure.agencyName,
              }),
            }
          : null,
      },
    );
    return {
      statusCode: 201,
      body: toDossierResponse(
        row,
        {
          ...namesOf(procedure),
          receivedBy: centre ? { agencyCode: centre.code, agencyName: centre.name } : null,
        },
        today(),
      ),
    };
  }

  /**
   * Where the desk stands to the procedure's agency: its own (no lookup: the path of every
   * desk filing for its own agency stays as it was), or, for another agency, what the tree
   * allows, with the receiving centre when it may forward. Null when the desk has no agency.
   */
  private async placement(
    manager: EntityManager,
    user: AuthenticatedUser,
    procedure: ProcedureForFiling,
  ): Promise<{ receipt: DeskReceipt; centre: AgencyPlace | null } | null> {
    if (!user.agencyId) return null;
    if (procedure.agencyId === user.agencyId) return { receipt: { kind: 'own' }, centre: null };
    const places = await this.places.places(manager, [user.agencyId, procedure.agencyId]);
    const desk = places.get(user.agencyId);
    const competent = places.get(procedure.agencyId);
    if (!desk || !competent) return null;
    const receipt = deskReceipt(desk, competent);
    return { receipt, centre: receipt.kind === 'forward' ? desk : null };
  }

  async updateDraft(
    user: AuthenticatedUser,
    ref: string,
    dto: UpdateDraftDto,
  ): Promise<DossierResponse> {
    const manager = this.dataSource.manager;
    const draft = await this.ownDraft(manager, user, ref);
    const procedure = await this.procedureOf(manager, draft);
    const input: DossierInput = {
      formData: dto.formData ?? draft.form_data,
      attachments: dto.attachments ?? draft.attachments,
      deliveryMethod:
        dto.deliveryMethod ?? (draft.delivery_method as DossierInput['deliveryMethod']),
      deliveryAddress: 'deliveryAddress' in dto ? dto.deliveryAddress : draft.delivery_address,
    };
    const { content, errors } = await this.checker.check(
      manager,
      user.id,
      procedure,
      input,
      'draft',
    );
    if (errors.length > 0) throw new ValidationFailedError(errors);
    const row = await this.dossiers.updateDraft(manager, draft.id, draft.version, content);
    if (!row) throw concurrentChange();
    return toDossierResponse(row, namesOf(procedure), today());
  }

  async submitDraft(
    user: AuthenticatedUser,
    ref: string,
    idempotencyKey: string | undefined,
    body: object = {},
  ): Promise<IdempotentOutcome<DossierResponse>> {
    return this.idempotency.run(
      { userId: user.id, key: idempotencyKey, scope: `submit:${ref}`, body },
      async (manager: EntityManager) => {
        const draft = await this.ownDraft(manager, user, ref);
        const procedure = await this.procedureOf(manager, draft);
        const input: DossierInput = {
          formData: draft.form_data,
          attachments: draft.attachments,
          deliveryMethod: draft.delivery_method as DossierInput['deliveryMethod'],
          deliveryAddress: draft.delivery_address,
        };
        const { errors } = await this.checker.check(
          manager,
          user.id,
          procedure,
          input,
          'submission',
        );
        if (errors.length > 0)
          throw new ValidationFailedError(errors, 'Hồ sơ chưa đủ điều kiện để nộp.');
        const row = await this.dossiers.submitDraft(
          manager,
          draft.id,
          draft.version,
          draft.agency_id,
          newCode(procedure),
        );
        if (!row) throw concurrentChange();
        return { statusCode: 200, body: toDossierResponse(row, namesOf(procedure), today()) };
      },
    );
  }

  private async ownDraft(
    manager: EntityManager,
    user: AuthenticatedUser,
    ref: string,
  ): Promise<DossierDetailRow> {
    const dossier = await this.reader.findVisible(manager, user, ref);
    if (dossier.owner_id !== user.id) throw new NotFoundError('Không tìm thấy hồ sơ.');
    if (dossier.status !== DossierStatus.Draft) {
      throw new ConflictError(
        'Hồ sơ đã được nộp nên không thể sửa hoặc nộp lại như bản nháp.',
        ErrorCode.InvalidTransition,
      );
    }
    return dossier;
  }

  private async procedureOf(
    manager: EntityManager,
    dossier: DossierDetailRow,
  ): Promise<ProcedureForFiling> {
    const procedure = await this.catalog.findForFiling(manager, dossier.procedure_code);
    if (!procedure) throw new NotFoundError('Không tìm thấy thủ tục hành chính của hồ sơ.');
    return procedure;
  }
}

function today(): string {
  return vietnamDate(new Date());
}

function newCode(procedure: ProcedureForFiling): NewCode {
  const day = today();
  return { day, prefix: dossierCodePrefix(procedure.agencyCode, day) };
}

function namesOf(procedure: ProcedureForFiling) {
  return {
    procedureCode: procedure.code,
    procedureName: procedure.name,
    agencyCode: procedure.agencyCode,
  };
}

function concurrentChange(): ConflictError {
  return new ConflictError(
    'Hồ sơ vừa được thay đổi bởi một yêu cầu khác. Vui lòng tải lại và thử lại.',
  );
}
