'use strict';
/**
 * Latency at a given demand, where autocannon's closed loop measures the server at
 * saturation (each of its connections sends again as soon as it is answered, so its latency
 * is the queue it builds itself: 50 connections / throughput).
 *
 * Requests start on a fixed schedule, `rate` a second evenly spaced, whatever the answers,
 * over a keep-alive pool of at most `connections` sockets. Each latency counts from the
 * moment its request was due, so time spent waiting for a free socket counts too: a server
 * falling behind shows it (no coordinated omission). autocannon's own `overallRate` is no
 * substitute: it sends each connection's quota for the second back to back, then waits.
 * The first second is not counted: it opens the sockets and meets the server just after the
 * closed-loop run, with its queues still draining.
 */
const http = require('node:http');
const { performance } = require('node:perf_hooks');

const TICK_MS = 2;
const RAMP_SECONDS = 1;

async function measureAtRate({ url, request, connections, rate, durationSeconds }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const next = requestMaker(url, request);
  const ramp = Math.round(rate * RAMP_SECONDS);
  const total = ramp + Math.max(1, Math.round(rate * durationSeconds));
  const interval = 1000 / rate;
  const latencies = [];
  const outcome = { non2xx: 0, errors: 0 };
  const inFlight = [];
  const start = performance.now();
  let sent = 0;
  while (sent < total) {
    const now = performance.now();
    while (sent < total && start + sent * interval <= now) {
      const due = start + sent * interval;
      const counted = sent >= ramp;
      inFlight.push(
        send(agent, next()).then(
          (status) => {
            if (status < 200 || status >= 300) outcome.non2xx++;
            if (counted) latencies.push(performance.now() - due);
          },
          () => outcome.errors++,
        ),
      );
      sent++;
    }
    await new Promise((resolve) => setTimeout(resolve, TICK_MS));
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - start) / 1000 - RAMP_SECONDS;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) =>
    latencies.length === 0
      ? null
      : Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]);
  return {
    rate: Math.round(rate),
    achievedPerSecond: latencies.length / seconds,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: at(1),
    requests: latencies.length,
    ...outcome,
  };
}

/** One request's options from a scenario's autocannon options (fixed, or `setupRequest`). */
function requestMaker(url, { path, method, headers, body, requests }) {
  const base = new URL(url);
  const fixed = { method: method ?? 'GET', path: path ?? '/', headers: headers ?? {}, body };
  const setup = requests?.[0]?.setupRequest;
  const template = requests?.[0] ? { ...fixed, ...requests[0] } : fixed;
  return () => {
    const r = setup ? setup({ ...template, headers: { ...template.headers } }) : template;
    return { host: base.hostname, port: base.port, ...r };
  };
}

function send(agent, { host, port, method, path, headers, body }) {
  return new Promise((resolve, reject) => {
    const req = http.request({ agent, host, port, method, path, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
      res.on('error', reject);
    });
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

module.exports = { measureAtRate };
