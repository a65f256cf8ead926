import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '@motcua/auth';
import { AppConfig } from '@motcua/config';
import {
  appointmentAfterSupplement,
  ConflictError,
  decideTransition,
  DossierAction,
  ErrorCode,
  extensionDateProblem,
  FieldError,
  ForbiddenError,
  receivingDeskMay,
  isDossierAction,
  NotFoundError,
  OFFICIAL_ROLES,
  receptionSchedule,
  Role,
  ValidationFailedError,
  vietnamDate,
} from '@motcua/domain';
import { DataSource, EntityManager } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service';
import { FilesService } from '../files/files.service';
import { IdempotencyService, IdempotentOutcome } from '../idempotency/idempotency.service';
import { ProcedureCatalog } from '../procedures/procedure-catalog.service';
import { ProcedureForFiling } from '../procedures/procedure-for-filing';
import { DossierContentChecker } from './dossier-content.checker';
import { DossierFilingService } from './dossier-filing.service';
import { toDossierResponse } from './dossier.mapper';
import { agencyRelationOf, DossierReader, isAgencyOfficial, namesOf } from './dossier.reader';
import { ActorRef, DossierDetailRow, DossierPatch, DossierRepository } from '@motcua/database';
import { DossierActionDto } from './dto/dossier-action.dto';
import { DossierResponse } from './dto/dossier.response';

const REQUIRED_MESSAGES: Record<string, string> = {
  reason: 'Vui lòng nêu lý do.',
  assigneeId: 'Vui lòng chọn chuyên viên được phân công.',
  outcome: 'Vui lòng chọn kết quả đề xuất (GRANTED hoặc REFUSED).',
  summary: 'Vui lòng nhập nội dung đề xuất.',
  newAppointmentDate: 'Vui lòng chọn ngày hẹn trả mới.',
};

interface TransitionContext {
  /** The action's transaction: every read and write of the action runs on it. */
  manager: EntityManager;
  user: AuthenticatedUser;
  actor: ActorRef;
  dossier: DossierDetailRow;
  procedure: ProcedureForFiling;
  body: DossierActionDto;
  now: Date;
}

type Effect = { patch: DossierPatch; note: string | null };

/**
 * The officials' and the citizen's actions on a submitted dossier (`DOSSIER_TRANSITIONS`).
 * Each runs in one transaction holding the dossier's row lock, so concurrent actions on one
 * dossier are serialised: the first wins and the others find it in a new status (409).
 */
