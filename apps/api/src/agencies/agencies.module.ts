import { Module } from '@nestjs/common';
import { AgencyRepository } from '@motcua/database';
import { AgenciesController } from './agencies.controller';
import { AgencyAdminService } from './agency-admin.service';

/** The agency tree: read by everyone, edited by a system administrator. */
@Module({
  controllers: [AgenciesController],
  providers: [AgencyAdminService, AgencyRepository],
})
export class AgenciesModule {}
