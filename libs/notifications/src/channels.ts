import { Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { NotificationEvent } from './templates';

export interface NotificationAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

export interface NotificationMessage {
  /** An email address (email channels) or a phone number (SMS). */
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: NotificationAttachment[];
  /** Which template made the message; only used for logging, never sent. */
  event?: NotificationEvent;
}

/** Where a rendered notification goes. `send` rejects on failure so a queued job retries. */
export interface NotificationChannel {
  send(message: NotificationMessage): Promise<void>;
}

/** The dossier code (Circular 01/2018) in a subject, the only identifier ever logged. */
const DOSSIER_CODE_IN_TEXT = /[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[0-9A-Z]{3}-\d{6}-\d{4,}/;

export function dossierCodeOf(subject: string): string | undefined {
  return DOSSIER_CODE_IN_TEXT.exec(subject)?.[0];
}

// ---------------------------------------------------------------------------------------

export interface SmtpEmailChannelOptions {
  /** `smtp://[user:pass@]host:port` or `smtps://...` (e.g. `SMTP_URL`). */
  url: string;
  /** The sender, e.g. `"Một cửa điện tử" <noreply@example.gov.vn>` (`MAIL_FROM`). */
  from: string;
}

/** Email through an SMTP server (nodemailer). */
export class SmtpEmailChannel implements NotificationChannel {
  private readonly transporter: Transporter;
  private readonly from: string;

  constructor(options: SmtpEmailChannelOptions) {
    if (!/^smtps?:\/\//i.test(options.url)) {
      throw new Error('SMTP_URL must start with smtp:// or smtps://');
    }
    if (!options.from?.trim()) throw new Error('A sender address (MAIL_FROM) is required');
    this.transporter = createTransport(options.url);
    this.from = options.from;
  }

  async send(message: NotificationMessage): Promise<void> {
    await this.transporter.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      attachments: message.attachments?.map((attachment) => ({
        filename: attachment.filename,
        content: attachment.content,
        contentType: attachment.contentType,
      })),
    });
  }

  /** Closes pooled connections (call on shutdown). */
  close(): void {
    this.transporter.close();
  }
}

/** The part of a Nest logger the log channel needs. */
export interface DebugLogger {
  debug(message: unknown, context?: string): void;
}

/**
 * Stands in for email when no `SMTP_URL` is set: logs at debug level that a mail would
 * have gone out, with no personal data (only the event and the dossier code, never the
 * address, the body or attachment names).
 */
export class LogEmailChannel implements NotificationChannel {
  constructor(private readonly logger: DebugLogger = new Logger('Notifications')) {}

  async send(message: NotificationMessage): Promise<void> {
    this.logger.debug(
      {
        msg: 'Email not sent (no SMTP_URL)',
        event: message.event ?? 'unknown',
        dossierCode: dossierCodeOf(message.subject) ?? null,
        attachments: message.attachments?.length ?? 0,
      },
      'Notifications',
    );
  }
}

export interface EmailChannelOptions {
  smtpUrl?: string;
  from: string;
  logger?: DebugLogger;
}

/** SMTP when `smtpUrl` is set; otherwise each mail is written to the log at debug level. */
export function createEmailChannel(options: EmailChannelOptions): NotificationChannel {
  return options.smtpUrl?.trim()
    ? new SmtpEmailChannel({ url: options.smtpUrl.trim(), from: options.from })
    : new LogEmailChannel(options.logger);
}

// ---------------------------------------------------------------------------------------

export interface HttpSmsChannelOptions {
  /** The gateway endpoint that accepts `POST { to, text }`. */
  url: string;
  /** Sent as `Authorization: Bearer <apiKey>`. */
  apiKey: string;
  /** Abort a request that takes longer; default 10 s. */
  timeoutMs?: number;
}

/** Thrown when the SMS gateway does not answer 2xx; carries no phone number or text. */
export class SmsGatewayError extends Error {
  constructor(
    readonly status: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'SmsGatewayError';
  }
}

/** SMS through an HTTP gateway: `POST { to, text }` as JSON with a bearer key. */
export class HttpSmsChannel implements NotificationChannel {
  constructor(private readonly options: HttpSmsChannelOptions) {
    if (!/^https?:\/\//i.test(options.url)) {
      throw new Error('The SMS gateway URL must start with http:// or https://');
    }
    if (!options.apiKey?.trim()) throw new Error('The SMS gateway needs an API key');
  }

  async send(message: NotificationMessage): Promise<void> {
    let response: Response;
    try {
      response = await fetch(this.options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          accept: 'application/json',
          authorization: `Bearer ${this.options.apiKey}`,
        },
        body: JSON.stringify({ to: message.to, text: message.text }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new SmsGatewayError(
        undefined,
        `SMS gateway unreachable: ${error instanceof Error ? error.name : 'error'}`,
      );
    }
    // drain the body so the connection is released; its content is not needed
    await response.arrayBuffer().catch(() => undefined);
    if (!response.ok) {
      throw new SmsGatewayError(response.status, `SMS gateway answered ${response.status}`);
    }
  }
}

export interface SmsChannelOptions {
  url?: string;
  apiKey?: string;
  timeoutMs?: number;
}

/** The SMS channel, or `undefined` (SMS off) when no gateway URL is configured. */
export function createSmsChannel(options: SmsChannelOptions): HttpSmsChannel | undefined {
  if (!options.url?.trim()) return undefined;
  return new HttpSmsChannel({
    url: options.url.trim(),
    apiKey: options.apiKey ?? '',
    timeoutMs: options.timeoutMs,
  });
}
