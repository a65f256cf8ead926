'use strict';
/**
 * `npm run bench:web`: the citizen portal's weight and speed (docs/performance.md). Not a test.
 *
 * For the home, procedure, filing-step, tracking and console work-list pages: the bytes a first
 * visit downloads (compressed HTML + CSS + JS, nothing cached), Lighthouse 12 scores (mobile
 * preset, performance and accessibility) in Debian's Chromium; then, on a table of a million
 * dossiers, each page's throughput beside the API route it is built from, measured in the same
 * run, alternately, medians of rounds: the tracking page against the API's tracking JSON, the
 * console's work list (a specialist's default queue, signed in through the console) against
 * the API's work list with the same official's token and filters.
 *
 * Environment (all optional):
 *   BENCH_WEB_DATABASE_URL  postgres://postgres@127.0.0.1:5432/motcua_bench_web (made and seeded)
 *   BENCH_PREFILL   dossiers the table must hold (1000000; pre-filled once, as npm run bench)
 *   BENCH_WEB_API_PORT / BENCH_WEB_PORT   3200 / 3201
 *   BENCH_WEB_SCENARIOS  throughput comparisons to run (tracking,worklist)
 *   BENCH_DURATION  measured seconds per run (10)    BENCH_WARMUP  warm-up seconds (3)
 *   BENCH_ROUNDS    rounds, medians reported (3)     BENCH_CONNECTIONS  (20)
 *   BENCH_LIGHTHOUSE=0  skip Lighthouse              CHROME_PATH  (/usr/bin/chromium)
 *   BENCH_WEB_NODE_ARGS  node options of the portal's process, e.g.
 *                       "--cpu-prof --cpu-prof-dir=bench/results/prof" (see profile-summary.js)
 */
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { startServer, waitUntilReady, stopAll } = require('./lib/processes');
const { measure, warmUp, median } = require('./lib/measure');
const { cpuSnapshot, cpuMsPerRequest } = require('./lib/machine');
const { Client } = require('pg');
const { prepareFiling, BENCH_CITIZEN, call, expectStatus } = require('./lib/citizen');
const { prefill, demoAgencyFacts } = require('./lib/prefill');
const { WORKLIST_OFFICIAL, WORKLIST_API_PATH, spreadOpenWork } = require('./lib/worklist');

const ROOT = path.resolve(__dirname, '..');
const API_MAIN = path.join(ROOT, 'dist/apps/api/apps/api/src/main.js');
const WEB_MAIN = path.join(ROOT, 'dist/apps/web/apps/web/src/main.js');
const DIST_LIBS = path.join(ROOT, 'dist/apps/api/libs');
const RESULTS_DIR = path.join(__dirname, 'results');
const env = process.env;
const config = {
  databaseUrl: env.BENCH_WEB_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/motcua_bench_web',
  apiPort: Number(env.BENCH_WEB_API_PORT || 3200),
  webPort: Number(env.BENCH_WEB_PORT || 3201),
  durationSeconds: Number(env.BENCH_DURATION || 10),
  warmupSeconds: Number(env.BENCH_WARMUP ?? 3),
  rounds: Number(env.BENCH_ROUNDS || 3),
  connections: Number(env.BENCH_CONNECTIONS || 20),
  prefillTarget: Number(env.BENCH_PREFILL ?? 1_000_000),
  comparisons: (env.BENCH_WEB_SCENARIOS || 'tracking,worklist').split(',').map((s) => s.trim()),
  lighthouse: env.BENCH_LIGHTHOUSE !== '0',
  chromePath: env.CHROME_PATH || '/usr/bin/chromium',
};
const TARGETS = {
  kilobytes: 30,
  performance: 95,
  accessibility: 100,
  trackingRatio: 0.5,
  worklistRatio: 0.5,
};
/** The console's work list: with no filter in the address, the official's default queue. */
const WORK_LIST_PAGE = '/can-bo/ho-so';
const apiUrl = `http://127.0.0.1:${config.apiPort}`;
const webUrl = `http://127.0.0.1:${config.webPort}`;
const log = (message) => console.log(`[bench:web] ${message}`);

