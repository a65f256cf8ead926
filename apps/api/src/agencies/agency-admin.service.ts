import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyRepository, AgencyRow, AgencyTreeRow, Executor } from '@motcua/database';
import {
  AGENCY_KIND_LABELS,
  AgencyKind,
  childrenProblem,
  ConflictError,
  CYCLE_PROBLEM,
  NotFoundError,
  placementProblem,
  ValidationFailedError,
} from '@motcua/domain';
import { DataSource } from 'typeorm';
import {
  AgencyDto,
  AgencyListDto,
  CreateAgencyDto,
  PublicAgencyListDto,
  UpdateAgencyDto,
} from './dto/agency.dto';

const CODE_TAKEN = 'Đã có cơ quan mang mã này.';
const NO_PARENT = 'Không có cơ quan nào có mã này.';
const CODE_IN_DOSSIERS =
  'Không thể đổi mã của cơ quan đã có hồ sơ: mã cơ quan là phần đầu của mã số các hồ sơ đã cấp.';

function toDto(row: AgencyTreeRow): AgencyDto {
  return {
    code: row.code,
    name: row.name,
    kind: row.kind,
    kindLabel: AGENCY_KIND_LABELS[row.kind],
    parentCode: row.parentCode,
    depth: row.depth,
  };
}

/**
 * The agency tree, edited by a system administrator. Every change runs in one transaction
 * under the tree lock, so the checks (the parent's kind, no cycle, the children's kinds) see
 * the tree as it will be written.
 */
@Injectable()
export class AgencyAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agencies: AgencyRepository,
  ) {}

  async list(): Promise<AgencyListDto> {
    const rows = await this.agencies.listTree(this.dataSource.manager);
    return { items: rows.map(toDto) };
  }

  async publicList(): Promise<PublicAgencyListDto> {
    const rows = await this.agencies.listTree(this.dataSource.manager);
    return {
      items: rows.map((r) => ({
        code: r.code,
        name: r.name,
        kind: r.kind,
        parentCode: r.parentCode,
      })),
    };
  }

  create(input: CreateAgencyDto): Promise<AgencyDto> {
    return this.dataSource.transaction(async (db) => {
      await this.agencies.lockTree(db);
      const parent = await this.parentOf(db, input.parentCode ?? null);
      this.checkPlacement(input.kind, parent);
      const name = input.name.trim();
      const id = await this.agencies.insert(db, {
        code: input.code,
        name,
        kind: input.kind,
        parentId: parent?.id ?? null,
      });
      if (id === null) throw new ConflictError(CODE_TAKEN);
      return this.read(db, input.code);
    });
  }

  update(code: string, input: UpdateAgencyDto): Promise<AgencyDto> {
    return this.dataSource.transaction(async (db) => {
      await this.agencies.lockTree(db);
      const agency = await this.agencies.findByCode(db, code);
      if (!agency) throw new NotFoundError('Không tìm thấy cơ quan.');
      const parent =
        input.parentCode === undefined
          ? await this.currentParent(db, agency)
          : await this.parentOf(db, input.parentCode);
      const kind = input.kind ?? agency.kind;
      // an agency left where no rule puts it (one older than the tree) can still be renamed
      if (input.kind !== undefined || input.parentCode !== undefined) {
        this.checkPlacement(kind, parent);
      }
      if (parent && parent.id !== agency.parentId) {
        if (await this.agencies.isInSubtree(db, agency.id, parent.id)) {
          throw new ConflictError(CYCLE_PROBLEM);
        }
      }
      if (kind !== agency.kind) {
        const problem = childrenProblem(kind, await this.agencies.childKinds(db, agency.id));
        if (problem) throw new ConflictError(problem);
      }
      const newCode = input.code ?? agency.code;
      if (newCode !== agency.code && (await this.agencies.hasDossiers(db, agency.id))) {
        throw new ConflictError(CODE_IN_DOSSIERS);
      }
      const written = await this.agencies.update(db, agency.id, {
        code: newCode,
        name: input.name?.trim() ?? agency.name,
        kind,
        parentId: parent?.id ?? null,
      });
      if (!written) throw new ConflictError(CODE_TAKEN);
      return this.read(db, newCode);
    });
  }

  private async parentOf(db: Executor, code: string | null): Promise<AgencyRow | null> {
    if (code === null) return null;
    const parent = await this.agencies.findByCode(db, code);
    if (!parent) throw new ValidationFailedError([{ field: 'parentCode', message: NO_PARENT }]);
    return parent;
  }

  private async currentParent(db: Executor, agency: AgencyRow): Promise<AgencyRow | null> {
    return agency.parentCode === null ? null : this.agencies.findByCode(db, agency.parentCode);
  }

  private checkPlacement(kind: AgencyKind, parent: AgencyRow | null): void {
    const problem = placementProblem(kind, parent?.kind ?? null);
    if (problem) {
      throw new ValidationFailedError(
        [{ field: 'parentCode', message: problem }],
        'Vị trí của cơ quan trong cây tổ chức không hợp lệ.',
      );
    }
  }

  private async read(db: Executor, code: string): Promise<AgencyDto> {
    const row = (await this.agencies.listTree(db)).find((r) => r.code === code);
    return toDto(row!);
  }
}
