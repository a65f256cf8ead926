import { Module } from '@nestjs/common';
import { AgencyRepository, AuditLogRepository, UserRepository } from '@motcua/database';
import { AuditLogController, OfficialsController } from './officials.controller';
import { OfficialsService } from './officials.service';

/** Officials' accounts (invitations, roles, moves, disabling) and their audit log. */
@Module({
  controllers: [OfficialsController, AuditLogController],
  providers: [OfficialsService, UserRepository, AgencyRepository, AuditLogRepository],
})
export class OfficialsModule {}