/** A GET with the browser's Accept-Encoding; counts the bytes of the body as sent (compressed). */
function rawGet(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const request = http.get(
      url,
      { headers: { 'accept-encoding': 'br, gzip', ...headers } },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    request.on('error', reject);
  });
}

function decode(response) {
  const zlib = require('node:zlib');
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(response.body).toString('utf8');
  if (encoding === 'gzip') return zlib.gunzipSync(response.body).toString('utf8');
  return response.body.toString('utf8');
}

/** What a first visit downloads: the page, then every stylesheet, script and image it links. */
async function firstVisitBytes(pagePath, cookie) {
  const headers = cookie ? { cookie } : {};
  const page = await rawGet(`${webUrl}${pagePath}`, headers);
  if (page.status !== 200) throw new Error(`${pagePath} answered ${page.status}`);
  const html = decode(page);
  const linked = [
    ...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<img[^>]+src="(\/[^"]+)"/g),
  ].map((m) => m[1]);
  let assets = 0;
  for (const href of new Set(linked))
    assets += (await rawGet(`${webUrl}${href}`, headers)).body.length;
  return {
    htmlBytes: page.body.length,
    assetBytes: assets,
    totalBytes: page.body.length + assets,
    encoding: page.headers['content-encoding'] ?? 'none',
    assets: [...new Set(linked)],
  };
}

/** Lighthouse 12, mobile preset (its default), through npx, in Debian's Chromium. */
function lighthouse(pagePath, cookie) {
  const args = [
    '--yes',
    'lighthouse@12',
    `${webUrl}${pagePath}`,
    '--quiet',
    '--output=json',
    '--output-path=stdout',
    '--only-categories=performance,accessibility',
    '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
  ];
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`);
  return new Promise((resolve) => {
    execFile(
      'npx',
      args,
      { env: { ...process.env, CHROME_PATH: config.chromePath }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && !stdout) {
          resolve({ error: (stderr || error.message).split('\n').slice(-3).join(' ') });
          return;
        }
        try {
          const report = JSON.parse(stdout);
          const audit = (id) => report.audits[id]?.numericValue;
          resolve({
            performance: Math.round(report.categories.performance.score * 100),
            accessibility: Math.round(report.categories.accessibility.score * 100),
            lighthouseVersion: report.lighthouseVersion,
            firstContentfulPaintMs: Math.round(audit('first-contentful-paint')),
            largestContentfulPaintMs: Math.round(audit('largest-contentful-paint')),
            totalBlockingTimeMs: Math.round(audit('total-blocking-time')),
            cumulativeLayoutShift: audit('cumulative-layout-shift'),
            failedAccessibilityAudits: Object.values(report.audits)
              .filter(
                (a) =>
                  a.score === 0 &&
                  report.categories.accessibility.auditRefs.some((r) => r.id === a.id),
              )
              .map((a) => a.id),
          });
        } catch (parseError) {
          resolve({ error: `unreadable Lighthouse output: ${parseError.message}` });
        }
      },
    );
  });
}

/** Signs the bench citizen in through the portal's own form; returns the session cookie. */
async function portalSignIn() {
  const form = await fetch(`${webUrl}/dang-nhap`);
  const cookie = (form.headers.get('set-cookie') ?? '').split(';')[0];
  const html = await form.text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  const loginName =
    /<input[^>]+type="(?:text|email)"[^>]*name="([^"]+)"/.exec(html)?.[1] ??
    /<input[^>]+name="([^"]+)"[^>]*type="(?:text|email)"/.exec(html)?.[1];
  if (!csrf || !loginName) throw new Error('sign-in form not understood');
  const body = new URLSearchParams({
    _csrf: csrf,
    [loginName]: BENCH_CITIZEN.nationalId,
    password: BENCH_CITIZEN.password,
  });
  const signedIn = await fetch(`${webUrl}/dang-nhap`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body,
    redirect: 'manual',
  });
  if (signedIn.status !== 303 && signedIn.status !== 302)
    throw new Error(`portal sign-in answered ${signedIn.status}`);
  return (signedIn.headers.get('set-cookie') ?? cookie).split(';')[0];
}

/** Starts a filing through the portal: the address of its first step, and the session then. */
async function firstFilingStep(cookie, procedureCode) {
  const start = await fetch(`${webUrl}/nop-ho-so/${procedureCode}`, { headers: { cookie } });
  if (start.status !== 200) throw new Error(`filing start answered ${start.status}`);
  // the page made the session's CSRF secret: the cookie changed
  const sessionCookie = (start.headers.get('set-cookie') ?? cookie).split(';')[0];
  const html = await start.text();
  const form =
    [...html.matchAll(/<form[^>]+method="post"[^>]*>[\s\S]*?<\/form>/g)]
      .map((m) => m[0])
      .find((f) => f.includes(`action="/nop-ho-so/`)) ?? '';
  const fields = new URLSearchParams();
  for (const m of form.matchAll(/<input[^>]+type="hidden"[^>]*>/g)) {
    const name = /name="([^"]+)"/.exec(m[0])?.[1];
    const value = /value="([^"]*)"/.exec(m[0])?.[1] ?? '';
    if (name) fields.set(name, value.replace(/&amp;/g, '&'));
  }
  const action = /<form[^>]+action="([^"]+)"/.exec(form)?.[1] ?? `/nop-ho-so/${procedureCode}`;
  const created = await fetch(`${webUrl}${action}`, {
    method: 'POST',
    headers: { cookie: sessionCookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: fields,
    redirect: 'manual',
  });
  const location = created.headers.get('location');
  if (!location) throw new Error(`starting a filing answered ${created.status}`);
  return {
    stepPath: location,
    cookie: (created.headers.get('set-cookie') ?? sessionCookie).split(';')[0],
  };
}

