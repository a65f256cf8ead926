'use strict';
/**
 * `npm run bench`: motcua against a raw Fastify + pg server doing the same SQL, side by side
 * in one session, on a database pre-filled to 1,000,000 dossiers. See docs/performance.md.
 *
 * Environment (all optional):
 *   BENCH_DATABASE_URL  postgres://postgres@127.0.0.1:5432/motcua_bench
 *   BENCH_DURATION      measured seconds per run (10)       BENCH_WARMUP  warm-up seconds (3)
 *   BENCH_WARMUP_PASS   seconds of unmeasured load per scenario and side before round 1 (10)
 *   BENCH_AT_RATE       latency also at this share of raw's throughput, open loop (0.5; 0: not)
 *   BENCH_ROUNDS        rounds, medians reported (1)        BENCH_CONNECTIONS  (50)
 *   BENCH_PREFILL       dossiers in the table (1000000)     BENCH_POOL_SIZE  pg pool, both sides (10)
 *   BENCH_SCENARIOS     comma-separated names (all)         BENCH_API_PORT / BENCH_RAW_PORT (3100 / 3101)
 *   BENCH_STRICT=1      exit 1 when a target is missed (an invalid run always exits 1)
 *   BENCH_API_NODE_ARGS extra node flags for the API, e.g. "--cpu-prof --cpu-prof-dir=bench/results/prof"
 *   BENCH_WORKER_NODE_ARGS the same for the worker and the raw queue workers (queue scenario)
 *   BENCH_RAW_NODE_ARGS the same for the raw baseline server
 *   BENCH_QUEUE_JOBS    intake jobs per side and round (2000)   BENCH_QUEUE_WARMUP_JOBS (200)
 *   BENCH_QUEUE_FILES / BENCH_QUEUE_FILE_KB  attachments the jobs hash (20 files of 100 KB)
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { Client } = require('pg');
const { startServer, waitUntilReady, stopAll } = require('./lib/processes');
const { prefill, prefillHistory, demoAgencyFacts } = require('./lib/prefill');
const { buildRollup } = require('./lib/rollup');
const { scenarios: allScenarios } = require('./lib/scenarios');
const { measure, warmUp, smokeTest, median } = require('./lib/measure');
const { printTable } = require('./lib/report');
const { measureAtRate } = require('./lib/open-loop');
const queueBench = require('./lib/queue-throughput');
const { prepareBenchDatabase } = require('./lib/officials');

const ROOT = path.resolve(__dirname, '..');
const API_MAIN = path.join(ROOT, 'dist/apps/api/apps/api/src/main.js');
// the raw baseline runs the API's own statements, taken from the compiled code
const ROLLUP_MODULE = path.join(
  ROOT,
  'dist/apps/api/libs/database/src/repositories/report-rollup.repository.js',
);
const RESULTS_DIR = path.join(__dirname, 'results');

const env = process.env;
const config = {
  databaseUrl: env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/motcua_bench',
  durationSeconds: Number(env.BENCH_DURATION || 10),
  warmupSeconds: Number(env.BENCH_WARMUP ?? 3),
  warmupPassSeconds: Number(env.BENCH_WARMUP_PASS ?? 10),
  atRateShare: Number(env.BENCH_AT_RATE ?? 0.5),
  rounds: Number(env.BENCH_ROUNDS || 1),
  connections: Number(env.BENCH_CONNECTIONS || 50),
  prefillTarget: Number(env.BENCH_PREFILL ?? 1_000_000),
  poolSize: Number(env.BENCH_POOL_SIZE || 10),
  apiPort: Number(env.BENCH_API_PORT || 3100),
  rawPort: Number(env.BENCH_RAW_PORT || 3101),
  only: env.BENCH_SCENARIOS ? env.BENCH_SCENARIOS.split(',').map((s) => s.trim()) : null,
  strict: env.BENCH_STRICT === '1',
  apiNodeArgs: (env.BENCH_API_NODE_ARGS || '').split(' ').filter(Boolean),
  workerNodeArgs: (env.BENCH_WORKER_NODE_ARGS || '').split(' ').filter(Boolean),
  rawNodeArgs: (env.BENCH_RAW_NODE_ARGS || '').split(' ').filter(Boolean),
};
/** The queue scenario is not an HTTP one: it has its own runner (bench/lib/queue-throughput.js). */
const QUEUE_SCENARIO = 'queue';

