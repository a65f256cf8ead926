import { Injectable } from '@nestjs/common';
import { PostalInboxRepository } from '@motcua/database';
import { DataSource } from 'typeorm';
import { PostalCallbackDto } from './postal-callback.dto';

/** Keeps verified postal callbacks for the worker, each once (see `PostalInboxRepository`). */
@Injectable()
export class PostalInboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly inbox: PostalInboxRepository,
  ) {}

  /** True when stored now, false when this webhook id was already stored. */
  store(webhookId: string, callback: PostalCallbackDto): Promise<boolean> {
    const { data } = callback;
    return this.inbox.store(this.dataSource, {
      webhookId,
      trackingNumber: data.trackingNumber,
      reference: data.reference,
      status: data.status,
      occurredAt: data.occurredAt,
      payload: callback,
    });
  }
}
