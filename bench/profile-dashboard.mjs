// Where the dashboard's time goes: a CPU profile of suggestionStats (grouped by lead unit) over the
// benchmark's 1,000,000 suggestions, through the inspector module, summed by function (self time)
// and by source file, located in src/ through the build's source maps. Not run by `npm run bench`
// (bench/run.mjs runs only *.bench.mjs). After `npx tsup`:
//   node --expose-gc bench/profile-dashboard.mjs
// PROFILE_RUNS=n profiled calls (default 3); PROFILE_TOP=n functions shown (default 15);
// PROFILE_OUT=file.cpuprofile also writes the whole profile (open it in Chrome DevTools).
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { SourceMap } from 'node:module';
import { basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { byLeadUnit, suggestionStats } from 'renda';
import { assertDigitArithmeticHolds, buildRecords, samplePolicy } from './dashboard.bench.mjs';

const RUNS = Number(process.env.PROFILE_RUNS ?? 3);
const TOP = Number(process.env.PROFILE_TOP ?? 15);
const root = fileURLToPath(new URL('..', import.meta.url));

const { policy, asOf } = samplePolicy();
const { base, records } = buildRecords();
assertDigitArithmeticHolds(base, policy, asOf);
const dashboard = () => suggestionStats(records, { asOf, policy, groupBy: byLeadUnit });
dashboard(); // warm-up: the profile shows optimised code
globalThis.gc?.();

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const start = performance.now();
for (let i = 0; i < RUNS; i++) dashboard();
const wallMs = performance.now() - start;
const { profile } = await session.post('Profiler.stop');
session.disconnect();
if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));

// Self time per node from the samples and their time deltas.
const selfUs = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
// Only what the dashboard calls (and the garbage collector), never the profiler's own time; each
// node with the names of its callers, for the inclusive times below.
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const counted = new Map();
const visit = (node, inside, callers) => {
  const name = node.callFrame.functionName;
  const within = inside || name === 'dashboard';
  const names = new Set(callers).add(name);
  if (within || name === '(garbage collector)') counted.set(node.id, names);
  for (const child of node.children ?? []) visit(nodes.get(child), within, names);
};
visit(profile.nodes[0], false, new Set());

/** The source map of a built file, or null. */
const maps = new Map();
function sourceMapOf(url) {
  if (!maps.has(url)) {
    let map = null;
    try {
      if (url.startsWith('file:')) {
        map = new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, 'utf8')));
      }
    } catch {
      map = null;
    }
    maps.set(url, map);
  }
  return maps.get(url);
}

/** Where a profiled function is: its src/ file and line when the build maps it. */
function locate(frame) {
  const { url, lineNumber, columnNumber } = frame;
  if (url === '') return { file: '(native)', where: '(native)' };
  const map = sourceMapOf(url);
  const entry = map?.findEntry(lineNumber, columnNumber);
  if (entry?.originalSource !== undefined) {
    const source = fileURLToPath(new URL(entry.originalSource, url));
    const file = relative(root, source).replace(/^(\.\.\/)+/, '');
    return { file, where: `${file}:${entry.originalLine + 1}` };
  }
  const file = url.startsWith('file:') ? relative(root, fileURLToPath(url)) : basename(url);
  return { file, where: `${file}:${lineNumber + 1}` };
}

const byFunction = new Map();
const byFile = new Map();
let totalUs = 0;
for (const node of profile.nodes) {
  const us = selfUs.get(node.id) ?? 0;
  if (us === 0 || !counted.has(node.id)) continue;
  totalUs += us;
  const frame = node.callFrame;
  const { file, where } = locate(frame);
  const name = frame.functionName || '(anonymous)';
  const key = `${name} ${where}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  byFile.set(file, (byFile.get(file) ?? 0) + us);
}

const ms = (us) => (us / 1000 / RUNS).toFixed(0).padStart(6);
const share = (us) => `${((100 * us) / totalUs).toFixed(1).padStart(5)}%`;
console.log(
  `suggestionStats over ${records.length.toLocaleString('en')} suggestions, grouped by lead unit: ` +
    `${RUNS} profiled calls, ${(wallMs / RUNS).toFixed(0)} ms each (wall, with the profiler on)`,
);
console.log(`top ${TOP} functions by self time (ms per call, share of samples):`);
for (const [key, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
  console.log(`  ${ms(us)} ms ${share(us)}  ${key}`);
}
// Inclusive time of the phases and rules worth knowing.
const PHASES = [
  ['stepSync', 'the pass over the records (engine + fused step)'],
  ['readItem', "one record's item facts"],
  ['formFlags', 'the facts of each evaluation form'],
  ['countRounds', 'per-round counts'],
  ['answeringClasses', 'classes per answering unit (件次)'],
  ['assignmentLateness', '交办超期'],
  ['byLeadUnit', 'the group key'],
  ['countPattern', 'counting a fact pattern'],
  ['resultsOfStates', 'results per group and in total'],
  ['frozenResult', 'freezing and copying results (every nested guard)'],
  ['(garbage collector)', 'garbage collection'],
];
const inclusive = new Map(PHASES.map(([name]) => [name, 0]));
for (const [id, names] of counted) {
  const us = selfUs.get(id) ?? 0;
  for (const [name] of PHASES) if (names.has(name)) inclusive.set(name, inclusive.get(name) + us);
}
console.log('inclusive time of some phases and rules:');
for (const [name, what] of PHASES) {
  const us = inclusive.get(name);
  console.log(`  ${ms(us)} ms ${share(us)}  ${name} (${what})`);
}
console.log('by source file (self time):');
for (const [file, us] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
  console.log(`  ${ms(us)} ms ${share(us)}  ${file}`);
}
