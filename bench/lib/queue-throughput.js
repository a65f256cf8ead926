'use strict';
/**
 * The queue scenario of `npm run bench`: jobs/s of the intake + notification pipeline.
 *
 * N intake jobs (`intake-dossier`, one per dossier among the latest N by code, whose attachments
 * are pointed at real uploaded PDFs and which get an e-mail address to notify) are put on a paused queue, the queue is resumed, and the
 * clock runs until all N are completed. Three consumers, one at a time, same Redis, same
 * concurrency (that of motcua's intake processor):
 *
 *   motcua   the real worker process (dist, NODE_ENV=production): verify + record + notify;
 *   raw-work a plain BullMQ worker doing the same statements and hashing (no Nest, no TypeORM);
 *   no-op    a plain BullMQ worker whose processor returns at once.
 *
 * Every run gets fresh outbox rows (already marked published, so no relay touches them), so
 * each job does the whole work rather than finding its outcome stored. Mail goes nowhere
 * (no SMTP_URL: motcua's log channel, below the log level). All queues live under their own
 * prefix, never the application's.
 */
const { wellFormedPdf } = require('./pdf');
const path = require('node:path');
const { randomBytes } = require('node:crypto');
const { Queue } = require('bullmq');
const { cpuSnapshot, foreignCpuShare } = require('./machine');
const { signIn, call, expectStatus } = require('./citizen');
const { startServer, stopServer } = require('./processes');

const ROOT = path.resolve(__dirname, '../..');
const WORKER_DIST = path.join(ROOT, 'dist/apps/worker');
const WORKER_MAIN = path.join(WORKER_DIST, 'apps/worker/src/main.js');
const MODULES = {
  DOMAIN_MODULE: path.join(WORKER_DIST, 'libs/domain/src/files/attachment-check.js'),
  TEMPLATES_MODULE: path.join(WORKER_DIST, 'libs/notifications/src/templates.js'),
};
/** As `@Processor(QueueName.Intake, { concurrency })` in intake-dossier.processor.ts. */
const INTAKE_CONCURRENCY = 10;
/** The worker's pg pool (WORKER_DATABASE_POOL_SIZE's default, worker.module.ts). */
const WORKER_POOL_SIZE = 5;
const INTAKE_QUEUE = 'intake';
const TARGET_RATIO_TO_NOOP = 0.5;

function queueConfig(env = process.env) {
  return {
    jobs: Number(env.BENCH_QUEUE_JOBS || 2000),
    warmupJobs: Number(env.BENCH_QUEUE_WARMUP_JOBS ?? 200),
    files: Number(env.BENCH_QUEUE_FILES || 20),
    fileKb: Number(env.BENCH_QUEUE_FILE_KB || 100),
    redisUrl: env.BENCH_REDIS_URL || env.REDIS_URL || 'redis://127.0.0.1:6379',
  };
}

function connectionOf(url) {
  const parsed = new URL(url);
  return { host: parsed.hostname, port: Number(parsed.port || 6379), maxRetriesPerRequest: null };
}

/** A valid PDF of about `kb` KB, different for each `seed` (a comment pads it). */
function pdfOf(seed, kb) {
  const pad = Math.max(0, kb * 1024 - wellFormedPdf(String(seed)).length);
  const filler = randomBytes(Math.ceil(pad / 2))
    .toString('hex')
    .slice(0, pad);
  return wellFormedPdf(`${seed}${filler}`);
}

/**
 * Uploads the files through the API and points the chosen dossiers' attachments at them,
 * with an address to mail (the pre-fill leaves e-mail empty). Returns the dossiers' ids.
 */
