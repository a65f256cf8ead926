import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { FilesModule } from '../files/files.module';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { ProceduresModule } from '../procedures/procedures.module';
import { ClaimCodes } from './claim-codes';
import { DossierClaimService } from './dossier-claim.service';
import { DossierContentChecker } from './dossier-content.checker';
import { DossierFilingService } from './dossier-filing.service';
import { DossierReader } from './dossier.reader';
import { DossierWorkflowService } from './dossier-workflow.service';
import { DossierClaimRepository, DossierRepository } from '@motcua/database';
import { DossiersController } from './dossiers.controller';
import { ServiceCentres } from './service-centres';
import { TrackingRoute } from './tracking.route';

@Module({
  imports: [ProceduresModule, FilesModule, IdempotencyModule, CalendarModule],
  controllers: [DossiersController],
  providers: [
    DossierRepository,
    DossierClaimRepository,
    DossierReader,
    TrackingRoute,
    DossierContentChecker,
    DossierFilingService,
    DossierWorkflowService,
    DossierClaimService,
    ClaimCodes,
    ServiceCentres,
  ],
  exports: [DossierReader, ClaimCodes],
})
export class DossiersModule {}
