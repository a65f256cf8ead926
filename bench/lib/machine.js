'use strict';
/**
 * How much CPU other programs took while we measured (Linux /proc only): on a shared 2-core
 * machine, a test suite started by someone else halves the figures without any error.
 * Counted as all user+system time minus that of the bench, its servers, PostgreSQL and Redis
 * (other people's queries to the same PostgreSQL are not seen), plus the time the hypervisor
 * gave to other virtual machines (`steal`): on an oversubscribed host that alone can take half
 * of the two cores, and every figure drops with it.
 */
const fs = require('node:fs');
const os = require('node:os');

const TICKS_PER_SECOND = 100; // USER_HZ on Linux
const SHARED_SERVICES = new Set(['postgres', 'redis-server']);

function read(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function processTicks(pid) {
  const stat = read(`/proc/${pid}/stat`);
  if (!stat) return null;
  const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is the state (field 3); utime and stime are fields 14 and 15
  return { comm, ticks: Number(fields[11]) + Number(fields[12]) };
}

/** A reading; `ownPids` are the bench's own processes. Null where /proc is missing. */
function cpuSnapshot(ownPids) {
  const stat = read('/proc/stat');
  if (!stat) return null;
  // cpu user nice system idle iowait irq softirq steal ...
  const [user, nice, system, , , , , steal = 0] = stat
    .split('\n')[0]
    .split(/\s+/)
    .slice(1, 9)
    .map(Number);
  const own = new Set(ownPids);
  const tracked = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const info = processTicks(entry);
    if (info && (own.has(Number(entry)) || SHARED_SERVICES.has(info.comm))) {
      tracked.set(entry, info.ticks);
    }
  }
  return { at: Date.now(), busy: user + nice + system, steal, tracked };
}

/** Share of the whole machine (0..1) that other programs used between two readings. */
function foreignCpuShare(before, after) {
  if (!before || !after) return null;
  let trackedTicks = 0;
  for (const [pid, ticks] of after.tracked)
    trackedTicks += ticks - (before.tracked.get(pid) ?? ticks);
  const stolen = after.steal - before.steal;
  const foreign = Math.max(0, after.busy - before.busy - trackedTicks) + stolen;
  const capacity = ((after.at - before.at) / 1000) * TICKS_PER_SECOND * os.cpus().length;
  return capacity > 0 ? foreign / capacity : null;
}

/**
 * CPU time (ms) the process `pid` spent between two readings, per request served: on a
 * shared machine this moves far less than requests/s, since it does not count waiting.
 */
function cpuMsPerRequest(pid, before, after, requests) {
  const b = before?.tracked.get(String(pid));
  const a = after?.tracked.get(String(pid));
  if (b === undefined || a === undefined || requests === 0) return null;
  return ((a - b) * (1000 / TICKS_PER_SECOND)) / requests;
}

module.exports = { cpuSnapshot, foreignCpuShare, cpuMsPerRequest };
