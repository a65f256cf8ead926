import { Module } from '@nestjs/common';
import { IntakeRepository } from '@motcua/database';
import { NotificationsModule } from '../notifications/notifications.module';
import { DossierIntake } from './dossier-intake.service';
import { IntakeDossierJob } from './intake-dossier.job';

/** Intake after a dossier arrives: attached files re-verified, then the applicant notified. */
@Module({
  imports: [NotificationsModule],
  providers: [IntakeRepository, DossierIntake, IntakeDossierJob],
  exports: [DossierIntake],
})
export class IntakeModule {}
