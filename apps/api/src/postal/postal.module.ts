import { Module } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import { Webhook } from 'standardwebhooks';
import { PostalInboxRepository } from '@motcua/database';
import { PostalCallbacksController } from './postal-callbacks.controller';
import { PostalInboxService } from './postal-inbox.service';
import { PostalSignatureGuard } from './postal-signature.guard';

/** Inbound side of the postal operator: signed callbacks stored for the worker. */
@Module({
  controllers: [PostalCallbacksController],
  providers: [
    PostalInboxService,
    PostalInboxRepository,
    {
      // the verifier of the operator's signatures; validateEnvironment always fills the secret
      // (development default) or refuses to start in production
      provide: Webhook,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new Webhook(config.get('POSTAL_WEBHOOK_SECRET') as string),
    },
    PostalSignatureGuard,
  ],
})
export class PostalModule {}