/**
 * Signs an official in through the console's own sign-in form, as a browser would; returns
 * the sealed session cookie that holds their tokens.
 */
async function consoleSignIn(email, password) {
  const form = await fetch(`${webUrl}/can-bo/dang-nhap`);
  const cookie = (form.headers.get('set-cookie') ?? '').split(';')[0];
  const html = await form.text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  const emailName =
    /<input[^>]+type="email"[^>]*name="([^"]+)"/.exec(html)?.[1] ??
    /<input[^>]+name="([^"]+)"[^>]*type="email"/.exec(html)?.[1];
  if (!csrf || !emailName) throw new Error('console sign-in form not understood');
  const signedIn = await fetch(`${webUrl}/can-bo/dang-nhap`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, [emailName]: email, password }),
    redirect: 'manual',
  });
  if (signedIn.status !== 303 && signedIn.status !== 302)
    throw new Error(`console sign-in answered ${signedIn.status}`);
  return (signedIn.headers.get('set-cookie') ?? cookie).split(';')[0];
}

/**
 * Requests that carry a session cookie the way a browser does: each connection sends the
 * latest cookie the portal set on it (the console re-seals the session now and then, to note
 * the official's activity), so the bench measures what a signed-in official's browser costs.
 */
function withSessionCookie(pagePath, cookie) {
  return {
    requests: [
      {
        method: 'GET',
        path: pagePath,
        setupRequest: (request, context) => ({
          ...request,
          headers: { ...request.headers, cookie: context.cookie ?? cookie },
        }),
        onResponse: (_status, _body, context, headers) => {
          const set = headers['set-cookie'] ?? headers['Set-Cookie'];
          const session = (Array.isArray(set) ? set : set ? [set] : [])
            .map((c) => c.split(';')[0])
            .find((c) => c.startsWith(`${cookie.split('=')[0]}=`));
          if (session) context.cookie = session;
        },
      },
    ],
  };
}

/** Brings the database to `config.prefillTarget` dossiers, their work spread as in `npm run bench`. */
async function prefillDossiers() {
  const db = new Client({ connectionString: config.databaseUrl });
  await db.connect();
  try {
    const agency = await demoAgencyFacts(db);
    const filled = await prefill(db, {
      agencyId: agency.agency_id,
      agencyCode: agency.agency_code,
      specialistId: agency.specialist_id,
      target: config.prefillTarget,
      log,
    });
    await spreadOpenWork({ db, log });
    const { rows } = await db.query(
      `SELECT (SELECT count(*)::int FROM dossiers) AS dossiers,
              (SELECT count(*)::int FROM dossiers d JOIN users u ON u.id = d.assignee_id
                WHERE u.email = $1 AND d.status = 'PROCESSING') AS open`,
      [WORKLIST_OFFICIAL],
    );
    log(
      `${rows[0].dossiers} dossiers (${filled.inserted} added now); ${WORKLIST_OFFICIAL} holds ${rows[0].open} in processing`,
    );
    return { ...filled, dossiers: rows[0].dossiers, worklistOpen: rows[0].open };
  } finally {
    await db.end();
  }
}

