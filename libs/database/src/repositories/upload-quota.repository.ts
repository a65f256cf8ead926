import type { EntityManager } from 'typeorm';

type QueryExecutor = Pick<EntityManager, 'query'>;

/** What a user has uploaded lately, for the per-user upload quota. */
export class UploadQuotaRepository {
  /** Bytes `ownerId` uploaded in the last `windowSeconds` (served by the owner/created index). */
  async bytesSince(
    executor: QueryExecutor,
    ownerId: string,
    windowSeconds: number,
  ): Promise<number> {
    const rows: { bytes: string }[] = await executor.query(
      `SELECT coalesce(sum(size), 0)::bigint::text AS bytes FROM files
       WHERE owner_id = $1 AND created_at > now() - make_interval(secs => $2)`,
      [ownerId, windowSeconds],
    );
    return Number(rows[0].bytes);
  }
}
