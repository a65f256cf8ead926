import { Injectable } from '@nestjs/common';
import {
  ConflictError,
  decideIdempotency,
  ErrorCode,
  fingerprintRequest,
  IDEMPOTENCY_KEY_PATTERN,
  StoredIdempotentResponse,
  ValidationFailedError,
} from '@motcua/domain';
import { IdempotencyKeyRepository } from '@motcua/database';
import { DataSource, EntityManager } from 'typeorm';

export interface HttpOutcome<T> {
  statusCode: number;
  body: T;
}

export interface IdempotentOutcome<T> extends HttpOutcome<T> {
  /** True when this is the stored answer to an earlier request with the same key. */
  replayed: boolean;
}

/**
 * Runs a state-changing request at most once per (user, Idempotency-Key).
 *
 * The key row is inserted in the same transaction as the work: a concurrent retry with the
 * same key blocks on it, then sees the committed first response. If the work fails, the
 * transaction (key included) rolls back, so a retry runs it afresh.
 */
@Injectable()
export class IdempotencyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: IdempotencyKeyRepository,
  ) {}

  /**
   * `transactional`: run the work in a transaction even without a key (it takes row locks).
   * Without it, unkeyed work runs on the plain manager: a single-statement write is atomic
   * by itself and saves the BEGIN/COMMIT round trips on the filing hot path.
   */
  async run<T>(
    request: {
      userId: string;
      key: string | undefined;
      scope: string;
      body: unknown;
      transactional?: boolean;
    },
    work: (manager: EntityManager) => Promise<HttpOutcome<T>>,
  ): Promise<IdempotentOutcome<T>> {
    if (request.key === undefined) {
      const outcome = request.transactional
        ? await this.dataSource.transaction(work)
        : await work(this.dataSource.manager);
      return { ...outcome, replayed: false };
    }
    if (!IDEMPOTENCY_KEY_PATTERN.test(request.key)) {
      throw new ValidationFailedError([
        {
          field: 'Idempotency-Key',
          message: 'Khóa chống gửi trùng không hợp lệ (1–255 ký tự ASCII).',
        },
      ]);
    }
    const requestHash = fingerprintRequest({ scope: request.scope, body: request.body });
    const fresh = await this.dataSource.transaction(async (manager) => {
      const key = { userId: request.userId, key: request.key!, scope: request.scope, requestHash };
      if (!(await this.keys.claim(manager, key))) return null;
      const outcome = await work(manager);
      await this.keys.storeResponse(manager, request.userId, request.key!, outcome);
      return outcome;
    });
    if (fresh) return { ...fresh, replayed: false };
    return this.replay<T>(request.userId, request.key, requestHash);
  }

  private async replay<T>(
    userId: string,
    key: string,
    requestHash: string,
  ): Promise<IdempotentOutcome<T>> {
    const row = await this.keys.find(this.dataSource.manager, userId, key);
    const stored: StoredIdempotentResponse | null = row
      ? {
          requestHash: row.request_hash,
          statusCode: row.response_status,
          body: row.response_body as T,
        }
      : null;
    const decision = decideIdempotency(stored, requestHash);
    switch (decision.kind) {
      case 'replay':
        return { statusCode: decision.statusCode, body: decision.body as T, replayed: true };
      case 'reject-different-body':
        throw new ConflictError(
          'Khóa chống gửi trùng (Idempotency-Key) này đã được dùng cho một yêu cầu khác.',
          ErrorCode.IdempotencyKeyReused,
        );
      case 'proceed':
        // the first request's row vanished (purged) between our insert attempt and now
        throw new ConflictError('Yêu cầu đang được xử lý, vui lòng thử lại.');
    }
  }
}