/**
 * The work-list comparison: the same specialist signed in at the console (session cookie)
 * and at the API (bearer token), the same queue. Checks that both show the same total first.
 */
async function prepareWorklist(demoPassword) {
  const login = await call(apiUrl, 'POST', '/api/v1/auth/login', {
    json: { username: WORKLIST_OFFICIAL, password: demoPassword },
  });
  const token = expectStatus('log in the demo specialist', login, 200).accessToken;
  const cookie = await consoleSignIn(WORKLIST_OFFICIAL, demoPassword);
  const apiList = expectStatus(
    'the API work list',
    await call(apiUrl, 'GET', WORKLIST_API_PATH, { token }),
    200,
  );
  const page = await fetch(`${webUrl}${WORK_LIST_PAGE}`, { headers: { cookie } });
  const html = await page.text();
  const heading = /<h2 id="ket-qua">([^<]*)<\/h2>/.exec(html)?.[1] ?? '';
  const pageTotal = Number(heading.replace(/\D/g, ''));
  if (page.status !== 200 || pageTotal !== apiList.total) {
    throw new Error(
      `the console's work list (${page.status}, "${heading}") is not the API's (${apiList.total} dossiers)`,
    );
  }
  log(`work list: ${apiList.total} dossiers in ${WORKLIST_OFFICIAL}'s queue, page and API agree`);
  return { token, cookie };
}

/**
 * One page against the API route it is built from: a warm-up of each, then rounds, the order
 * alternating, medians; with the CPU time each process spends per request.
 */
async function compare(name, sides, servers) {
  const ownPids = [servers.api.child.pid, servers.web.child.pid, process.pid];
  for (const side of Object.values(sides)) {
    await warmUp({
      url: side.url,
      request: side.request,
      connections: config.connections,
      seconds: 5,
    });
  }
  const runs = { api: [], portal: [] };
  for (let round = 1; round <= config.rounds; round++) {
    for (const sideName of round % 2 ? ['api', 'portal'] : ['portal', 'api']) {
      const side = sides[sideName];
      if (config.warmupSeconds > 0) {
        await warmUp({
          url: side.url,
          request: side.request,
          connections: config.connections,
          seconds: config.warmupSeconds,
        });
      }
      const before = cpuSnapshot(ownPids);
      const result = await measure({
        url: side.url,
        request: side.request,
        connections: config.connections,
        warmupSeconds: 0,
        durationSeconds: config.durationSeconds,
        ownPids,
        serverPid: side.pid,
      });
      // each portal page also costs the API one call: its CPU meanwhile, per page
      result.apiCpuMsPerRequest = cpuMsPerRequest(
        servers.api.child.pid,
        before,
        cpuSnapshot(ownPids),
        result.requests,
      );
      if (result.non2xx || result.errors)
        throw new Error(`${name} ${sideName}: ${result.non2xx} non-2xx, ${result.errors} errors`);
      runs[sideName].push(result);
      log(
        `${name} round ${round} ${sideName}: ${Math.round(result.requestsPerSecond)} req/s, p99 ${result.p99Ms} ms, other programs ${Math.round((result.foreignCpu ?? 0) * 100)}% of the machine`,
      );
    }
  }
  const rps = (side) => median(runs[side].map((r) => r.requestsPerSecond));
  const throughput = {
    apiRequestsPerSecond: Math.round(rps('api')),
    portalRequestsPerSecond: Math.round(rps('portal')),
    ratio: Number((rps('portal') / rps('api')).toFixed(2)),
    // rounds pair the two sides close in time: the median of per-round ratios cancels drift
    ratioOfRounds: Number(
      median(
        runs.api.map((r, i) => runs.portal[i].requestsPerSecond / r.requestsPerSecond),
      ).toFixed(2),
    ),
    apiP99Ms: median(runs.api.map((r) => r.p99Ms)),
    portalP99Ms: median(runs.portal.map((r) => r.p99Ms)),
    foreignCpu: median([...runs.api, ...runs.portal].map((r) => r.foreignCpu ?? 0)),
  };
  // CPU per request, which moves far less than requests/s on a shared machine: the API's
  // route costs the API alone; a portal page costs the portal and the API's call
  const cpu = (side, key) => Number(median(runs[side].map((r) => r[key] ?? NaN)).toFixed(3));
  throughput.apiCpuMsPerRequest = cpu('api', 'apiCpuMsPerRequest');
  throughput.portalCpuMsPerRequest = cpu('portal', 'serverCpuMsPerRequest');
  throughput.apiCpuMsPerPortalRequest = cpu('portal', 'apiCpuMsPerRequest');
  throughput.cpuBoundRatio = Number(
    (
      throughput.apiCpuMsPerRequest /
      (throughput.portalCpuMsPerRequest + throughput.apiCpuMsPerPortalRequest)
    ).toFixed(2),
  );
  return { throughput, runs };
}

