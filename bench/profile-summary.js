'use strict';
/**
 * Sums the self time of a V8 CPU profile (`node --cpu-prof`, e.g. the API's under
 * `BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=bench/results/prof" npm run bench`)
 * per package and per function, so the two sides of a change can be compared.
 *
 *   node bench/profile-summary.js bench/results/prof/CPU.*.cpuprofile [top=40]
 *
 * Also prints inclusive time (a function and all it calls) per function, to see what a
 * middleware or a route handler costs with everything beneath it.
 */
const fs = require('node:fs');
const path = require('node:path');

const file = process.argv[2];
const top = Number(process.argv[3] || 40);
if (!file) {
  console.error('usage: node bench/profile-summary.js <file.cpuprofile> [top]');
  process.exit(1);
}
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
// samples and timeDeltas are parallel: the time before each sample belongs to it
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  self.set(id, (self.get(id) || 0) + (profile.timeDeltas[i] || 0));
}

function packageOf(url) {
  if (!url) return '(native)';
  const at = url.lastIndexOf('node_modules/');
  if (at >= 0) {
    const rest = url.slice(at + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return url;
  if (url.includes('/dist/')) return 'motcua';
  return path.basename(url);
}

const byPackage = new Map();
const byFunction = new Map();
let total = 0;
let idle = 0;
for (const [id, micros] of self) {
  const { callFrame } = nodes.get(id);
  total += micros;
  const name = callFrame.functionName || '(anonymous)';
  if (name === '(idle)') {
    idle += micros;
    continue;
  }
  const pkg = name.startsWith('(') ? name : packageOf(callFrame.url);
  byPackage.set(pkg, (byPackage.get(pkg) || 0) + micros);
  const fn = `${name} ${packageOf(callFrame.url)}:${callFrame.lineNumber + 1}`;
  byFunction.set(fn, (byFunction.get(fn) || 0) + micros);
}
const busy = total - idle;
const show = (title, map) => {
  console.log(`\n${title} (share of busy time ${(busy / 1e6).toFixed(1)} s)`);
  for (const [key, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${((100 * micros) / busy).toFixed(1).padStart(6)} %  ${key}`);
  }
};
// inclusive: each node's subtree, counted once per function even when it recurses
const totalOf = new Map();
const subtree = (node) => {
  let sum = self.get(node.id) || 0;
  for (const child of node.children || []) sum += subtree(nodes.get(child));
  totalOf.set(node.id, sum);
  return sum;
};
const root = profile.nodes[0];
subtree(root);
const inclusive = new Map();
const walk = (node, open) => {
  const { callFrame } = node;
  const key = `${callFrame.functionName || '(anonymous)'} ${packageOf(callFrame.url)}:${callFrame.lineNumber + 1}`;
  const counted = open.has(key);
  if (!counted) inclusive.set(key, (inclusive.get(key) || 0) + totalOf.get(node.id));
  const next = counted ? open : new Set(open).add(key);
  for (const child of node.children || []) walk(nodes.get(child), next);
};
walk(root, new Set());
for (const key of [...inclusive.keys()])
  if (key.startsWith('(root)') || key.startsWith('(idle)')) inclusive.delete(key);

console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled, idle ${(idle / 1e6).toFixed(1)} s`);
show('by package', byPackage);
show('by function', byFunction);
show('inclusive, by function', inclusive);
