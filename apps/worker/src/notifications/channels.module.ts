import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import { createEmailChannel, createSmsChannel, NotificationChannel } from '@motcua/notifications';

/** The e-mail channel: SMTP when SMTP_URL is set, else the log (debug level). */
export const EMAIL_CHANNEL = Symbol('EMAIL_CHANNEL');
/** The SMS channel, or null: off unless SMS_GATEWAY_URL is set. */
export const SMS_CHANNEL = Symbol('SMS_CHANNEL');
export const InjectEmailChannel = () => Inject(EMAIL_CHANNEL);
export const InjectSmsChannel = () => Inject(SMS_CHANNEL);

/** Closes the SMTP connections when the worker stops. */
@Injectable()
class ChannelCloser implements OnApplicationShutdown {
  constructor(@InjectEmailChannel() private readonly email: NotificationChannel) {}

  async onApplicationShutdown(): Promise<void> {
    await (this.email as { close?: () => Promise<void> | void }).close?.();
  }
}

/** The channels people are told through, one of each for the whole worker. */
@Global()
@Module({
  providers: [
    {
      provide: EMAIL_CHANNEL,
      inject: [AppConfig],
      useFactory: (config: AppConfig): NotificationChannel =>
        createEmailChannel({ smtpUrl: config.get('SMTP_URL'), from: config.get('MAIL_FROM') }),
    },
    {
      provide: SMS_CHANNEL,
      inject: [AppConfig],
      useFactory: (config: AppConfig): NotificationChannel | null =>
        createSmsChannel({
          url: config.get('SMS_GATEWAY_URL'),
          apiKey: config.get('SMS_GATEWAY_KEY'),
        }) ?? null,
    },
    ChannelCloser,
  ],
  exports: [EMAIL_CHANNEL, SMS_CHANNEL],
})
export class ChannelsModule {}
