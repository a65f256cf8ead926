import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthenticatedUser, RevokedSessions } from '@motcua/auth';
import {
  AgencyRepository,
  AuditAction,
  AuditEntryRow,
  AuditLogRepository,
  Executor,
  OfficialRow,
  recordPasswordLinkForAccount,
  revokeUserSessions,
  UserRepository,
} from '@motcua/database';
import {
  administersAgency,
  ConflictError,
  ForbiddenError,
  grantableRoles,
  isSystemAdmin,
  NotFoundError,
  Role,
  ValidationFailedError,
} from '@motcua/domain';
import { DataSource } from 'typeorm';
import { AlreadyRegisteredError } from '../auth/auth-errors';
import { offsetOf, Page, pageOf } from '../http/pagination';
import {
  AuditEntryDto,
  InviteOfficialDto,
  ListOfficialsQueryDto,
  OfficialDto,
  OfficialStatus,
  PasswordLinkSentDto,
  UpdateOfficialDto,
} from './dto/official.dto';

const OFFICIAL_NOT_FOUND = 'Không tìm thấy cán bộ.';
const AGENCY_NOT_FOUND = 'Không tìm thấy cơ quan.';

/**
 * Officials' accounts, administered by an agency's ADMIN (their own agency's officials) or a
 * SYSTEM_ADMIN (any agency's). Officials out of reach answer 404, as if they did not exist.
 * Each change is one transaction with its audit entry (and, for an invitation or a reset, the
 * outbox event the worker mails); a change of roles or agency, disabling, and clearing the
 * second factor end the official's sessions at once.
 */
