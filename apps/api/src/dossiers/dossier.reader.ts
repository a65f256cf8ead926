import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '@motcua/auth';
import {
  DOSSIER_STATUS_LABELS,
  agencyRelation,
  DossierStatus,
  ForbiddenError,
  isOfficial,
  isOfficialsOnlyHistoryAction,
  NotFoundError,
  vietnamDate,
} from '@motcua/domain';
import { DataSource, EntityManager } from 'typeorm';
import { toDossierResponse, toHistoryEntry, toTrackingResponse } from './dossier.mapper';
import {
  directExecutor,
  DossierDetailRow,
  DossierRepository,
  DossierScope,
  Executor,
  findTracking,
} from '@motcua/database';
import { parseDossierRef } from './dossier-ref';
import { ServiceCentres } from './service-centres';
import {
  DossierCountsResponse,
  DossierPageResponse,
  DossierResponse,
  HistoryResponse,
  TrackingResponse,
} from './dto/dossier.response';
import { ListDossiersQuery } from './dto/list-dossiers.query';

const NOT_FOUND = 'Không tìm thấy hồ sơ.';

/**
 * Reading dossiers with the visibility rule: a citizen sees their own; an official sees their
 * agency's and those their agency (a service centre) received for another agency (never a
 * citizen's draft). Anything else is "not found", so nobody learns that someone else's
 * dossier exists.
 */
@Injectable()
export class DossierReader {
  /** Public tracking's one statement goes straight to the pool (`directRead`). */
  private readonly direct: Executor;

  constructor(
    private readonly dossiers: DossierRepository,
    private readonly dataSource: DataSource,
    private readonly centres: ServiceCentres,
  ) {
    this.direct = directExecutor(dataSource);
  }

  /** The dossier `ref` names, read on `manager`, if `user` may see it; 404 otherwise. */
  async findVisible(
    manager: EntityManager,
    user: AuthenticatedUser,
    ref: string,
  ): Promise<DossierDetailRow> {
    const parsed = parseDossierRef(ref);
    const dossier = parsed ? await this.dossiers.findDetail(manager, parsed) : null;
    if (!dossier || !canSee(user, dossier)) throw new NotFoundError(NOT_FOUND);
    return dossier;
  }

  async get(user: AuthenticatedUser, ref: string): Promise<DossierResponse> {
    const row = await this.findVisible(this.dataSource.manager, user, ref);
    return toDossierResponse(row, namesOf(row), vietnamDate(new Date()), isOfficial(user.roles));
  }

  async history(user: AuthenticatedUser, ref: string): Promise<HistoryResponse> {
    const dossier = await this.findVisible(this.dataSource.manager, user, ref);
    const rows = await this.dossiers.history(this.dataSource.manager, dossier.id);
    // the owner does not see what is for the agency's officials (the intake flag)
    const visible = isAgencyOfficial(user, dossier)
      ? rows
      : rows.filter((row) => !isOfficialsOnlyHistoryAction(row.action));
    return { items: visible.map(toHistoryEntry) };
  }

  /**
   * Whose dossiers `user`'s lists and counts cover: an official's agency's, with what a service
   * centre received for other agencies; anyone else's own.
   */
  private async scopeOf(user: AuthenticatedUser): Promise<DossierScope> {
    return isOfficial(user.roles) && user.agencyId
      ? { agencyId: user.agencyId, receivedToo: await this.centres.isCentre(user.agencyId) }
      : { ownerId: user.id };
  }

  async list(user: AuthenticatedUser, query: ListDossiersQuery): Promise<DossierPageResponse> {
    const today = vietnamDate(new Date());
    const scope = await this.scopeOf(user);
    const { rows, total } = await this.dossiers.list(
      this.dataSource,
      scope,
      {
        ...query,
        // only officials filter by assignee; "me" is the caller
        assigneeId:
          'agencyId' in scope ? (query.assignee === 'me' ? user.id : query.assignee) : undefined,
        today,
      },
      { offset: (query.page - 1) * query.limit, limit: query.limit },
    );
    return {
      items: rows.map((row) => toDossierResponse(row, namesOf(row), today, 'agencyId' in scope)),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  /** The dossiers of the official's list per status of its work, in the lifecycle's order. */
  async counts(user: AuthenticatedUser): Promise<DossierCountsResponse> {
    const scope = await this.scopeOf(user);
    if (!('agencyId' in scope)) {
      throw new ForbiddenError('Chỉ cán bộ của cơ quan xem được số hồ sơ theo trạng thái.');
    }
    const rows = await this.dossiers.statusCounts(this.dataSource, scope, vietnamDate(new Date()));
    const order = Object.values(DossierStatus);
    return {
      items: rows
        .sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status))
        .map((row) => ({
          status: row.status,
          statusLabel: DOSSIER_STATUS_LABELS[row.status],
          count: row.count,
          overdue: row.overdue,
        })),
    };
  }

  /** The public view of a dossier by its code; null for an unknown code or a draft. */
  async track(code: string): Promise<TrackingResponse | null> {
    const parsed = parseDossierRef(code);
    const row = parsed && 'code' in parsed ? await findTracking(this.direct, parsed.code) : null;
    return row && toTrackingResponse(row, vietnamDate(new Date()));
  }
}

function canSee(user: AuthenticatedUser, dossier: DossierDetailRow): boolean {
  if (dossier.owner_id === user.id) return true;
  return isAgencyOfficial(user, dossier) && dossier.status !== DossierStatus.Draft;
}

/**
 * An official of the dossier's agency or of the centre that received it for that agency (who
 * also sees what is for officials only).
 */
export function isAgencyOfficial(user: AuthenticatedUser, dossier: DossierDetailRow): boolean {
  return isOfficial(user.roles) && agencyRelationOf(user, dossier) !== 'none';
}

export function agencyRelationOf(user: AuthenticatedUser, dossier: DossierDetailRow) {
  return agencyRelation(user.agencyId, {
    agencyId: dossier.agency_id,
    receivedByAgencyId: dossier.received_by_agency_id,
  });
}

export function namesOf(row: DossierDetailRow) {
  return {
    procedureCode: row.procedure_code,
    procedureName: row.procedure_name,
    agencyCode: row.agency_code,
    assigneeName: row.assignee_name,
    receivedBy:
      row.received_by_code && row.received_by_name
        ? { agencyCode: row.received_by_code, agencyName: row.received_by_name }
        : null,
  };
}
