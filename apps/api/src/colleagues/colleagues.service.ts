import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '@motcua/auth';
import { ColleagueRepository } from '@motcua/database';
import { Role } from '@motcua/domain';
import { DataSource } from 'typeorm';
import { ColleagueListResponse } from './dto/colleagues.dto';

/** An official's colleagues: the officials of their own agency, never another's. */
@Injectable()
export class ColleaguesService {
  private readonly colleagues = new ColleagueRepository();

  constructor(private readonly dataSource: DataSource) {}

  async list(user: AuthenticatedUser, role?: Role): Promise<ColleagueListResponse> {
    if (!user.agencyId) return { items: [] };
    const rows = await this.colleagues.ofAgency(this.dataSource.manager, user.agencyId, role);
    return {
      items: rows.map((row) => ({
        id: row.id,
        fullName: row.full_name,
        roles: row.roles as Role[],
      })),
    };
  }
}
