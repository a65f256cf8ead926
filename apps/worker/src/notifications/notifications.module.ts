import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DossierHistoryRepository, NotificationRepository } from '@motcua/database';
import { QueueName } from '@motcua/queue';
import { ApplicantNotifier } from './applicant-notifier.service';
import { ClaimCodes } from './claim-codes';
import { NotifyApplicantProcessor } from './notify-applicant.processor';
import { PasswordResetMailer } from './password-reset-mailer.service';
import { ReceiptAttachment } from './receipt-attachment.service';

@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Notifications })],
  providers: [
    NotificationRepository,
    DossierHistoryRepository,
    ApplicantNotifier,
    NotifyApplicantProcessor,
    ReceiptAttachment,
    ClaimCodes,
    PasswordResetMailer,
  ],
  exports: [ApplicantNotifier],
})
export class NotificationsModule {}
