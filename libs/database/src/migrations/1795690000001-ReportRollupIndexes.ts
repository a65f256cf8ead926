import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndex, dropIndex } from './concurrent-index';

/** Partial indexes of the reports, by name: the table and the definition after `ON`. */
const DOSSIER_INDEXES: [string, string][] = [
  // the live part: events of the days not yet rolled up, in any agency or one
  ['idx_dossiers_received_at', `"dossiers" ("received_at") WHERE received_at IS NOT NULL`],
  ['idx_dossiers_online_created', `"dossiers" ("created_at") WHERE channel = 'ONLINE'`],
  // "now" figures: open dossiers by reception, drafts by creation
  [
    'idx_dossiers_open_received',
    `"dossiers" ("agency_id", "received_at") INCLUDE ("appointment_date")
       WHERE status IN ('SUBMITTED', 'SUPPLEMENT_REQUIRED', 'RECEIVED', 'PROCESSING', 'AWAITING_APPROVAL')`,
  ],
  ['idx_dossiers_drafts_created', `"dossiers" ("agency_id", "created_at") WHERE status = 'DRAFT'`],
];
const POSTAL_HISTORY: [string, string] = [
  'idx_history_postal_at',
  `"dossier_history" ("at") WHERE action IN ('dispatch', 'deliver', 'return-to-sender')`,
];
const DISPATCH_HISTORY: [string, string] = [
  'idx_history_dispatch_at',
  `"dossier_history" ("at") WHERE action = 'dispatch'`,
];

/**
 * The indexes the reports' live part reads (ReportRollup), on the two biggest tables. Built
 * with CREATE INDEX CONCURRENTLY outside any transaction (`transaction = false`), so a deploy
 * never blocks writes to `dossiers` or `dossier_history` while they build; the wider postal
 * history index is in place before the dispatch-only one it replaces is dropped. Each step may
 * be run again: an index a failed concurrent build left invalid is dropped and built anew.
 *
 * `migration:revert` runs `down()` in a transaction unless given `--transaction none`; inside
 * one, `down()` falls back to plain (blocking) CREATE / DROP INDEX.
 */
export class ReportRollupIndexes1795690000001 implements MigrationInterface {
  name = 'ReportRollupIndexes1795690000001';
  transaction = false;

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const index of DOSSIER_INDEXES) await createIndex(queryRunner, index);
    await createIndex(queryRunner, POSTAL_HISTORY);
    await dropIndex(queryRunner, DISPATCH_HISTORY[0]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await createIndex(queryRunner, DISPATCH_HISTORY);
    await dropIndex(queryRunner, POSTAL_HISTORY[0]);
    for (const [name] of [...DOSSIER_INDEXES].reverse()) await dropIndex(queryRunner, name);
  }
}