@Injectable()
export class OfficialsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly agencies: AgencyRepository,
    private readonly auditLog: AuditLogRepository,
    private readonly revokedSessions: RevokedSessions,
  ) {}

  async invite(actor: AuthenticatedUser, input: InviteOfficialDto): Promise<OfficialDto> {
    this.checkGrantable(actor, input.roles);
    return this.dataSource.transaction(async (db) => {
      const agency = await this.agencyInReach(db, actor, input.agencyCode ?? null);
      const id = await this.users.insertOfficial(db, {
        email: input.email,
        fullName: input.fullName,
        phone: input.phone ?? null,
        roles: input.roles,
        agencyId: agency.id,
      });
      if (!id) throw new AlreadyRegisteredError('email');
      await recordPasswordLinkForAccount(db, id, 'INVITATION');
      await this.auditLog.append(db, {
        actorId: actor.id,
        action: AuditAction.Invited,
        subjectId: id,
        agencyId: agency.id,
        details: { roles: input.roles, agencyCode: agency.code },
      });
      return toDto(await this.mustFind(db, actor, id));
    });
  }

  async list(actor: AuthenticatedUser, query: ListOfficialsQueryDto): Promise<Page<OfficialDto>> {
    const db = this.dataSource.manager;
    let agencyId = this.scopeOf(actor);
    if (query.agencyCode !== undefined) {
      agencyId = (await this.agencyInReach(db, actor, query.agencyCode)).id;
    }
    if (agencyId === undefined) return pageOf([], 0, query);
    const { rows, total } = await this.users.listOfficials(db, {
      agencyId,
      limit: query.limit,
      offset: offsetOf(query),
    });
    return pageOf(rows.map(toDto), total, query);
  }

  async get(actor: AuthenticatedUser, id: string): Promise<OfficialDto> {
    return toDto(await this.mustFind(this.dataSource.manager, actor, id));
  }

  async update(
    actor: AuthenticatedUser,
    id: string,
    change: UpdateOfficialDto,
  ): Promise<OfficialDto> {
    if (change.roles) this.checkGrantable(actor, change.roles);
    let sessionsEnded = false;
    const official = await this.dataSource.transaction(async (db) => {
      const before = await this.mustFind(db, actor, id, true);
      this.checkMayChange(actor, before);
      const agency =
        change.agencyCode !== undefined && change.agencyCode !== before.agencyCode
          ? await this.agencyInReach(db, actor, change.agencyCode)
          : null;
      const after = {
        fullName: change.fullName ?? before.fullName,
        roles: change.roles ?? before.roles,
        agencyId: agency?.id ?? before.agencyId,
      };
      const details: Record<string, unknown> = {};
      if (after.fullName !== before.fullName) {
        details.fullName = { from: before.fullName, to: after.fullName };
      }
      if (!sameRoles(after.roles, before.roles)) {
        details.roles = { from: before.roles, to: after.roles };
      }
      if (agency) details.agencyCode = { from: before.agencyCode, to: agency.code };
      if (Object.keys(details).length === 0) return toDto(before);
      await this.users.updateOfficial(db, id, after);
      // new tokens must carry the new roles and agency: the old ones stop now
      if (details.roles || details.agencyCode) {
        await revokeUserSessions(db, id);
        sessionsEnded = true;
      }
      await this.auditLog.append(db, {
        actorId: actor.id,
        action: AuditAction.Updated,
        subjectId: id,
        agencyId: after.agencyId,
        details,
      });
      return toDto(await this.mustFind(db, actor, id));
    });
    if (sessionsEnded) await this.revokedSessions.sessionsEnded();
    return official;
  }

  /** Disabled, the account cannot sign in and its tokens (access and refresh) stop at once. */
  async setDisabled(actor: AuthenticatedUser, id: string, disabled: boolean): Promise<OfficialDto> {
    if (disabled && id === actor.id) {
      throw new ConflictError('Không thể tự khóa tài khoản của chính mình.');
    }
    let sessionsEnded = false;
    const official = await this.dataSource.transaction(async (db) => {
      const before = await this.mustFind(db, actor, id, true);
      this.checkMayChange(actor, before);
      if ((before.disabledAt !== null) === disabled) return toDto(before);
      await this.users.setDisabled(db, id, disabled);
      if (disabled) {
        await revokeUserSessions(db, id);
        sessionsEnded = true;
      }
      await this.auditLog.append(db, {
        actorId: actor.id,
        action: disabled ? AuditAction.Disabled : AuditAction.Enabled,
        subjectId: id,
        agencyId: before.agencyId,
      });
      return toDto(await this.mustFind(db, actor, id));
    });
    if (sessionsEnded) await this.revokedSessions.sessionsEnded();
    return official;
  }

  /**
   * Sends a password reset link; to an official who never accepted their invitation, a new
   * invitation instead (the old links keep working until they expire or one is used).
   */
  async sendPasswordLink(actor: AuthenticatedUser, id: string): Promise<PasswordLinkSentDto> {
    return this.dataSource.transaction(async (db) => {
      const official = await this.mustFind(db, actor, id, true);
      this.checkMayChange(actor, official);
      if (official.disabledAt) {
        throw new ConflictError('Tài khoản đang bị khóa: hãy mở khóa trước khi gửi đường dẫn.');
      }
      const purpose = official.activated ? 'RESET' : 'INVITATION';
      await recordPasswordLinkForAccount(db, id, purpose);
      await this.auditLog.append(db, {
        actorId: actor.id,
        action: official.activated ? AuditAction.PasswordResetSent : AuditAction.InvitationResent,
        subjectId: id,
        agencyId: official.agencyId,
      });
      return { sent: purpose };
    });
  }

  /**
   * Forgets the official's second factor (a lost phone): their sessions end, and a role that
   * needs one sets up a new app at the next sign-in. Not one's own: another administrator
   * confirms who asks.
   */
  async resetSecondFactor(actor: AuthenticatedUser, id: string): Promise<OfficialDto> {
    if (id === actor.id) {
      throw new ConflictError(
        'Không thể tự đặt lại xác thực hai lớp của chính mình: hãy nhờ một quản trị viên khác.',
      );
    }
    let sessionsEnded = false;
    const official = await this.dataSource.transaction(async (db) => {
      const before = await this.mustFind(db, actor, id, true);
      this.checkMayChange(actor, before);
      if (!before.totpEnabled) return toDto(before);
      await this.users.clearTotp(db, id);
      await revokeUserSessions(db, id);
      sessionsEnded = true;
      await this.auditLog.append(db, {
        actorId: actor.id,
        action: AuditAction.SecondFactorReset,
        subjectId: id,
        agencyId: before.agencyId,
      });
      return toDto(await this.mustFind(db, actor, id));
    });
    if (sessionsEnded) await this.revokedSessions.sessionsEnded();
    return official;
  }

  async auditEntries(
    actor: AuthenticatedUser,
    query: { page: number; limit: number },
  ): Promise<Page<AuditEntryDto>> {
    const agencyId = this.scopeOf(actor);
    if (agencyId === undefined) return pageOf([], 0, query);
    const { rows, total } = await this.auditLog.list(this.dataSource.manager, {
      agencyId,
      limit: query.limit,
      offset: offsetOf(query),
    });
    return pageOf(rows.map(toAuditDto), total, query);
  }

  /** null: every agency (SYSTEM_ADMIN); undefined: none (an ADMIN without an agency). */
  private scopeOf(actor: AuthenticatedUser): string | null | undefined {
    if (isSystemAdmin(actor.roles)) return null;
    return actor.roles.includes(Role.Admin) && actor.agencyId ? actor.agencyId : undefined;
  }

  private async mustFind(
    db: Executor,
    actor: AuthenticatedUser,
    id: string,
    forUpdate = false,
  ): Promise<OfficialRow> {
    const scope = this.scopeOf(actor);
    const official =
      scope === undefined || !isUuid(id)
        ? null
        : await this.users.findOfficial(db, id, scope, forUpdate);
    if (!official) throw new NotFoundError(OFFICIAL_NOT_FOUND);
    return official;
  }

  /** The agency named (or the administrator's own), when the administrator has it in reach. */
  private async agencyInReach(
    db: Executor,
    actor: AuthenticatedUser,
    code: string | null,
  ): Promise<{ id: string; code: string }> {
    const agency =
      code !== null
        ? await this.agencies.findByCode(db, code)
        : actor.agencyId
          ? await this.agencies.findById(db, actor.agencyId)
          : null;
    if (code === null && !agency) {
      throw new ValidationFailedError([
        { field: 'agencyCode', message: 'Vui lòng chọn cơ quan của cán bộ.' },
      ]);
    }
    if (!agency || !administersAgency(actor, agency.id)) throw new NotFoundError(AGENCY_NOT_FOUND);
    return agency;
  }

  private checkGrantable(actor: AuthenticatedUser, roles: readonly Role[]): void {
    const allowed = grantableRoles(actor.roles);
    if (roles.some((role) => !allowed.includes(role))) {
      throw new ForbiddenError('Chỉ quản trị hệ thống mới được cấp vai trò quản trị hệ thống.');
    }
  }

  /** A SYSTEM_ADMIN's account is changed by a SYSTEM_ADMIN only. */
  private checkMayChange(actor: AuthenticatedUser, official: OfficialRow): void {
    if (isSystemAdmin(official.roles) && !isSystemAdmin(actor.roles)) {
      throw new ForbiddenError(
        'Chỉ quản trị hệ thống mới được thay đổi tài khoản quản trị hệ thống.',
      );
    }
  }
}

