import type { Executor } from '../executor';

/** Whether PostgreSQL answers (the worker's heartbeat; the API uses Terminus' ping). */
export class DatabaseHealthRepository {
  async ping(executor: Executor): Promise<void> {
    await executor.query('SELECT 1');
  }
}
