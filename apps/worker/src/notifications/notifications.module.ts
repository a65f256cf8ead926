import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@motcua/queue';
import { ApplicantNotifier } from './applicant-notifier.service';
import { NotifyApplicantProcessor } from './notify-applicant.processor';
import { ReceiptAttachment } from './receipt-attachment.service';

@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Notifications })],
  providers: [ApplicantNotifier, NotifyApplicantProcessor, ReceiptAttachment],
  exports: [ApplicantNotifier],
})
export class NotificationsModule {}
