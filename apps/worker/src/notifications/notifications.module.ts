import { Module } from '@nestjs/common';
import { DossierHistoryRepository, NotificationRepository } from '@motcua/database';
import { ApplicantNotifier } from './applicant-notifier.service';
import { ClaimCodes } from './claim-codes';
import { NotifyApplicantJob } from './notify-applicant.job';
import { PasswordResetMailer } from './password-reset-mailer.service';
import { ReceiptAttachment } from './receipt-attachment.service';

/** What the applicant is told (notices, password reset links), and the jobs that tell them. */
@Module({
  providers: [
    NotificationRepository,
    DossierHistoryRepository,
    ApplicantNotifier,
    NotifyApplicantJob,
    ReceiptAttachment,
    ClaimCodes,
    PasswordResetMailer,
  ],
  exports: [ApplicantNotifier],
})
export class NotificationsModule {}
