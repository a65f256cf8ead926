import { ROLLUP_LOCK_KEY } from '@motcua/database';
import type { DataSource, QueryRunner } from 'typeorm';

export interface PinnedRollup {
  /** The connection holding the lock: refresh through its `manager`. */
  runner: QueryRunner;
  /** `report_rollup_state.closed_through` as `YYYY-MM-DD`, or null. */
  closedThrough(): Promise<string | null>;
  /** Lets go of the lock and the connection. */
  release(): Promise<void>;
}

/**
 * A connection holding the reports' refresh lock, so that no worker of another test file
 * refreshes the rollup (and moves its state) while a test sets it up and reads it.
 */
export async function pinRollup(db: DataSource): Promise<PinnedRollup> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(${ROLLUP_LOCK_KEY})`);
  } catch (error) {
    await runner.release();
    throw error;
  }
  return {
    runner,
    closedThrough: async () =>
      (
        (await runner.query(
          `SELECT to_char(closed_through, 'YYYY-MM-DD') AS closed FROM report_rollup_state`,
        )) as { closed: string | null }[]
      )[0].closed,
    release: async () => {
      await runner.query(`SELECT pg_advisory_unlock_all()`);
      await runner.release();
    },
  };
}
