'use strict';
/** The table `npm run bench` prints. */

// share of the whole machine used by other programs during a measured run
const FOREIGN_CPU_WARNING = 0.05;

const fixed = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

function printTable(summary, config) {
  const header = [
    'scenario',
    'motcua req/s',
    'p50 ms',
    'p99 ms',
    'raw req/s',
    'p50 ms',
    'p99 ms',
    'ratio',
    'CPU ms/req motcua / raw',
    'db tx/req motcua / raw',
    'at a set rate: req/s, p50 and p99 motcua / raw',
    'target',
    'result',
  ];
  const rows = summary.map((s) => [
    s.name,
    fixed(s.motcua.requestsPerSecond),
    fixed(s.motcua.p50Ms),
    fixed(s.motcua.p99Ms),
    fixed(s.raw.requestsPerSecond),
    fixed(s.raw.p50Ms),
    fixed(s.raw.p99Ms),
    fixed(s.ratio, 2),
    `${fixed(s.motcua.serverCpuMsPerRequest, 3)} / ${fixed(s.raw.serverCpuMsPerRequest, 3)} (${fixed(s.cpuRatio, 2)})`,
    `${fixed(s.motcua.transactionsPerRequest, 1)} / ${fixed(s.raw.transactionsPerRequest, 1)}`,
    s.atRate
      ? `${fixed(s.atRate.rate)}: ${fixed(s.atRate.motcuaP50Ms)} / ${fixed(s.atRate.rawP50Ms)}, ` +
        `${fixed(s.atRate.motcuaP99Ms)} / ${fixed(s.atRate.rawP99Ms)} ms`
      : '-',
    `>= ${s.target.minRatio}x, p99 < ${s.target.maxP99Ms} ms`,
    !s.valid ? 'INVALID' : s.pass ? 'pass' : 'FAIL',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  console.log('');
  console.log(
    `Node ${process.version}, ${config.connections} connections, ${config.durationSeconds} s measured after ${config.warmupSeconds} s warm-up, ` +
      `${config.rounds === 1 ? '1 round' : `medians of ${config.rounds} rounds`}; ratio = motcua/raw req/s; CPU ms/req = the server's own CPU time per request (ratio raw/motcua), steadier on a busy machine; db tx/req = database transactions per request`,
  );
  console.log(line(header));
  console.log(rule);
  for (const row of rows) console.log(line(row));
  for (const s of summary) {
    const foreign = Math.max(s.motcua.foreignCpuMax, s.raw.foreignCpuMax);
    if (foreign > FOREIGN_CPU_WARNING) {
      console.log(
        `${s.name}: other programs used up to ${(foreign * 100).toFixed(0)} % of the machine ` +
          'while it was measured: the figures are not reliable, run again on a quiet machine',
      );
    }
    const bad = s.motcua.non2xx + s.motcua.errors + s.raw.non2xx + s.raw.errors;
    if (bad > 0) {
      console.log(
        `${s.name}: ${s.motcua.non2xx} non-2xx and ${s.motcua.errors} errors/timeouts on motcua, ` +
          `${s.raw.non2xx} and ${s.raw.errors} on raw: the run is invalid`,
      );
    }
  }
  console.log('');
}

module.exports = { printTable };
