import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AgencyEntity } from '@motcua/database';
import { Repository } from 'typeorm';

export interface AgencySummary {
  id: string;
  code: string;
  name: string;
}

@Injectable()
export class AgenciesService {
  constructor(
    @InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>,
  ) {}

  async findByCode(code: string): Promise<AgencySummary | null> {
    const agency = await this.agencies.findOne({
      where: { code },
      select: { id: true, code: true, name: true },
    });
    return agency ? { id: agency.id, code: agency.code, name: agency.name } : null;
  }
}
