import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@motcua/queue';
import { NotificationsModule } from '../notifications/notifications.module';
import { DossierIntake } from './dossier-intake.service';
import { IntakeDossierProcessor } from './intake-dossier.processor';
import { IntakeRepository } from './intake.repository';

/** Intake after a dossier arrives: attached files re-verified, then the applicant notified. */
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Intake }), NotificationsModule],
  providers: [IntakeRepository, DossierIntake, IntakeDossierProcessor],
  exports: [DossierIntake],
})
export class IntakeModule {}
