import { Module } from '@nestjs/common';
import { AccountsModule } from './accounts/accounts.module';
import { AgenciesController } from './agencies/agencies.controller';
import { DeskModule } from './desk/desk.module';
import { DossierController } from './dossiers/dossier.controller';
import { ProcedureNames } from './dossiers/procedure-names';
import { QueueCountsCache } from './dossiers/queue-counts';
import { WorkListController } from './dossiers/work-list.controller';
import { OfficialApi } from './official-api';
import { ProceduresAdminModule } from './procedures/procedures.module';
import { ReportsPagesModule } from './reports/reports.module';
import { ConsoleSignInController } from './sign-in/sign-in.controller';
import { SystemAdminModule } from './system/system.module';

/**
 * The officials' console under `/can-bo`: sign-in, the work list and the dossier pages. Each
 * other area (desk filing, reports, administration) is a module of its own imported here.
 */
@Module({
  imports: [
    DeskModule,
    ReportsPagesModule,
    ProceduresAdminModule,
    SystemAdminModule,
    AccountsModule,
  ],
  controllers: [ConsoleSignInController, WorkListController, DossierController, AgenciesController],
  providers: [OfficialApi, ProcedureNames, QueueCountsCache],
  exports: [OfficialApi],
})
export class ConsoleModule {}
