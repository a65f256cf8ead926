import { Module } from '@nestjs/common';
import { AuditLogRepository, UserRepository } from '@motcua/database';
import { AuditLogController, OfficialsController } from './officials.controller';
import { OfficialsService } from './officials.service';

/** Officials' accounts (invitations, roles, moves, disabling) and their audit log. */
@Module({
  controllers: [OfficialsController, AuditLogController],
  providers: [OfficialsService, UserRepository, AuditLogRepository],
})
export class OfficialsModule {}
