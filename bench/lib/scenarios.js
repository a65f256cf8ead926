'use strict';
/**
 * What `npm run bench` measures. Each scenario is run against motcua and against the raw
 * baseline (bench/baseline/server.js), which must serve the same method and path doing the
 * same SQL. To add one:
 *   - `prepare(ctx)` (optional, async): anything it needs from the running API or the
 *     database (tokens, ids, sampled keys); `ctx` is described in run.js;
 *   - `request(ctx)`: autocannon options for one run (method/path/headers/body, or
 *     `requests` with a `setupRequest` to vary each request);
 *   - `target`: the minimum throughput ratio motcua/raw and the p99 ceiling it must meet;
 *   - the matching route in bench/baseline/server.js.
 */

const { OFFICIAL_PASSWORD } = require('./officials');
const { BENCH_CITIZEN, prepareFiling, call, expectStatus } = require('./citizen');
const { WORKLIST_OFFICIAL, WORKLIST_API_PATH, spreadOpenWork } = require('./worklist');

const TRACKING_SAMPLE = 10_000;

const scenarios = [
  {
    name: 'filing',
    title: 'POST /api/v1/dossiers',
    description:
      'a citizen files a dossier: JWT, validation, files check (1 SELECT), insert (1 CTE statement)',
    target: { minRatio: 0.6, maxP99Ms: 50 },
    prepare: async (ctx) => {
      const filing = await prepareFiling(ctx.apiUrl);
      const { rows } = await ctx.db.query(
        `SELECT u.id AS owner_id, p.id AS procedure_id, a.id AS agency_id, a.code AS agency_code
         FROM users u, procedures p JOIN agencies a ON a.id = p.agency_id
         WHERE u.national_id = $1 AND p.code = $2`,
        [filing.citizen.nationalId, filing.procedure.code],
      );
      ctx.filing = filing;
      // what the API knows from the token and its procedure cache, the baseline gets here
      Object.assign(ctx.baselineEnv, {
        FILING_OWNER_ID: rows[0].owner_id,
        FILING_PROCEDURE_ID: rows[0].procedure_id,
        FILING_AGENCY_ID: rows[0].agency_id,
        FILING_AGENCY_CODE: rows[0].agency_code,
      });
      ctx.log(
        `filing: procedure ${filing.procedure.code}, one test filing got ${filing.sampleCode}`,
      );
    },
    request: (ctx) => ({
      method: 'POST',
      path: '/api/v1/dossiers',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${ctx.filing.citizen.token}`,
      },
      body: JSON.stringify(ctx.filing.body),
    }),
  },
  {
    name: 'tracking',
    title: 'GET /api/v1/tracking/:code',
    description: 'public tracking by code, random among codes sampled from the pre-filled table',
    target: { minRatio: 0.8, maxP99Ms: 50 },
    prepare: async (ctx) => {
      const { rows } = await ctx.db.query(
        // the pre-filled dossiers, not those the filing scenario added
        `SELECT code FROM dossiers
         WHERE code IS NOT NULL AND status <> 'DRAFT' AND applicant_national_id <> $2
         ORDER BY random() LIMIT $1`,
        [TRACKING_SAMPLE, BENCH_CITIZEN.nationalId],
      );
      ctx.trackingCodes = rows.map((r) => r.code);
      ctx.log(`tracking: ${ctx.trackingCodes.length} codes sampled`);
    },
    request: (ctx) => {
      const codes = ctx.trackingCodes;
      return {
        requests: [
          {
            method: 'GET',
            setupRequest: (req) => {
              req.path = `/api/v1/tracking/${codes[Math.floor(Math.random() * codes.length)]}`;
              return req;
            },
          },
        ],
      };
    },
  },
  {
    name: 'worklist',
    title: 'GET /api/v1/dossiers?assignee=me&status=PROCESSING',
    description:
      "a specialist's open work, soonest due first: one page of 20 and its total (2 statements)",
    target: { minRatio: 0.8, maxP99Ms: 50 },
    prepare: async (ctx) => {
      await spreadOpenWork(ctx);
      const login = await call(ctx.apiUrl, 'POST', '/api/v1/auth/login', {
        json: { username: WORKLIST_OFFICIAL, password: OFFICIAL_PASSWORD },
      });
      ctx.worklistToken = expectStatus('log in the demo specialist', login, 200).accessToken;
      const { rows } = await ctx.db.query(
        `SELECT u.id AS user_id, u.agency_id,
                (SELECT count(*)::int FROM dossiers d WHERE d.assignee_id = u.id AND d.status = 'PROCESSING') AS open
           FROM users u WHERE u.email = $1`,
        [WORKLIST_OFFICIAL],
      );
      Object.assign(ctx.baselineEnv, {
        WORKLIST_USER_ID: rows[0].user_id,
        WORKLIST_AGENCY_ID: rows[0].agency_id,
      });
      ctx.log(`worklist: ${WORKLIST_OFFICIAL} holds ${rows[0].open} dossiers in processing`);
    },
    request: (ctx) => ({
      method: 'GET',
      path: WORKLIST_API_PATH,
      headers: { authorization: `Bearer ${ctx.worklistToken}` },
    }),
  },
  // the measure: one leader asking again and again ("p99 over repeated calls")
  reportScenario('report', 1, 'one leader, calls one after another'),
  // a few leaders at once, on the same target: a report is read by a few people, not a crowd
  reportScenario('report-4', 4, 'four leaders at once'),
];

/** A leader's summary of the year to date, asked by `connections` clients at once. */
function reportScenario(name, connections, who) {
  return {
    name,
    title: `GET /api/v1/reports/summary (a whole year; ${who})`,
    description:
      "a leader's summary of the year to date over the pre-filled table: the rollup's last day, then three grouped statements (rollup + live days, processing-time histogram, open dossiers and drafts now)",
    connections,
    target: { minRatio: 1 / 1.2, maxP99Ms: 1000 },
    prepare: async (ctx) => {
      const login = await call(ctx.apiUrl, 'POST', '/api/v1/auth/login', {
        json: { username: 'lanhdao@motcua.local', password: OFFICIAL_PASSWORD },
      });
      ctx.reportToken = expectStatus('log in the demo leader', login, 200).accessToken;
      const { rows } = await ctx.db.query(
        `SELECT agency_id, extract(year FROM now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS year,
                to_char(now() AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS today
           FROM users WHERE email = 'lanhdao@motcua.local'`,
      );
      ctx.reportPeriod = `from=${rows[0].year}-01-01&to=${rows[0].today}`;
      Object.assign(ctx.baselineEnv, { REPORT_AGENCY_ID: rows[0].agency_id });
    },
    request: (ctx) => ({
      method: 'GET',
      path: `/api/v1/reports/summary?${ctx.reportPeriod}`,
      headers: { authorization: `Bearer ${ctx.reportToken}` },
    }),
  };
}

module.exports = { scenarios };
