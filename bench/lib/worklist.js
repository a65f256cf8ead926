'use strict';
/**
 * The officials' work list at a million dossiers, shared by `npm run bench` (the API against
 * the raw baseline) and `npm run bench:web` (the console's page against the API).
 */

/** The demo specialist; the pre-fill assigns the dossiers in processing to them. */
const WORKLIST_OFFICIAL = 'chuyenvien@motcua.local';
const WORKLIST_SPECIALISTS = 99;

/**
 * A specialist's default queue (open work assigned to them, soonest due first, a page of 20),
 * as the console asks the API for it (apps/web work-list-query.ts `apiQueryOf`).
 */
const WORKLIST_API_PATH =
  '/api/v1/dossiers?page=1&limit=20&sort=appointmentDate&status=PROCESSING&assignee=me';

/**
 * The pre-fill gives every dossier it assigns to the one demo specialist (about 20,000 in
 * processing, over 900,000 in all). Real desks spread work over many specialists, a few
 * hundred open dossiers each and their share of the finished ones: share all of them out over
 * WORKLIST_SPECIALISTS synthetic colleagues (idempotent), so the list measures a realistic
 * load on a table of a million rows rather than one implausible in-tray. The finished ones
 * matter too: with 90 % of the table on one assignee, PostgreSQL's statistics say that
 * assignee has ~18,000 dossiers in processing (not ~200) and it plans the page by the agency
 * index, reading ~2,500 rows to find 20.
 */
async function spreadOpenWork(ctx) {
  const { rows } = await ctx.db.query(
    `SELECT u.id, u.agency_id, u.password_hash,
            (SELECT count(*)::int FROM dossiers WHERE assignee_id = u.id) AS assigned
       FROM users u WHERE u.email = $1`,
    [WORKLIST_OFFICIAL],
  );
  const official = rows[0];
  if (official.assigned <= 50_000) return;
  await ctx.db.query(
    `INSERT INTO users (email, full_name, password_hash, roles, agency_id)
     SELECT 'chuyenvien' || g || '@bench.motcua.local', 'Chuyên viên ' || g, $1, ARRAY['SPECIALIST'], $2
       FROM generate_series(1, $3) g
     ON CONFLICT DO NOTHING`,
    [official.password_hash, official.agency_id, WORKLIST_SPECIALISTS],
  );
  await ctx.db.query(
    `WITH specialists AS (
       SELECT id, row_number() OVER (ORDER BY email) - 1 AS n FROM users
        WHERE email = $1 OR email LIKE 'chuyenvien%@bench.motcua.local'
     ), work AS (
       SELECT id, row_number() OVER (ORDER BY id) AS n FROM dossiers WHERE assignee_id IS NOT NULL
     )
     UPDATE dossiers d SET assignee_id = s.id
       FROM work w JOIN specialists s ON s.n = w.n % (SELECT count(*) FROM specialists)
      WHERE d.id = w.id`,
    [WORKLIST_OFFICIAL],
  );
  await ctx.db.query('VACUUM ANALYZE dossiers');
  ctx.log(`worklist: assigned work shared out over ${WORKLIST_SPECIALISTS + 1} specialists`);
}

module.exports = { WORKLIST_OFFICIAL, WORKLIST_API_PATH, spreadOpenWork };
