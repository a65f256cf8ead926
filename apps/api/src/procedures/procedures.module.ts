import { Module } from '@nestjs/common';
import { AgencyRepository, ProcedureRepository } from '@motcua/database';
import { AgenciesService } from './agencies.service';
import { ProcedureCatalog } from './procedure-catalog.service';
import { ProcedureService } from './procedure.service';
import { ProceduresController } from './procedures.controller';
import { ProcessingTimeService } from './processing-time.service';

/**
 * The catalogue of agencies and procedures. Other features use `ProcedureCatalog`
 * (cached lookups for filing) and `AgenciesService`.
 */
@Module({
  controllers: [ProceduresController],
  providers: [
    ProcedureService,
    ProcedureCatalog,
    ProcedureRepository,
    AgenciesService,
    AgencyRepository,
    ProcessingTimeService,
  ],
  exports: [ProcedureCatalog, AgenciesService],
})
export class ProceduresModule {}
