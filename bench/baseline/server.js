'use strict';
/**
 * The raw baseline: Fastify + pg doing exactly the SQL work motcua does per request on the
 * benchmarked routes, and nothing else (no auth, no validation, no framework, no logging).
 * The statements are the baseline's own (sql.js): a fixed reference the API is measured
 * against, so a change that makes the API's SQL slower shows in the ratio.
 *
 * Environment (run.js sets it):
 *   PORT, DATABASE_URL, DATABASE_POOL_SIZE (10, as the API's default)
 *   FILING_AGENCY_ID, FILING_AGENCY_CODE, FILING_PROCEDURE_ID, FILING_OWNER_ID
 *                     what the API knows from the JWT and its in-memory procedure cache
 */
const Fastify = require('fastify');
const { Pool } = require('pg');

const env = process.env;
const sql = require('./sql');
// set only when the filing scenario runs (BENCH_SCENARIOS may pick others)
const filing = {
  agencyId: env.FILING_AGENCY_ID,
  agencyCode: env.FILING_AGENCY_CODE ?? '',
  procedureId: env.FILING_PROCEDURE_ID,
  ownerId: env.FILING_OWNER_ID,
};

const pool = new Pool({
  connectionString: required('DATABASE_URL'),
  max: Number(env.DATABASE_POOL_SIZE || 10),
  application_name: 'motcua-bench-baseline',
});

// the same calendar as the API: the Vietnamese date of now, then `<agency>-<YYMMDD>-`;
// worked out at most once a second, as cheap as a minimal server would make it
const vietnamDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
let today = { until: 0, day: '', prefix: '' };
function codeDay() {
  const now = Date.now();
  if (now >= today.until) {
    const day = vietnamDay.format(now);
    const yymmdd = `${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}`;
    today = { until: now + 1000, day, prefix: `${filing.agencyCode}-${yymmdd}-` };
  }
  return today;
}

const app = Fastify({ logger: false });

app.get('/health', async () => ({ status: 'ok' }));

app.post('/api/v1/dossiers', async (request, reply) => {
  const body = request.body;
  const attachments = Array.isArray(body.attachments) ? body.attachments : [];
  const fileIds = [...new Set(attachments.map((a) => String(a.fileId).toLowerCase()))];
  const files = new Map();
  if (fileIds.length > 0) {
    const found = await pool.query(sql.FIND_OWNED_FILES_SQL, [filing.ownerId, fileIds]);
    for (const row of found.rows) files.set(row.id, row);
  }
  const checked = [];
  for (const a of attachments) {
    const file = files.get(String(a.fileId).toLowerCase());
    if (!file) return reply.code(400).send({ detail: 'unknown file' });
    checked.push({ documentCode: a.documentCode, fileId: file.id, fileName: file.fileName });
  }
  const { day, prefix } = codeDay();
  const { rows } = await pool.query(sql.INSERT_SUBMITTED_DOSSIER, [
    filing.agencyId,
    day,
    prefix,
    filing.procedureId,
    filing.ownerId,
    JSON.stringify(body.formData ?? {}),
    JSON.stringify(checked),
    body.deliveryMethod ?? 'COUNTER',
    body.deliveryAddress ? JSON.stringify(body.deliveryAddress) : null,
  ]);
  if (rows.length === 0) return reply.code(403).send({ detail: 'no such applicant' });
  return reply.code(201).send(rows[0]);
});

app.get('/api/v1/tracking/:code', async (request, reply) => {
  const { rows } = await pool.query(sql.SELECT_TRACKING, [request.params.code]);
  if (rows.length === 0) return reply.code(404).send({ detail: 'not found' });
  return rows[0];
});

// an official's work list, as the bench asks for it: assigned to me, PROCESSING, by
// appointment date; who is asking (agency, user) is what the API reads from the token
app.get('/api/v1/dossiers', async (request) => {
  const q = request.query;
  const limit = Number(q.limit || 20);
  const page = Number(q.page || 1);
  const filter = [env.WORKLIST_AGENCY_ID, q.status, env.WORKLIST_USER_ID];
  const [rows, count] = await Promise.all([
    pool.query(sql.WORKLIST_ROWS, [...filter, limit, (page - 1) * limit]),
    pool.query(sql.WORKLIST_COUNT, filter),
  ]);
  return { items: rows.rows, total: count.rows[0].total, page, limit };
});

// a leader's summary: the rollup's last day, then three statements in parallel; the period
// runs from before the rollup's last day to today, so it is read partly rolled up, partly live
app.get('/api/v1/reports/summary', async (request, reply) => {
  const { from, to } = request.query;
  const state = await pool.query(
    "SELECT to_char(closed_through, 'YYYY-MM-DD') AS closed FROM report_rollup_state",
  );
  const closed = state.rows[0]?.closed ?? null;
  if (closed === null || closed < from || closed >= to) {
    return reply.code(500).send({ detail: 'the baseline expects a period the rollup splits' });
  }
  const agency = env.REPORT_AGENCY_ID;
  const today = codeDay().day;
  const split = [from, closed, agency, dayAfter(closed), to, agency];
  const [facts, processing, now] = await Promise.all([
    pool.query(sql.REPORT_FACTS, split),
    pool.query(sql.REPORT_PROCESSING, split),
    pool.query(sql.REPORT_NOW, [from, to, today, agency, agency]),
  ]);
  return { facts: facts.rows, processing: processing.rows, now: now.rows[0] };
});

function dayAfter(day) {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

function required(name) {
  const value = env[name];
  if (!value) {
    console.error(`baseline: missing ${name}`);
    process.exit(1);
  }
  return value;
}

async function shutdown() {
  await app.close();
  await pool.end();
  process.exit(0);
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

app.listen({ port: Number(env.PORT || 3101), host: '127.0.0.1' }).catch((error) => {
  console.error('baseline failed to start:', error);
  process.exit(1);
});