function sameRoles(a: readonly Role[], b: readonly Role[]): boolean {
  return a.length === b.length && a.every((role) => b.includes(role));
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

function toDto(row: OfficialRow): OfficialDto {
  return {
    id: row.id,
    email: row.email,
    fullName: row.fullName,
    ...(row.phone ? { phone: row.phone } : {}),
    roles: row.roles,
    ...(row.agencyCode ? { agencyCode: row.agencyCode } : {}),
    ...(row.agencyName ? { agencyName: row.agencyName } : {}),
    status: row.disabledAt
      ? OfficialStatus.Disabled
      : row.activated
        ? OfficialStatus.Active
        : OfficialStatus.Invited,
    secondFactor: row.totpEnabled,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

function toAuditDto(row: AuditEntryRow): AuditEntryDto {
  return {
    id: row.id,
    at: new Date(row.createdAt).toISOString(),
    action: row.action,
    ...(row.actorId ? { actorId: row.actorId } : {}),
    ...(row.actorName ? { actorName: row.actorName } : {}),
    subjectId: row.subjectId,
    ...(row.subjectName ? { subjectName: row.subjectName } : {}),
    ...(row.subjectEmail ? { subjectEmail: row.subjectEmail } : {}),
    ...(row.agencyCode ? { agencyCode: row.agencyCode } : {}),
    details: row.details,
  };
}
