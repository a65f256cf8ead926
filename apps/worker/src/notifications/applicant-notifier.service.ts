import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import { NoticeDossierRow, NotificationRepository } from '@motcua/database';
import {
  NotificationChannel,
  NotificationEvent,
  NotificationInput,
  renderNotification,
} from '@motcua/notifications';
import { DossierStatus, trackingPageUrl } from '@motcua/domain';
import { DossierEventPayload } from '@motcua/queue';
import { DataSource } from 'typeorm';
import { InjectEmailChannel, InjectSmsChannel } from './channels.module';
import { ClaimCodes } from './claim-codes';
import { ReceiptAttachment } from './receipt-attachment.service';

/** The citizen-facing notification of each dossier action; actions not listed notify nobody. */
const EVENT_OF_ACTION: Record<string, NotificationEvent> = {
  submit: NotificationEvent.Submitted,
  receive: NotificationEvent.Received,
  'request-supplement': NotificationEvent.SupplementRequired,
  reject: NotificationEvent.Rejected,
  approve: NotificationEvent.ResultReady,
  extend: NotificationEvent.Extended,
  dispatch: NotificationEvent.HandedToPost,
  deliver: NotificationEvent.Delivered,
};

/** `waiting`: nothing sent yet, the notice must wait for an earlier one (notice order). */
export type NotifyOutcome = 'sent' | 'already-sent' | 'not-notified' | 'waiting';

/**
 * Tells the applicant by email what happened to their dossier. Jobs are delivered at least
 * once: a delivery row (unique per outbox event and channel) makes a retried job send nothing
 * twice, short of a crash between the send and that row.
 */
@Injectable()
export class ApplicantNotifier {
  private readonly logger = new Logger(ApplicantNotifier.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: NotificationRepository,
    private readonly config: AppConfig,
    private readonly receipt: ReceiptAttachment,
    private readonly claimCodes: ClaimCodes,
    @InjectEmailChannel() private readonly email: NotificationChannel,
    /** Null unless SMS_GATEWAY_URL is set. */
    @InjectSmsChannel() private readonly sms: NotificationChannel | null,
  ) {}

  /**
   * `mayWait`: an online dossier's "received" notice answers `waiting` (and sends nothing)
   * while intake has not yet handled the "submitted" one, which goes through the intake queue
   * and may be slower than the desk. Without it (a caller that waited long enough) it goes.
   */
  async notify(
    outboxId: string,
    event: DossierEventPayload,
    { mayWait = false }: { mayWait?: boolean } = {},
  ): Promise<NotifyOutcome> {
    const kind = EVENT_OF_ACTION[event.action];
    if (!kind) return 'not-notified';
    const db = this.dataSource.manager;
    if (
      mayWait &&
      this.followsOnlineArrival(kind, event) &&
      !(await this.repository.arrivalNoticeDone(db, event.dossierId))
    )
      return 'waiting';
    const dossier = await this.repository.dossierForNotice(db, event.dossierId);
    if (!dossier) return 'not-notified';
    // the receipt first: the letter says whether it is attached
    const attachments = dossier.applicant_email
      ? await this.attachmentsFor(kind, event.dossierId, dossier.code)
      : undefined;
    const input = this.inputFor(kind, dossier);
    const rendered = renderNotification({ ...input, receiptAttached: attachments !== undefined });
    // each channel on its own: a retry resends only what did not go out
    const outcomes = await Promise.all([
      this.sendOnce(outboxId, 'email', dossier.applicant_email, () =>
        this.email.send({ to: dossier.applicant_email!, event: kind, ...rendered, attachments }),
      ),
      this.sendOnce(outboxId, 'sms', this.sms && dossier.applicant_phone, () =>
        // an SMS carries the subject line: the code and what happened, with the link
        this.sms!.send({
          to: dossier.applicant_phone!,
          subject: rendered.subject,
          text: input.claim
            ? `${rendered.subject}. Mã nhận hồ sơ: ${input.claim.code}, nhập tại ${input.claim.url}`
            : `${rendered.subject} ${this.trackingUrl(dossier.code)}`,
        }),
      ),
    ]);
    if (outcomes.includes('sent'))
      this.logger.log({ event: kind, code: dossier.code }, 'Applicant notified');
    return outcomes.includes('sent')
      ? 'sent'
      : outcomes.includes('already-sent')
        ? 'already-sent'
        : 'not-notified';
  }

  private async sendOnce(
    outboxId: string,
    channel: 'email' | 'sms',
    recipient: string | null | undefined | false,
    send: () => Promise<void>,
  ): Promise<NotifyOutcome> {
    if (!recipient) return 'not-notified';
    const db = this.dataSource.manager;
    if (await this.repository.delivered(db, outboxId, channel)) return 'already-sent';
    await send();
    await this.repository.recordDelivery(db, outboxId, channel);
    return 'sent';
  }

  /**
   * A received dossier's e-mail carries its receipt, Mẫu 01, as a PDF. The
   * notice matters more than its attachment: a receipt that cannot be rendered is left off
   * (the citizen can download it) rather than failing the notice on every retry.
   */
  private async attachmentsFor(kind: NotificationEvent, dossierId: string, code: string) {
    if (kind !== NotificationEvent.Received) return undefined;
    let receipt;
    try {
      receipt = await this.receipt.render(dossierId);
    } catch (error) {
      // the code and the error's class only: a rendering error may quote form data
      this.logger.warn(
        { event: kind, code, error: (error as Error).name },
        'Received notice sent without its receipt: the receipt could not be rendered',
      );
      return undefined;
    }
    if (!receipt) {
      this.logger.warn(
        { event: kind, code },
        'Received notice without its receipt: dossier not received',
      );
      return undefined;
    }
    return [receipt];
  }

  /** A "received" notice of a dossier that arrived online (a desk entry has no status before). */
  followsOnlineArrival(kind: NotificationEvent, event: DossierEventPayload): boolean {
    return kind === NotificationEvent.Received && event.fromStatus === DossierStatus.Submitted;
  }

  private inputFor(event: NotificationEvent, d: NoticeDossierRow): NotificationInput {
    const names = new Map(d.required_documents.map((doc) => [doc.code, doc.name]));
    return {
      event,
      dossierCode: d.code,
      procedureName: d.procedure_name,
      applicantName: d.applicant_full_name,
      trackingUrl: this.trackingUrl(d.code),
      appointmentDate: d.extension?.previousAppointmentDate ?? d.appointment_date ?? undefined,
      reason: d.extension?.reason ?? d.rejection?.reason ?? d.supplement_request?.reason,
      documents: d.supplement_request?.documents.map((code) => names.get(code) ?? code),
      deliveryMethod: d.delivery_method,
      newAppointmentDate: d.extension?.newAppointmentDate,
      trackingNumber: d.delivery?.trackingNumber ?? undefined,
      ...(event === NotificationEvent.Received ? this.claimOf(d) : {}),
    };
  }

  private claimOf(d: NoticeDossierRow): Pick<NotificationInput, 'claim'> {
    const claim = this.claimCodes.of(d);
    return claim ? { claim } : {};
  }

  private trackingUrl(code: string): string {
    return trackingPageUrl(this.config.get('PUBLIC_BASE_URL'), code);
  }
}
