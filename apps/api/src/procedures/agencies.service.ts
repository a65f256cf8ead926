import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyRepository } from '@motcua/database';
import { DataSource } from 'typeorm';

export interface AgencySummary {
  id: string;
  code: string;
  name: string;
}

/** Agencies as the procedures need them: by code, one read on the pool. */
@Injectable()
export class AgenciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agencies: AgencyRepository,
  ) {}

  async findByCode(code: string): Promise<AgencySummary | null> {
    const agency = await this.agencies.findByCode(this.dataSource.manager, code);
    return agency ? { id: agency.id, code: agency.code, name: agency.name } : null;
  }
}
