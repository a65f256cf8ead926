import { Module } from '@nestjs/common';
import { AuthCoreModule } from '@motcua/auth';
import { AgencyRepository, AuditLogRepository, UserRepository } from '@motcua/database';
import { AuditLogController, OfficialsController } from './officials.controller';
import { OfficialsService } from './officials.service';

/** Officials' accounts (invitations, roles, moves, disabling) and their audit log. */
@Module({
  imports: [AuthCoreModule],
  controllers: [OfficialsController, AuditLogController],
  providers: [OfficialsService, UserRepository, AgencyRepository, AuditLogRepository],
})
export class OfficialsModule {}