async function prepareDossiers({ db, apiUrl, log }, qc) {
  const citizen = await signIn(apiUrl);
  const files = [];
  for (let i = 0; i < qc.files; i++) {
    const form = new FormData();
    form.append(
      'file',
      new Blob([pdfOf(`bench-${Date.now()}-${i}`, qc.fileKb)], { type: 'application/pdf' }),
      `ho-so-${i}.pdf`,
    );
    const uploaded = await call(apiUrl, 'POST', '/api/v1/files', {
      token: citizen.token,
      body: form,
    });
    files.push(expectStatus('upload a bench attachment', uploaded, 201));
  }
  const { rows } = await db.query(
    `WITH chosen AS (
       SELECT id FROM dossiers WHERE code IS NOT NULL ORDER BY code DESC LIMIT $1
     )
     UPDATE dossiers d SET applicant_email = 'nguoi.nop@example.invalid',
       attachments = (SELECT coalesce(jsonb_agg(jsonb_build_object(
           'documentCode', a.value->>'documentCode',
           'fileId', ($2::jsonb->>((abs(hashtext(d.id::text || a.n::text)) % $3)::int)),
           'fileName', a.value->>'fileName') ORDER BY a.n), '[]'::jsonb)
         FROM jsonb_array_elements(d.attachments) WITH ORDINALITY AS a(value, n))
     FROM chosen WHERE d.id = chosen.id
     RETURNING d.id, jsonb_array_length(d.attachments) AS attachments`,
    [qc.jobs, JSON.stringify(files.map((f) => f.id)), files.length],
  );
  if (rows.length < qc.jobs) {
    throw new Error(`queue: only ${rows.length} dossiers to take ${qc.jobs} jobs`);
  }
  const attachments = rows.reduce((n, r) => n + r.attachments, 0);
  log(
    `queue: ${rows.length} dossiers with ${attachments} attachments over ${files.length} files of ${qc.fileKb} KB`,
  );
  return { ids: rows.map((r) => r.id), attachments };
}

/** N fresh intake events (outbox rows marked published: no relay picks them up). */
async function freshEvents(db, ids) {
  const { rows } = await db.query(
    `INSERT INTO outbox (type, payload, published_at)
     SELECT 'dossier.submit', jsonb_build_object('dossierId', d.id, 'code', d.code,
       'action', 'submit', 'fromStatus', NULL, 'toStatus', 'SUBMITTED'), now()
       FROM dossiers d WHERE d.id = ANY($1::uuid[])
     RETURNING id, type, payload`,
    [ids],
  );
  return rows;
}

