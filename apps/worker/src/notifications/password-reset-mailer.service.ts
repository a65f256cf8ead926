import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import {
  findPasswordResetRecipient,
  issuePasswordResetToken,
  NotificationRepository,
  PasswordResetRecipient,
} from '@motcua/database';
import { invitationPageUrl, passwordResetPageUrl } from '@motcua/domain';
import {
  NotificationChannel,
  passwordResetSms,
  renderInvitation,
  renderPasswordReset,
} from '@motcua/notifications';
import { JobName, JobPayloads, OnJob, PasswordResetPayload } from '@motcua/queue';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { InjectEmailChannel, InjectSmsChannel } from './channels.module';

export type PasswordResetOutcome = 'sent' | 'already-sent' | 'no-account' | 'no-channel';

/**
 * Sends a password reset link: a new one-time token per channel, by e-mail (and SMS when the
 * account has a phone and an SMS gateway is set); or an official's invitation, by e-mail only,
 * with a token that only the console's invitation page accepts. Runs in the worker, so the API answers a
 * reset request the same way, and as fast, whether or not the account exists. A delivery row
 * per outbox event and channel keeps a retried job from sending again.
 */
@Injectable()
export class PasswordResetMailer {
  private readonly logger = new Logger(PasswordResetMailer.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: NotificationRepository,
    private readonly config: AppConfig,
    @InjectEmailChannel() private readonly email: NotificationChannel,
    @InjectSmsChannel() private readonly sms: NotificationChannel | null,
  ) {}

  @OnJob(JobName.SendPasswordReset)
  onRequest(job: Job<JobPayloads[JobName.SendPasswordReset]>): Promise<PasswordResetOutcome> {
    return this.send(job.data.outboxId, job.data.event);
  }

  async send(outboxId: string, request: PasswordResetPayload): Promise<PasswordResetOutcome> {
    if (!request.userId) return 'no-account';
    const recipient = await findPasswordResetRecipient(this.dataSource.manager, request.userId);
    if (!recipient) return 'no-account';
    const userId = request.userId;
    if (request.purpose === 'INVITATION') {
      const outcome = await this.sendInvitation(outboxId, userId, recipient);
      if (outcome === 'sent') this.logger.log('Invitation sent');
      return outcome;
    }
    const outcomes = await Promise.all([
      this.sendOnce(outboxId, userId, 'email', recipient.email, (url) => {
        const letter = renderPasswordReset(this.input(recipient, url));
        return this.email.send({ to: recipient.email!, ...letter });
      }),
      this.sendOnce(outboxId, userId, 'sms', this.sms && recipient.phone, (url) =>
        this.sms!.send({
          to: recipient.phone!,
          subject: 'Đặt lại mật khẩu',
          text: passwordResetSms(this.input(recipient, url)),
        }),
      ),
    ]);
    if (outcomes.includes('sent')) this.logger.log('Password reset link sent');
    return outcomes.includes('sent')
      ? 'sent'
      : outcomes.includes('already-sent')
        ? 'already-sent'
        : 'no-channel';
  }

  private input(recipient: PasswordResetRecipient, resetUrl: string) {
    return {
      fullName: recipient.fullName,
      resetUrl,
      validMinutes: this.config.get('PASSWORD_RESET_TTL_MINUTES'),
    };
  }

  private sendInvitation(
    outboxId: string,
    userId: string,
    recipient: PasswordResetRecipient,
  ): Promise<PasswordResetOutcome> {
    const validHours = this.config.get('INVITATION_TTL_HOURS');
    return this.sendOnce(
      outboxId,
      userId,
      'email',
      recipient.email,
      (invitationUrl) => {
        const letter = renderInvitation({
          fullName: recipient.fullName,
          invitationUrl,
          agencyName: recipient.agencyName ?? 'cơ quan',
          validHours,
        });
        return this.email.send({ to: recipient.email!, ...letter });
      },
      { purpose: 'INVITATION', ttlMinutes: validHours * 60, pageUrl: invitationPageUrl },
    );
  }

  private async sendOnce(
    outboxId: string,
    userId: string,
    channel: 'email' | 'sms',
    recipient: string | null | undefined | false,
    send: (url: string) => Promise<void>,
    link: {
      purpose: 'RESET' | 'INVITATION';
      ttlMinutes: number;
      pageUrl: (base: string, token: string) => string;
    } = {
      purpose: 'RESET',
      ttlMinutes: this.config.get('PASSWORD_RESET_TTL_MINUTES'),
      pageUrl: passwordResetPageUrl,
    },
  ): Promise<PasswordResetOutcome> {
    if (!recipient) return 'no-channel';
    const db = this.dataSource.manager;
    if (await this.deliveries.delivered(db, outboxId, channel)) return 'already-sent';
    const token = await issuePasswordResetToken(db, userId, link.ttlMinutes, link.purpose);
    await send(link.pageUrl(this.config.get('PUBLIC_BASE_URL'), token));
    await this.deliveries.recordDelivery(db, outboxId, channel);
    return 'sent';
  }
}
