import { Module } from '@nestjs/common';
import { AccountController } from './account/account.controller';
import { ClaimController } from './claim/claim.controller';
import { DossiersController } from './dossiers/dossiers.controller';
import { FilingController } from './filing/filing.controller';

/** The citizen's own pages: account, filing, their dossiers, claiming a counter dossier. */
@Module({
  controllers: [AccountController, FilingController, DossiersController, ClaimController],
})
export class CitizenModule {}
