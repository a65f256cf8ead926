import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndex, dropIndex } from './concurrent-index';

const REVOKED_SESSIONS: [string, string] = [
  'idx_auth_sessions_revoked_at',
  `"auth_sessions" ("revoked_at") WHERE revoked_at IS NOT NULL`,
];

/**
 * Each API process reads the sessions ended in the last access-token lifetime every second
 * (its deny-list), from a table with a row per sign-in ever made. Built concurrently
 * (`transaction = false`), so sign-ins go on while it builds.
 */
export class RevokedSessionsIndex1796230000000 implements MigrationInterface {
  name = 'RevokedSessionsIndex1796230000000';
  transaction = false;

  public async up(queryRunner: QueryRunner): Promise<void> {
    await createIndex(queryRunner, REVOKED_SESSIONS);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropIndex(queryRunner, REVOKED_SESSIONS[0]);
  }
}
