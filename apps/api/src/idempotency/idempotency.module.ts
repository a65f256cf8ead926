import { Module } from '@nestjs/common';
import { IdempotencyKeyRepository } from '@motcua/database';
import { IdempotencyService } from './idempotency.service';

@Module({
  providers: [IdempotencyService, IdempotencyKeyRepository],
  exports: [IdempotencyService],
})
export class IdempotencyModule {}
