import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthenticatedUser } from '@motcua/auth';
import {
  administersAgency,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationFailedError,
} from '@motcua/domain';
import {
  ProcedureRecord,
  ProcedureRepository,
  ProcedureWithAgency,
  searchProcedures,
} from '@motcua/database';
import { DataSource, QueryFailedError } from 'typeorm';
import { offsetOf, Page, pageOf } from '../http/pagination';
import { AgenciesService } from './agencies.service';
import { CreateProcedureDto } from './dto/create-procedure.dto';
import { ListProceduresQueryDto } from './dto/list-procedures-query.dto';
import { ProcedureDto } from './dto/procedure.dto';
import { UpdateProcedureDto } from './dto/update-procedure.dto';
import { ProcedureCatalog } from './procedure-catalog.service';
import {
  toField,
  toProcedureDto,
  toProcedureDtoFromRow,
  toRequiredDocument,
} from './procedure.mapper';

const UNIQUE_VIOLATION = '23505';

/** The public catalogue of procedures and its administration. */
@Injectable()
export class ProcedureService {
  constructor(
    private readonly procedures: ProcedureRepository,
    private readonly agencies: AgenciesService,
    private readonly catalog: ProcedureCatalog,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(query: ListProceduresQueryDto): Promise<Page<ProcedureDto>> {
    const { rows, total } = await searchProcedures(this.dataSource, {
      q: query.q,
      agencyCode: query.agencyCode,
      sort: query.sort ?? 'name',
      offset: offsetOf(query),
      limit: query.limit,
    });
    return pageOf(rows.map(toProcedureDtoFromRow), total, query);
  }

  async get(code: string): Promise<ProcedureDto> {
    const procedure = await this.findProcedure(code);
    return toProcedureDto(procedure, procedure.agency);
  }

  async create(user: AuthenticatedUser, input: CreateProcedureDto): Promise<ProcedureDto> {
    const agency = await this.requireAgency(input.agencyCode);
    requireAdministers(user, agency.id);
    const procedure: Omit<ProcedureRecord, 'id'> = {
      code: input.code,
      agencyId: agency.id,
      name: input.name,
      processingDays: input.processingDays,
      fee: input.fee,
      onlineLevel: input.onlineLevel,
      postalDelivery: input.postalDelivery ?? false,
      purpose: input.purpose ?? null,
      eligibility: input.eligibility ?? null,
      requiredDocuments: input.requiredDocuments.map(toRequiredDocument),
      fields: input.fields.map(toField),
    };
    try {
      await this.procedures.insert(this.dataSource, procedure);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError(`Thủ tục có mã "${input.code}" đã tồn tại.`);
      }
      throw error;
    }
    this.catalog.invalidate(input.code);
    return toProcedureDto(procedure, agency);
  }

  async update(
    user: AuthenticatedUser,
    code: string,
    input: UpdateProcedureDto,
  ): Promise<ProcedureDto> {
    const entity = await this.findProcedure(code);
    requireAdministers(user, entity.agencyId);
    let agency: { id: string; code: string; name: string } = entity.agency;
    if (input.agencyCode !== undefined && input.agencyCode !== agency.code) {
      agency = await this.requireAgency(input.agencyCode);
      requireAdministers(user, agency.id);
      entity.agencyId = agency.id;
    }
    if (input.name !== undefined) entity.name = input.name;
    if (input.processingDays !== undefined) entity.processingDays = input.processingDays;
    if (input.fee !== undefined) entity.fee = input.fee;
    if (input.onlineLevel !== undefined) entity.onlineLevel = input.onlineLevel;
    if (input.postalDelivery !== undefined) entity.postalDelivery = input.postalDelivery;
    if (input.purpose !== undefined) entity.purpose = input.purpose;
    if (input.eligibility !== undefined) entity.eligibility = input.eligibility;
    if (input.requiredDocuments !== undefined) {
      entity.requiredDocuments = input.requiredDocuments.map(toRequiredDocument);
    }
    if (input.fields !== undefined) entity.fields = input.fields.map(toField);

    await this.procedures.update(this.dataSource, entity.id, {
      agencyId: entity.agencyId,
      name: entity.name,
      processingDays: entity.processingDays,
      fee: entity.fee,
      onlineLevel: entity.onlineLevel,
      postalDelivery: entity.postalDelivery,
      purpose: entity.purpose,
      eligibility: entity.eligibility,
      requiredDocuments: entity.requiredDocuments,
      fields: entity.fields,
    });
    this.catalog.invalidate(code);
    return toProcedureDto(entity, agency);
  }

  private async findProcedure(code: string): Promise<ProcedureWithAgency> {
    const entity = await this.procedures.findByCode(this.dataSource, code);
    if (!entity) throw new NotFoundError(`Không tìm thấy thủ tục hành chính có mã "${code}".`);
    return entity;
  }

  private async requireAgency(agencyCode: string) {
    const agency = await this.agencies.findByCode(agencyCode);
    if (!agency) {
      throw new ValidationFailedError([
        { field: 'agencyCode', message: `Không tìm thấy cơ quan có mã "${agencyCode}".` },
      ]);
    }
    return agency;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string } | undefined)?.code === UNIQUE_VIOLATION
  );
}

/**
 * An agency's ADMIN manages only that agency's procedures (403, not 404: the catalogue is
 * public, so hiding that the procedure exists would protect nothing).
 */
function requireAdministers(user: AuthenticatedUser, agencyId: string): void {
  if (!administersAgency(user, agencyId)) {
    throw new ForbiddenError('Bạn chỉ được quản lý thủ tục của cơ quan mình.');
  }
}
