'use strict';
/** Child servers of a bench run: started with their output in a log file, always stopped. */
const { spawn } = require('node:child_process');
const fs = require('node:fs');

const children = new Set();

/** Starts `node [nodeArgs] <script>` with `env` added; its stdout/stderr go to `logFile`. */
function startServer(name, script, env, logFile, nodeArgs = []) {
  const log = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [...nodeArgs, script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  const server = { name, child, logFile, exited: null };
  child.on('exit', (code, signal) => {
    server.exited = { code, signal };
    children.delete(server);
  });
  children.add(server);
  return server;
}

/** Polls `url` until it answers 200; fails early if the process dies. */
async function waitUntilReady(server, url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exited) {
      throw new Error(
        `${server.name} exited (${JSON.stringify(server.exited)}); see ${server.logFile}`,
      );
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${server.name} not ready after ${timeoutMs / 1000} s; see ${server.logFile}`);
}

/** SIGTERM, then SIGKILL after `graceMs`. */
async function stopServer(server, graceMs = 5000) {
  if (server.exited) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

async function stopAll() {
  await Promise.all([...children].map((server) => stopServer(server)));
}

/** Last resort when the bench process itself goes away: no child may outlive it. */
function killAllNow() {
  for (const server of children) server.child.kill('SIGKILL');
}

process.on('exit', killAllNow);

module.exports = { startServer, waitUntilReady, stopServer, stopAll };