async function waitForWorker(queue, server, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exited) {
      throw new Error(
        `${server.name} exited (${JSON.stringify(server.exited)}); see ${server.logFile}`,
      );
    }
    if ((await queue.getWorkersCount()) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${server.name} never connected to ${queue.name}; see ${server.logFile}`);
}

/** Puts `events` on the paused queue, resumes it and times until every job is done. */
async function drainTimed(queue, events, label, ownPids) {
  await queue.pause();
  for (let i = 0; i < events.length; i += 500) {
    await queue.addBulk(
      events.slice(i, i + 500).map((e) => ({
        name: 'intake-dossier',
        data: { outboxId: e.id, type: e.type, event: e.payload },
        opts: {
          jobId: `${label}-${e.id}`,
          removeOnComplete: false,
          removeOnFail: false,
          attempts: 1,
        },
      })),
    );
  }
  const before = cpuSnapshot(ownPids);
  const started = process.hrtime.bigint();
  await queue.resume();
  let counts;
  let firstDone = null;
  for (;;) {
    counts = await queue.getJobCounts('completed', 'failed');
    if (firstDone === null && counts.completed + counts.failed > 0) {
      firstDone = Number(process.hrtime.bigint() - started) / 1e9;
    }
    if (counts.completed + counts.failed >= events.length) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const foreign = foreignCpuShare(before, cpuSnapshot(ownPids));
  await queue.obliterate({ force: true });
  return {
    jobs: events.length,
    seconds: Number(seconds.toFixed(3)),
    jobsPerSecond: events.length / seconds,
    failed: counts.failed,
    // a consumer slow to notice the resumed queue would show here
    firstJobSeconds: Number(firstDone.toFixed(3)),
    foreignCpu: foreign === null ? null : Number(foreign.toFixed(3)),
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Runs the queue scenario; `ctx` has the bench's db client, API URL, log, results dir and
 * stamp, the worker's environment (as the API's) and the pids the bench owns.
 */
async function runQueueScenario(ctx, config) {
  const qc = queueConfig();
  const { db, log } = ctx;
  const prefix = `motcua-bench-${ctx.stamp.slice(0, 19)}`;
  const connection = connectionOf(qc.redisUrl);
  const prepared = await prepareDossiers(ctx, qc);
  // the table's unpublished events (the filing scenario's) would otherwise compete with the jobs
  await db.query('UPDATE outbox SET published_at = now() WHERE published_at IS NULL');

  const sides = {
    motcua: {
      title: 'motcua worker (Nest, dist)',
      queue: INTAKE_QUEUE,
      start: () =>
        startServer(
          'motcua worker',
          WORKER_MAIN,
          // no maintenance job (the start-up rollup above all) runs during the measured rounds
          {
            ...ctx.workerEnv,
            QUEUE_PREFIX: prefix,
            REDIS_URL: qc.redisUrl,
            MAINTENANCE_SCHEDULES: 'false',
          },
          path.join(ctx.resultsDir, `${ctx.stamp}-worker.log`),
          ctx.workerNodeArgs ?? [],
        ),
    },
    rawWork: {
      title: 'raw BullMQ, same work',
      queue: 'intake-raw-work',
      start: () => startRaw('work', 'intake-raw-work'),
    },
    noop: {
      title: 'raw BullMQ, no-op',
      queue: 'intake-raw-noop',
      start: () => startRaw('noop', 'intake-raw-noop'),
    },
  };
  function startRaw(mode, queueName) {
    return startServer(
      `raw ${mode} queue worker`,
      path.join(ROOT, 'bench/baseline/queue-worker.js'),
      {
        ...MODULES,
        MODE: mode,
        QUEUE_NAME: queueName,
        QUEUE_PREFIX: prefix,
        REDIS_URL: qc.redisUrl,
        CONCURRENCY: String(INTAKE_CONCURRENCY),
        DATABASE_URL: config.databaseUrl,
        DATABASE_POOL_SIZE: String(WORKER_POOL_SIZE),
        FILE_STORAGE_DIR: ctx.workerEnv.FILE_STORAGE_DIR,
        PUBLIC_BASE_URL: ctx.workerEnv.PUBLIC_BASE_URL,
      },
      path.join(ctx.resultsDir, `${ctx.stamp}-queue-${mode}.log`),
      // the same node flags as the worker, so that profiles compare like with like
      ctx.workerNodeArgs ?? [],
    );
  }

  const order = ['motcua', 'rawWork', 'noop'];
  const rounds = [];
  const queues = [];
  try {
    for (const name of order) {
      const side = sides[name];
      side.queueClient = new Queue(side.queue, { connection, prefix });
      queues.push(side.queueClient);
      side.server = side.start();
      await waitForWorker(side.queueClient, side.server);
      const ownPids = [...ctx.ownPids, side.server.child.pid];
      side.ownPids = ownPids;
      if (qc.warmupJobs > 0) {
        log(`queue: warming up ${side.title} (${qc.warmupJobs} jobs)`);
        const warm = await freshEvents(db, prepared.ids.slice(0, qc.warmupJobs));
        await drainTimed(side.queueClient, warm, `warmup-${name}`, ownPids);
      }
    }
    for (let round = 0; round < config.rounds; round++) {
      // rotate who goes first, as the HTTP scenarios alternate
      const turn = order.map((_, i) => order[(i + round) % order.length]);
      const measured = { round: round + 1, order: turn };
      for (const name of turn) {
        const side = sides[name];
        log(`queue round ${round + 1}/${config.rounds}: ${qc.jobs} jobs on ${side.title}`);
        await ctx.settle(db);
        const events = await freshEvents(db, prepared.ids);
        measured[name] = await drainTimed(
          side.queueClient,
          events,
          `r${round}-${name}`,
          side.ownPids,
        );
      }
      measured.ratioToNoop = measured.motcua.jobsPerSecond / measured.noop.jobsPerSecond;
      measured.rawWorkToNoop = measured.rawWork.jobsPerSecond / measured.noop.jobsPerSecond;
      measured.ratioToRawWork = measured.motcua.jobsPerSecond / measured.rawWork.jobsPerSecond;
      rounds.push(measured);
    }
  } finally {
    for (const name of order) if (sides[name].server) await stopServer(sides[name].server);
    for (const queue of queues) {
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
  }

  const side = (name) => ({
    title: sides[name].title,
    jobsPerSecond: median(rounds.map((r) => r[name].jobsPerSecond)),
    failed: rounds.reduce((n, r) => n + r[name].failed, 0),
    foreignCpuMax: Math.max(0, ...rounds.map((r) => r[name].foreignCpu ?? 0)),
  });
  const summary = {
    name: 'queue',
    description:
      'intake-dossier jobs: re-read and hash every attachment, store the outcome, notify (log channel)',
    jobs: qc.jobs,
    attachmentsPerRound: prepared.attachments,
    fileKb: qc.fileKb,
    concurrency: INTAKE_CONCURRENCY,
    motcua: side('motcua'),
    rawWork: side('rawWork'),
    noop: side('noop'),
    ratioToNoop: median(rounds.map((r) => r.ratioToNoop)),
    rawWorkToNoop: median(rounds.map((r) => r.rawWorkToNoop)),
    ratioToRawWork: median(rounds.map((r) => r.ratioToRawWork)),
    target: { minRatioToNoop: TARGET_RATIO_TO_NOOP },
    rounds,
  };
  summary.valid = summary.motcua.failed + summary.rawWork.failed + summary.noop.failed === 0;
  summary.pass = summary.valid && summary.ratioToNoop >= TARGET_RATIO_TO_NOOP;
  return summary;
}

function printQueueTable(q) {
  const fixed = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '-');
  console.log('');
  console.log(
    `queue: ${q.jobs} intake jobs per side and round (${q.attachmentsPerRound} attachments of ${q.fileKb} KB), ` +
      `concurrency ${q.concurrency}, ${q.rounds.length === 1 ? '1 round' : `medians of ${q.rounds.length} rounds`}`,
  );
  const rows = [
    ['consumer', 'jobs/s', 'vs no-op', 'failed'],
    ...['motcua', 'rawWork', 'noop'].map((k) => [
      q[k].title,
      fixed(q[k].jobsPerSecond),
      fixed(q[k].jobsPerSecond / q.noop.jobsPerSecond, 3),
      String(q[k].failed),
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const [i, r] of rows.entries()) {
    console.log(`| ${r.map((c, j) => c.padEnd(widths[j])).join(' | ')} |`);
    if (i === 0) console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  }
  console.log(
    `motcua / no-op ${fixed(q.ratioToNoop, 3)} (target >= ${q.target.minRatioToNoop}: ` +
      `${!q.valid ? 'INVALID' : q.pass ? 'pass' : 'FAIL'}); ` +
      `motcua / raw same work ${fixed(q.ratioToRawWork, 2)} (what Nest and TypeORM cost)`,
  );
  const foreign = Math.max(q.motcua.foreignCpuMax, q.rawWork.foreignCpuMax, q.noop.foreignCpuMax);
  if (foreign > 0.05) {
    console.log(`warning: other programs used up to ${(foreign * 100).toFixed(0)} % of the CPU`);
  }
}

module.exports = { runQueueScenario, printQueueTable, WORKER_MAIN, MODULES };
