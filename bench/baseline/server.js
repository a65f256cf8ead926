'use strict';
/**
 * The raw baseline: Fastify + pg doing exactly the SQL work motcua does per request on the
 * benchmarked routes, and nothing else (no auth, no validation, no framework, no logging).
 * The statements are the API's own constants, loaded from the compiled API, so the two sides
 * cannot drift apart.
 *
 * Environment (run.js sets it):
 *   PORT, DATABASE_URL, DATABASE_POOL_SIZE (10, as the API's default)
 *   SQL_MODULE        compiled dossier.sql.js
 *   FILES_SQL_MODULE  compiled files.service.js (for FIND_OWNED_FILES_SQL)
 *   FILING_AGENCY_ID, FILING_AGENCY_CODE, FILING_PROCEDURE_ID, FILING_OWNER_ID
 *                     what the API knows from the JWT and its in-memory procedure cache
 */
const Fastify = require('fastify');
const { Pool } = require('pg');

const env = process.env;
const { INSERT_SUBMITTED_DOSSIER, SELECT_TRACKING } = require(required('SQL_MODULE'));
const { FIND_OWNED_FILES_SQL } = require(required('FILES_SQL_MODULE'));
const { buildDossierListQuery } = require(required('LIST_SQL_MODULE'));
const reportSql = require(required('REPORT_SQL_MODULE'));
if (!INSERT_SUBMITTED_DOSSIER || !SELECT_TRACKING || !FIND_OWNED_FILES_SQL) {
  console.error('baseline: the compiled API does not export the expected SQL; rebuild it');
  process.exit(1);
}
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
    const found = await pool.query(FIND_OWNED_FILES_SQL, [filing.ownerId, fileIds]);
    for (const row of found.rows) files.set(row.id, row);
  }
  const checked = [];
  for (const a of attachments) {
    const file = files.get(String(a.fileId).toLowerCase());
    if (!file) return reply.code(400).send({ detail: 'unknown file' });
    checked.push({ documentCode: a.documentCode, fileId: file.id, fileName: file.fileName });
  }
  const { day, prefix } = codeDay();
  const { rows } = await pool.query(INSERT_SUBMITTED_DOSSIER, [
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
  const { rows } = await pool.query(SELECT_TRACKING, [request.params.code]);
  if (rows.length === 0) return reply.code(404).send({ detail: 'not found' });
  return rows[0];
});

// an official's work list: the API's own SQL builder with the same filters; who is asking
// (agency, user) is what the API reads from the token
app.get('/api/v1/dossiers', async (request) => {
  const q = request.query;
  const limit = Number(q.limit || 20);
  const page = Number(q.page || 1);
  const query = buildDossierListQuery(
    { agencyId: env.WORKLIST_AGENCY_ID },
    {
      status: q.status,
      assigneeId: q.assignee === 'me' ? env.WORKLIST_USER_ID : q.assignee,
      sort: q.sort,
      today: codeDay().day,
    },
    { offset: (page - 1) * limit, limit },
  );
  const [rows, count] = await Promise.all([
    pool.query(query.rowsSql, query.rowsParams),
    pool.query(query.countSql, query.countParams),
  ]);
  return { items: rows.rows, total: count.rows[0].total, page, limit };
});

// a leader's summary: the API's own report statements (the rollup's last day, then three in
// parallel), as the API runs them
app.get('/api/v1/reports/summary', async (request) => {
  const state = await pool.query(
    "SELECT to_char(closed_through, 'YYYY-MM-DD') AS closed FROM report_rollup_state",
  );
  const scope = {
    from: request.query.from,
    to: request.query.to,
    agencyId: env.REPORT_AGENCY_ID,
    today: codeDay().day,
    closedThrough: state.rows[0]?.closed ?? null,
  };
  const queries = [
    reportSql.factsByProcedureQuery(scope),
    reportSql.processingByProcedureQuery(scope),
    reportSql.nowQuery(scope),
  ];
  const [facts, processing, now] = await Promise.all(
    queries.map((q) => pool.query(q.sql, q.params)),
  );
  return { facts: facts.rows, processing: processing.rows, now: now.rows[0] };
});

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