@Injectable()
export class DossierWorkflowService {
  constructor(
    private readonly reader: DossierReader,
    private readonly dossiers: DossierRepository,
    private readonly filing: DossierFilingService,
    private readonly checker: DossierContentChecker,
    private readonly catalog: ProcedureCatalog,
    private readonly calendar: CalendarService,
    private readonly files: FilesService,
    private readonly idempotency: IdempotencyService,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async act(
    user: AuthenticatedUser,
    ref: string,
    actionName: string,
    body: DossierActionDto,
    idempotencyKey: string | undefined,
  ): Promise<IdempotentOutcome<DossierResponse>> {
    if (!isDossierAction(actionName)) throw new NotFoundError('Thao tác không tồn tại.');
    if (actionName === DossierAction.Submit)
      return this.filing.submitDraft(user, ref, idempotencyKey, body);
    const visible = await this.reader.findVisible(this.dataSource.manager, user, ref);
    return this.idempotency.run(
      {
        userId: user.id,
        key: idempotencyKey,
        scope: `${actionName}:${visible.id}`,
        body,
        transactional: true,
      },
      async (manager) => {
        const dossier = await this.dossiers.lockDetail(manager, visible.id);
        if (!dossier) throw new NotFoundError('Không tìm thấy hồ sơ.');
        const body200 = await this.transition(manager, user, actionName, dossier, body);
        return { statusCode: 200, body: body200 };
      },
    );
  }

  private async transition(
    manager: EntityManager,
    user: AuthenticatedUser,
    action: DossierAction,
    dossier: DossierDetailRow,
    body: DossierActionDto,
  ): Promise<DossierResponse> {
    const decision = decideTransition(
      action,
      dossier.status,
      {
        roles: user.roles,
        isOwner: dossier.owner_id === user.id,
        isAssignee: dossier.assignee_id === user.id,
      },
      body,
    );
    if (
      decision.kind === 'allowed' &&
      agencyRelationOf(user, dossier) === 'receiving' &&
      !receivingDeskMay(action)
    ) {
      throw new ForbiddenError(
        'Hồ sơ này do trung tâm tiếp nhận và đã chuyển đến cơ quan có thẩm quyền giải quyết; ' +
          'trung tâm chỉ trả kết quả cho người nộp.',
      );
    }
    switch (decision.kind) {
      case 'forbidden':
        throw new ForbiddenError('Vai trò của bạn không được thực hiện thao tác này với hồ sơ.');
      case 'invalid-transition':
        throw new ConflictError(
          `Không thể thực hiện thao tác này khi hồ sơ ở trạng thái hiện tại (${dossier.status}).`,
          ErrorCode.InvalidTransition,
        );
      case 'missing-input':
        throw new ValidationFailedError(
          decision.missing.map((field) => ({ field, message: REQUIRED_MESSAGES[field] })),
        );
      case 'allowed':
        break;
    }
    const procedure = await this.catalog.findForFiling(manager, dossier.procedure_code);
    if (!procedure) throw new NotFoundError('Không tìm thấy thủ tục hành chính của hồ sơ.');
    const context: TransitionContext = {
      manager,
      user,
      actor: await this.actorOf(manager, user),
      dossier,
      procedure,
      body,
      now: new Date(),
    };
    const effect = await this.effectOf(action, context);
    const to = decision.to ?? dossier.status;
    await this.dossiers.applyTransition(
      manager,
      dossier.id,
      decision.to ? { ...effect.patch, status: to } : effect.patch,
      {
        action,
        from: dossier.status,
        to,
        actor: context.actor,
        note: effect.note,
      },
    );
    const updated = await this.dossiers.findDetail(manager, { id: dossier.id });
    return toDossierResponse(
      updated!,
      namesOf(updated!),
      vietnamDate(context.now),
      // the same view as the official's GET: with the intake's attachment check
      isAgencyOfficial(user, updated!),
    );
  }

  private async effectOf(action: DossierAction, ctx: TransitionContext): Promise<Effect> {
    const { manager, body, now, actor, dossier } = ctx;
    const note = body.note?.trim() || null;
    switch (action) {
      case DossierAction.Receive:
        return this.receive(ctx);
      case DossierAction.Reject:
        return {
          patch: {
            rejection: { reason: body.reason!, rejectedAt: now.toISOString(), rejectedBy: actor },
          },
          note: body.reason!,
        };
      case DossierAction.RequestSupplement:
        return this.requestSupplement(ctx);
      case DossierAction.Supplement:
        return this.supplement(ctx);
      case DossierAction.Withdraw:
        return { patch: {}, note: body.reason?.trim() || note };
      case DossierAction.Assign:
        if (!(await this.dossiers.isSpecialistOf(manager, dossier.agency_id, body.assigneeId!))) {
          throw new ValidationFailedError([
            {
              field: 'assigneeId',
              message: 'Người được phân công phải là chuyên viên của cơ quan giải quyết hồ sơ.',
            },
          ]);
        }
        return { patch: { assignee_id: body.assigneeId! }, note };
      case DossierAction.Propose:
        return {
          patch: {
            result: {
              outcome: body.outcome!,
              summary: body.summary!,
              proposedAt: now.toISOString(),
              proposedBy: actor,
            },
          },
          note: note ?? body.summary!,
        };
      case DossierAction.SendBack:
        return { patch: { result: null }, note: body.reason! };
      case DossierAction.Approve:
        await this.checkResultFile(manager, body.resultFileId, [ctx.user.id, dossier.assignee_id]);
        return {
          patch: {
            result: {
              ...dossier.result!,
              resultFileId: body.resultFileId ?? null,
              approvedAt: now.toISOString(),
              approvedBy: actor,
            },
          },
          note,
        };
      case DossierAction.Extend:
        return this.extend(ctx);
      case DossierAction.Return:
        return { patch: {}, note };
      case DossierAction.Submit:
        throw new Error('submit is handled by the filing service');
    }
  }

  private async receive({
    manager,
    dossier,
    procedure,
    now,
    body,
  }: TransitionContext): Promise<Effect> {
    const schedule = receptionSchedule(
      { receivedAt: dossier.received_at, appointmentDate: dossier.appointment_date },
      now,
      procedure.processingDays,
      this.calendar.officeHours,
      await this.calendar.workingCalendar(manager),
    );
    return {
      patch: schedule
        ? {
            received_at: schedule.receivedAt,
            processing_days: schedule.processingDays,
            appointment_date: schedule.appointmentDate,
          }
        : {},
      note: body.note?.trim() || null,
    };
  }

  private requestSupplement({ dossier, procedure, body, now, actor }: TransitionContext): Effect {
    const known = new Set(procedure.requiredDocuments.map((d) => d.code));
    const documents = body.documents ?? [];
    const errors: FieldError[] = documents
      .map((code, index) => ({ code, index }))
      .filter(({ code }) => !known.has(code))
      .map(({ index }) => ({
        field: `documents[${index}]`,
        message: 'Giấy tờ này không thuộc thành phần hồ sơ của thủ tục.',
      }));
    if (errors.length > 0) throw new ValidationFailedError(errors);
    return {
      patch: {
        supplement_request: {
          reason: body.reason!,
          documents,
          requestedAt: now.toISOString(),
          requestedBy: actor,
          fromStatus: dossier.status,
        },
      },
      note: body.reason!,
    };
  }

  private async supplement({
    manager,
    user,
    dossier,
    procedure,
    body,
    now,
  }: TransitionContext): Promise<Effect> {
    const added = body.attachments ?? [];
    const { content, errors } = await this.checker.check(
      manager,
      user.id,
      procedure,
      {
        formData: body.formData ?? dossier.form_data,
        attachments: added,
        deliveryMethod: dossier.delivery_method as never,
        deliveryAddress: dossier.delivery_address,
      },
      'draft',
    );
    if (errors.length > 0) throw new ValidationFailedError(errors);
    const replaced = new Set(content.attachments.map((a) => a.documentCode));
    const request = dossier.supplement_request!;
    const patch: DossierPatch = {
      form_data: content.formData,
      attachments: [
        ...dossier.attachments.filter((a) => !replaced.has(a.documentCode)),
        ...content.attachments,
      ],
      supplement_request: { ...request, resolvedAt: now.toISOString() },
    };
    const moved = appointmentAfterSupplement(
      { appointmentDate: dossier.appointment_date },
      { fromStatus: request.fromStatus, requestedAt: new Date(request.requestedAt) },
      now,
      await this.calendar.workingCalendar(manager),
    );
    if (moved) patch.appointment_date = moved;
    return { patch, note: body.note?.trim() || null };
  }

  private async extend({ manager, dossier, body, now, actor }: TransitionContext): Promise<Effect> {
    if (dossier.extension) {
      throw new ConflictError(
        'Hồ sơ chỉ được hẹn lại ngày trả kết quả một lần.',
        ErrorCode.AlreadyExtended,
      );
    }
    const date = body.newAppointmentDate!;
    const current = dossier.appointment_date;
    const message = extensionDateProblem(
      date,
      { current, today: vietnamDate(now), maxDays: this.config.get('EXTENSION_MAX_DAYS') },
      await this.calendar.workingCalendar(manager),
    );
    if (message) throw new ValidationFailedError([{ field: 'newAppointmentDate', message }]);
    return {
      patch: {
        appointment_date: date,
        extension: {
          previousAppointmentDate: current,
          newAppointmentDate: date,
          reason: body.reason!,
          extendedAt: now.toISOString(),
          extendedBy: actor,
        },
      },
      note: body.reason!,
    };
  }

  /** The result document must be one the approver or the assigned specialist uploaded. */
  private async checkResultFile(
    manager: EntityManager,
    fileId: string | undefined,
    uploaders: (string | null)[],
  ): Promise<void> {
    if (!fileId) return;
    for (const uploader of uploaders) {
      if (uploader && (await this.files.findOwnedFiles(manager, uploader, [fileId])).has(fileId)) {
        return;
      }
    }
    throw new ValidationFailedError([
      {
        field: 'resultFileId',
        message:
          'Không tìm thấy tệp kết quả (tệp phải do lãnh đạo hoặc chuyên viên xử lý tải lên).',
      },
    ]);
  }

  private async actorOf(manager: EntityManager, user: AuthenticatedUser): Promise<ActorRef> {
    const role = user.roles.find((r) => OFFICIAL_ROLES.includes(r)) ?? Role.Citizen;
    return { id: user.id, role, name: await this.dossiers.userName(manager, user.id) };
  }
}
