import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { IntakeRepository } from '@motcua/database';
import { QueueName } from '@motcua/queue';
import { NotificationsModule } from '../notifications/notifications.module';
import { DossierIntake } from './dossier-intake.service';
import { IntakeDossierProcessor } from './intake-dossier.processor';

/** Intake after a dossier arrives: attached files re-verified, then the applicant notified. */
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Intake }), NotificationsModule],
  providers: [IntakeRepository, DossierIntake, IntakeDossierProcessor],
  exports: [DossierIntake],
})
export class IntakeModule {}