async function main() {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const loadAverageAtStart = os.loadavg().map((n) => Number(n.toFixed(2)));
  for (const file of [API_MAIN, WEB_MAIN]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  }
  const unknown = config.comparisons.filter((name) => !COMPARISONS.includes(name));
  if (unknown.length > 0) throw new Error(`no comparison named ${unknown.join(', ')}`);
  log(`API on ${apiUrl}, portal on ${webUrl}, database ${config.databaseUrl}`);
  log(`load average at start ${loadAverageAtStart.join(' ')} on ${os.cpus().length} cores`);
  const api = startServer(
    'API',
    API_MAIN,
    {
      NODE_ENV: 'development',
      SEED_DEMO: 'true',
      DATABASE_URL: config.databaseUrl,
      PORT: String(config.apiPort),
      LOG_LEVEL: 'warn',
      TRUST_PROXY: '127.0.0.1,::1',
      TRACKING_RATE_LIMIT_PER_MINUTE: '100000000',
      AUTH_RATE_LIMIT_PER_MINUTE: '100000000',
      // the bench citizen is registered again (409) by every scenario of every run
      REGISTER_CONFLICTS_PER_HOUR: '100000000',
      // no token is refreshed during the run, on either side
      JWT_ACCESS_TTL_SECONDS: '86400',
      FILE_STORAGE_DIR: path.join(ROOT, 'var/bench-web/files'),
      PUBLIC_BASE_URL: webUrl,
      QUEUE_PREFIX: 'motcua-bench-web',
    },
    path.join(RESULTS_DIR, `${stamp}-web-api.log`),
  );
  await waitUntilReady(api, `${apiUrl}/health`);
  const prefilled = await prefillDossiers();
  const web = startServer(
    'portal',
    WEB_MAIN,
    {
      NODE_ENV: 'production',
      SESSION_SECRET: randomBytes(32).toString('hex'),
      WEB_PORT: String(config.webPort),
      API_URL: apiUrl,
      PUBLIC_BASE_URL: webUrl,
      LOG_LEVEL: 'warn',
    },
    path.join(RESULTS_DIR, `${stamp}-web.log`),
    (env.BENCH_WEB_NODE_ARGS || '').split(' ').filter(Boolean),
  );
  await waitUntilReady(web, `${webUrl}/tra-cuu`);

  const { DEMO_PASSWORD } = require(path.join(DIST_LIBS, 'database/src/seed/demo-data.js'));
  const filing = await prepareFiling(apiUrl);
  const code = filing.sampleCode;
  const { stepPath, cookie } = await firstFilingStep(await portalSignIn(), filing.procedure.code);
  const worklist = await prepareWorklist(DEMO_PASSWORD);
  const pages = [
    { name: 'home', path: '/' },
    { name: 'procedure', path: `/thu-tuc/${filing.procedure.code}` },
    { name: 'filing step', path: stepPath, cookie },
    { name: 'tracking', path: `/tra-cuu/${code}` },
    { name: 'console work list', path: WORK_LIST_PAGE, cookie: worklist.cookie },
  ];

  for (const page of pages) {
    page.bytes = await firstVisitBytes(page.path, page.cookie);
    log(`${page.name}: ${page.bytes.totalBytes} bytes (${page.bytes.encoding})`);
    if (config.lighthouse) {
      page.lighthouse = await lighthouse(page.path, page.cookie);
      log(`${page.name}: Lighthouse ${JSON.stringify(page.lighthouse)}`);
    }
  }

  const servers = { api, web };
  const sides = {
    tracking: {
      api: { url: apiUrl, request: { path: `/api/v1/tracking/${code}` }, pid: api.child.pid },
      portal: { url: webUrl, request: { path: `/tra-cuu/${code}` }, pid: web.child.pid },
    },
    worklist: {
      api: {
        url: apiUrl,
        request: {
          path: WORKLIST_API_PATH,
          headers: { authorization: `Bearer ${worklist.token}` },
        },
        pid: api.child.pid,
      },
      portal: {
        url: webUrl,
        request: withSessionCookie(WORK_LIST_PAGE, worklist.cookie),
        pid: web.child.pid,
      },
    },
  };
  const comparisons = {};
  for (const name of config.comparisons) {
    comparisons[name] = await compare(name, sides[name], servers);
  }

  const summary = {
    at: new Date().toISOString(),
    node: process.version,
    machine: { loadAverageAtStart, cpus: os.cpus().length, loadAverageAtEnd: os.loadavg() },
    config,
    targets: TARGETS,
    prefilled,
    pages,
    comparisons,
  };
  const file = path.join(RESULTS_DIR, `${stamp}-web.json`);
  fs.writeFileSync(file, JSON.stringify(summary, null, 2));
  printTable(pages, comparisons);
  log(`results: ${path.relative(ROOT, file)}`);
}