const log = (message) => console.log(`[bench] ${message}`);
const loadAtStart = os.loadavg().map((n) => Number(n.toFixed(2)));

/** Builds the API when dist is missing or older than any source or config file. */
function ensureBuilt() {
  const builtAt = [
    API_MAIN,
    ROLLUP_MODULE,
    queueBench.WORKER_MAIN,
    ...Object.values(queueBench.MODULES),
  ].every((f) => fs.existsSync(f))
    ? fs.statSync(API_MAIN).mtimeMs
    : 0;
  const newest = Math.max(
    newestMtime(path.join(ROOT, 'apps')),
    newestMtime(path.join(ROOT, 'libs')),
    ...['tsconfig.json', 'tsconfig.build.json', 'nest-cli.json', 'package-lock.json'].map(
      (f) => fs.statSync(path.join(ROOT, f)).mtimeMs,
    ),
  );
  if (builtAt > newest) return;
  log(builtAt ? 'dist is older than the sources: npm run build' : 'no dist: npm run build');
  execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** The API's environment; the worker of the queue scenario gets the same. */
function serverEnv() {
  return {
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    // production needs its postal settings; no shipment is made during the bench
    POSTAL_API_URL: 'http://127.0.0.1:9',
    POSTAL_API_KEY: 'bench',
    POSTAL_WEBHOOK_SECRET: `whsec_${randomBytes(24).toString('base64')}`,
    JWT_ACCESS_TTL_SECONDS: '86400',
    DATABASE_URL: config.databaseUrl,
    DATABASE_POOL_SIZE: String(config.poolSize),
    PORT: String(config.apiPort),
    LOG_LEVEL: 'warn',
    TRACKING_RATE_LIMIT_PER_MINUTE: '100000000',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000000',
    // the bench citizen is registered again (409) by every scenario of every run
    REGISTER_CONFLICTS_PER_HOUR: '100000000',
    FILE_STORAGE_DIR: path.join(ROOT, 'var/bench/files'),
    PUBLIC_BASE_URL: `http://127.0.0.1:${config.apiPort}`,
  };
}

async function startApi(stamp) {
  const server = startServer(
    'motcua API',
    API_MAIN,
    serverEnv(),
    path.join(RESULTS_DIR, `${stamp}-api.log`),
    config.apiNodeArgs,
  );
  await waitUntilReady(server, `http://127.0.0.1:${config.apiPort}/health`);
  return server;
}

async function startBaseline(stamp, baselineEnv) {
  const server = startServer(
    'raw baseline',
    path.join(__dirname, 'baseline/server.js'),
    {
      ...baselineEnv,
      DATABASE_URL: config.databaseUrl,
      DATABASE_POOL_SIZE: String(config.poolSize),
      PORT: String(config.rawPort),
    },
    path.join(RESULTS_DIR, `${stamp}-baseline.log`),
    config.rawNodeArgs,
  );
  await waitUntilReady(server, `http://127.0.0.1:${config.rawPort}/health`);
  return server;
}

async function machineFacts(db) {
  const { rows } = await db.query('SELECT version() AS pg');
  return {
    commit: gitCommit(),
    loadAverageAtStart: loadAtStart,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres: rows[0].pg.split(' on ')[0],
  };
}

/**
 * Every side starts from a fresh checkpoint: otherwise whichever side runs after the
 * checkpointer wakes up pays for the full-page images of every page it touches first.
 */
async function settle(db) {
  await db.query('CHECKPOINT').catch(() => undefined); // needs superuser; else skipped
}

function gitCommit() {
  try {
    const head = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
    const dirty = execSync('git status --porcelain', { cwd: ROOT }).toString().trim() !== '';
    return dirty ? `${head}+uncommitted` : head;
  } catch {
    return null;
  }
}

/** A scenario may ask for fewer connections (a leader's report is not a crowd). */
const connectionsOf = (scenario) => scenario.connections ?? config.connections;

function evaluate(scenario, rounds) {
  const side = (key) => ({
    requestsPerSecond: median(rounds.map((r) => r[key].requestsPerSecond)),
    p50Ms: median(rounds.map((r) => r[key].p50Ms)),
    p99Ms: median(rounds.map((r) => r[key].p99Ms)),
    serverCpuMsPerRequest: median(rounds.map((r) => r[key].serverCpuMsPerRequest ?? NaN)),
    transactionsPerRequest: median(rounds.map((r) => r[key].transactionsPerRequest ?? NaN)),
    // the runs at a set rate count too
    non2xx: rounds.reduce((n, r) => n + r[key].non2xx + (r[key].atRate?.non2xx ?? 0), 0),
    errors: rounds.reduce(
      (n, r) => n + r[key].errors + r[key].timeouts + (r[key].atRate?.errors ?? 0),
      0,
    ),
    foreignCpuMax: Math.max(0, ...rounds.map((r) => r[key].foreignCpu ?? 0)),
  });
  const motcua = side('motcua');
  const raw = side('raw');
  // rounds pair the two sides close in time, so the median of per-round ratios cancels drift
  const ratio = median(rounds.map((r) => r.ratio));
  // raw's server CPU per request over motcua's: what the ratio would be if both were bound
  // by their own CPU alone; steadier than the ratio on a busy machine
  const cpuRatio = median(
    rounds.map((r) => r.raw.serverCpuMsPerRequest / r.motcua.serverCpuMsPerRequest),
  );
  const atRate = rounds.every((r) => r.raw.atRate && r.motcua.atRate)
    ? {
        rate: median(rounds.map((r) => r.raw.atRate.rate)),
        motcuaP99Ms: median(rounds.map((r) => r.motcua.atRate.p99Ms)),
        rawP99Ms: median(rounds.map((r) => r.raw.atRate.p99Ms)),
        motcuaP50Ms: median(rounds.map((r) => r.motcua.atRate.p50Ms)),
        rawP50Ms: median(rounds.map((r) => r.raw.atRate.p50Ms)),
      }
    : null;
  const valid = motcua.non2xx + motcua.errors + raw.non2xx + raw.errors === 0;
  const pass =
    valid && ratio >= scenario.target.minRatio && motcua.p99Ms < scenario.target.maxP99Ms;
  return { motcua, raw, ratio, cpuRatio, atRate, valid, pass };
}

async function main() {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const scenarios = allScenarios.filter((s) => !config.only || config.only.includes(s.name));
  const runQueue = !config.only || config.only.includes(QUEUE_SCENARIO);
  if (scenarios.length === 0 && !runQueue) throw new Error(`no scenario named ${config.only}`);
  log(
    `${[...scenarios.map((s) => s.name), ...(runQueue ? [QUEUE_SCENARIO] : [])].join(', ')}: ` +
      `${config.connections} connections, ` +
      `${config.warmupSeconds} s warm-up + ${config.durationSeconds} s, ${config.rounds} round(s)`,
  );

  if (loadAtStart[0] > 0.5 * os.cpus().length) {
    log(`warning: load average ${loadAtStart[0]} before starting; figures will be low and noisy`);
  }
  ensureBuilt();
  log('preparing the bench database (creates, migrates, loads the demo agency and officials)');
  await prepareBenchDatabase(ROOT, config.databaseUrl);
  log('starting the API');
  const api = await startApi(stamp);

  const db = new Client({ connectionString: config.databaseUrl });
  await db.connect();
  try {
    const agency = await demoAgencyFacts(db);
    const prefilled = await prefill(db, {
      agencyId: agency.agency_id,
      agencyCode: agency.agency_code,
      specialistId: agency.specialist_id,
      target: config.prefillTarget,
      log,
    });
    prefilled.history = await prefillHistory(db, { log });
    // what the worker keeps up to date: the reports' rollup of every day up to yesterday
    const rollup = await buildRollup(db, ROLLUP_MODULE, log);
    const ctx = {
      apiUrl: `http://127.0.0.1:${config.apiPort}`,
      rawUrl: `http://127.0.0.1:${config.rawPort}`,
      db,
      log,
      baselineEnv: {},
    };
    for (const scenario of scenarios) if (scenario.prepare) await scenario.prepare(ctx);
    let raw = null;
    if (scenarios.length > 0) {
      log('starting the raw baseline');
      raw = await startBaseline(stamp, ctx.baselineEnv);
    }
    const ownPids = [process.pid, api.child.pid, ...(raw ? [raw.child.pid] : [])];
    const serverPids = { motcua: api.child.pid, raw: raw?.child.pid };
    const dossiers = (await db.query('SELECT count(*)::int AS n FROM dossiers')).rows[0].n;
    log(`dossiers in the table: ${dossiers}`);

    const targets = { motcua: ctx.apiUrl, raw: ctx.rawUrl };
    for (const scenario of scenarios) {
      for (const [side, url] of Object.entries(targets)) {
        const smoke = await smokeTest({ url, request: scenario.request(ctx) });
        if (!smoke.ok) {
          throw new Error(
            `${scenario.name} does not work on ${side}: ${JSON.stringify(smoke.statusCodes)}`,
          );
        }
      }
    }

    if (config.warmupPassSeconds > 0) {
      for (const scenario of scenarios) {
        for (const [side, url] of Object.entries(targets)) {
          log(
            `warm-up pass: ${scenario.name} on ${side}, ${config.warmupPassSeconds} s, not measured`,
          );
          await warmUp({
            url,
            request: scenario.request(ctx),
            connections: connectionsOf(scenario),
            seconds: config.warmupPassSeconds,
          });
        }
      }
    }

    const results = scenarios.map((scenario) => ({ scenario, rounds: [] }));
    for (let round = 0; round < config.rounds; round++) {
      for (const [index, entry] of results.entries()) {
        const order = (round + index) % 2 === 0 ? ['motcua', 'raw'] : ['raw', 'motcua'];
        const measured = { round: round + 1, order };
        for (const side of order) {
          log(`round ${round + 1}/${config.rounds} ${entry.scenario.name} on ${side}`);
          await settle(db);
          measured[side] = await measure({
            url: targets[side],
            request: entry.scenario.request(ctx),
            connections: connectionsOf(entry.scenario),
            warmupSeconds: config.warmupSeconds,
            durationSeconds: config.durationSeconds,
            ownPids,
            serverPid: serverPids[side],
            db,
          });
        }
        measured.ratio = measured.motcua.requestsPerSecond / measured.raw.requestsPerSecond;
        if (config.atRateShare > 0) {
          // what a user waits at a demand both sides can serve: the same fixed rate on each
          const rate = config.atRateShare * measured.raw.requestsPerSecond;
          for (const side of order) {
            log(
              `round ${round + 1}/${config.rounds} ${entry.scenario.name} on ${side} at ${Math.round(rate)} req/s`,
            );
            await settle(db);
            measured[side].atRate = await measureAtRate({
              url: targets[side],
              request: entry.scenario.request(ctx),
              connections: connectionsOf(entry.scenario),
              rate,
              durationSeconds: config.durationSeconds,
            });
          }
        }
        entry.rounds.push(measured);
      }
    }

    const summary = results.map(({ scenario, rounds }) => ({
      name: scenario.name,
      title: scenario.title,
      description: scenario.description,
      target: scenario.target,
      rounds,
      ...evaluate(scenario, rounds),
    }));
    if (summary.length > 0) printTable(summary, config);

    let queue;
    if (runQueue) {
      queue = await queueBench.runQueueScenario(
        {
          ...ctx,
          stamp,
          resultsDir: RESULTS_DIR,
          workerEnv: serverEnv(),
          workerNodeArgs: config.workerNodeArgs,
          ownPids,
          settle,
        },
        config,
      );
      queueBench.printQueueTable(queue);
    }

    const report = {
      startedAt: stamp,
      machine: await machineFacts(db),
      config: { ...config, only: config.only ?? undefined },
      dossiers,
      prefill: prefilled,
      rollup,
      scenarios: summary,
      queue,
    };
    const file = path.join(RESULTS_DIR, `${stamp}.json`);
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    log(`results written to ${path.relative(ROOT, file)}`);

    if (summary.some((s) => !s.valid) || (queue && !queue.valid)) {
      log('INVALID RUN: some responses were not 2xx or failed (see the JSON and the server logs)');
      process.exitCode = 1;
    } else if (config.strict && (summary.some((s) => !s.pass) || (queue && !queue.pass))) {
      process.exitCode = 1;
    }
  } finally {
    await db.end().catch(() => undefined);
  }
}

let stopping = false;
function interrupt(signal) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping the servers`);
  stopAll().finally(() => process.exit(130));
}
process.on('SIGINT', () => interrupt('SIGINT'));
process.on('SIGTERM', () => interrupt('SIGTERM'));

main()
  .catch((error) => {
    console.error(`[bench] failed: ${error.stack ?? error}`);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
