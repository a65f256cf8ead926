import { Module } from '@nestjs/common';
import { PostalCallbacksController } from './postal-callbacks.controller';
import { PostalInboxService } from './postal-inbox.service';

/** Inbound side of the postal operator: signed callbacks stored for the worker. */
@Module({
  controllers: [PostalCallbacksController],
  providers: [PostalInboxService],
})
export class PostalModule {}