const COMPARISONS = ['tracking', 'worklist'];
const LABELS = {
  tracking: {
    api: 'API `/api/v1/tracking/:code` (JSON)',
    portal: 'portal `/tra-cuu/:code` (HTML)',
  },
  worklist: {
    api: 'API `/api/v1/dossiers?status=PROCESSING&assignee=me…` (JSON)',
    portal: 'console `/can-bo/ho-so` (HTML, signed in)',
  },
};

function printTable(pages, comparisons) {
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  const lines = [
    '',
    '| page | HTML KB | CSS+JS KB | first visit KB (≤ 30) | performance (≥ 95) | accessibility (100) |',
    '|---|---|---|---|---|---|',
    ...pages.map((p) => {
      const lh = p.lighthouse ?? {};
      const score = (v) => (v === undefined ? (lh.error ? 'error' : 'n/a') : String(v));
      return `| ${p.name} | ${kb(p.bytes.htmlBytes)} | ${kb(p.bytes.assetBytes)} | ${kb(p.bytes.totalBytes)} | ${score(lh.performance)} | ${score(lh.accessibility)} |`;
    }),
  ];
  for (const [name, { throughput: t }] of Object.entries(comparisons)) {
    lines.push(
      '',
      `| ${name} | req/s (median) | p99 ms | CPU ms per request |`,
      '|---|---|---|---|',
      `| ${LABELS[name].api} | ${t.apiRequestsPerSecond} | ${t.apiP99Ms} | ${t.apiCpuMsPerRequest} (API) |`,
      `| ${LABELS[name].portal} | ${t.portalRequestsPerSecond} | ${t.portalP99Ms} | ${t.portalCpuMsPerRequest} (portal) + ${t.apiCpuMsPerPortalRequest} (API's call) |`,
      `| ratio page / API (≥ 0.5) | **${t.ratio}** (median of rounds' ratios ${t.ratioOfRounds}) | | ${t.cpuBoundRatio} when CPU alone limits both |`,
      '',
      `Other programs used ${Math.round(t.foreignCpu * 100)}% of the machine during the ${name} runs (median).`,
    );
  }
  lines.push('');
  console.log(lines.join('\n'));
}

main()
  .catch((error) => {
    console.error(`[bench:web] ${error.stack ?? error}`);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
