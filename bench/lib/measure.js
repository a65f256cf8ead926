'use strict';
/** One autocannon run, reduced to the figures the report needs. */
const autocannon = require('autocannon');
const { cpuSnapshot, foreignCpuShare, cpuMsPerRequest } = require('./machine');

function runAutocannon(options) {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/**
 * Warm-up (discarded), then the measured run. `request` are the scenario's autocannon
 * options (method/path/headers/body or requests).
 */
async function measure({
  url,
  request,
  connections,
  warmupSeconds,
  durationSeconds,
  ownPids,
  serverPid,
  db,
}) {
  if (warmupSeconds > 0) await warmUp({ url, request, connections, seconds: warmupSeconds });
  const transactionsBefore = await transactionCount(db);
  const before = cpuSnapshot(ownPids);
  const r = await runAutocannon({
    ...options(url, request),
    connections,
    pipelining: 1,
    duration: durationSeconds,
  });
  const after = cpuSnapshot(ownPids);
  const transactionsAfter = await transactionCount(db);
  const foreign = foreignCpuShare(before, after);
  const serverCpu = cpuMsPerRequest(serverPid, before, after, r.requests.total);
  return {
    requestsPerSecond: r.requests.total / r.duration,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
    requests: r.requests.total,
    seconds: r.duration,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    statusCodes: r.statusCodeStats,
    // share of the machine other programs used meanwhile (null where unknown)
    foreignCpu: foreign === null ? null : Number(foreign.toFixed(3)),
    // CPU time of the measured server (not PostgreSQL) per request, in ms
    serverCpuMsPerRequest: serverCpu === null ? null : Number(serverCpu.toFixed(4)),
    // database transactions per request (each statement outside a transaction is one): a
    // statement added to a route shows here at once, where CPU and req/s hide it in noise
    transactionsPerRequest:
      transactionsBefore === null
        ? null
        : Number(((transactionsAfter - transactionsBefore) / r.requests.total).toFixed(2)),
  };
}

/**
 * Transactions committed or rolled back in the bench database so far; null without `db`.
 * PostgreSQL publishes a busy backend's counts about once a second, so over a 10 s run the
 * figure per request is good to a few per cent.
 */
async function transactionCount(db) {
  if (!db) return null;
  const { rows } = await db.query(
    `SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()`,
  );
  return Number(rows[0].n);
}

/**
 * Load that is not measured: before each run, and before the first round, so that neither
 * side's first measured run pays for a cold JIT or for cold PostgreSQL pages the other side
 * then finds warm.
 */
async function warmUp({ url, request, connections, seconds }) {
  await runAutocannon({ ...options(url, request), connections, pipelining: 1, duration: seconds });
}

/** A few requests on one connection: proves the scenario works before it is measured. */
async function smokeTest({ url, request }) {
  const r = await runAutocannon({ ...options(url, request), connections: 1, amount: 3 });
  return {
    ok: r.non2xx === 0 && r.errors === 0 && r.timeouts === 0,
    statusCodes: r.statusCodeStats,
  };
}

/** autocannon takes the path as part of the url; scenarios give it apart from the server. */
function options(url, { path, ...request }) {
  return { url: path ? `${url}${path}` : url, ...request };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

module.exports = { measure, warmUp, smokeTest, median };
