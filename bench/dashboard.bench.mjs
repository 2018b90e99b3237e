// Benchmark: the whole suggestion dashboard (suggestionStats, grouped by lead unit) over 1,000,000
// generated suggestions, beside
//   - the tightest hand loop (bench/dashboard-tight.mjs): one pass, one Map by lead unit, counters,
//     every handling rule inline, no allocation per record, no Date, Date.parse or Intl (day
//     numbers digit by digit from the frozen day strings and the canonical UTC timestamps);
//   - a readable hand loop (a facts object per record, array methods, the same counting);
//   - the generic per-definition path: aggregate(records, suggestionMetricDefinitions(policy,
//     asOf), { groupBy: byLeadUnit }).
// Every way is run once first and its figures checked equal to the tight loop's, per group and in
// total (the generic path on every rate's n, denominator, numerator and exclusions and on the duty
// figures; the others on every figure: states, topics, rates, classes, days, rounds, the overdue
// and late-to-assign lists, the assisting inputs and follow-ups by unit); then they are timed in alternating rounds in this one process, and the medians printed.
// Last, the heap while streaming 1,000,000 suggestions from an async generator (it should stay
// O(groups + overdue items), not O(records)).
//
// Records: four 'city' samples (seeds 1–4, 120,000 distinct suggestions) generated once and
// cycled to 1,000,000 before any timing. Run after `npx tsup` (or `npm run bench`):
//   node --expose-gc bench/dashboard.bench.mjs
// BENCH_ROUNDS=n sets the timed rounds (default 5). Where the time goes: bench/profile-dashboard.mjs.
import { fileURLToPath } from 'node:url';
import { aggregate, byLeadUnit, suggestionMetricDefinitions, suggestionStats } from 'renda';
import { generateSample, sampleSuggestions } from 'renda/testing';
import { isCanonicalUtc } from './dashboard-days.mjs';
import {
  assertSameFigures,
  dashboardFigures,
  genericFigures,
  tightFigures,
} from './dashboard-figures.mjs';
import { withReadableLoop } from './dashboard-readable.mjs';
import { withTightLoop } from './dashboard-tight.mjs';

const RECORDS = 1_000_000;
const SEEDS = [1, 2, 3, 4];
const TIMED_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TARGET = 1.2;

/** The records: the distinct base and the base cycled to RECORDS. */
export function buildRecords(count = RECORDS) {
  const base = [];
  for (const seed of SEEDS) for (const s of sampleSuggestions({ seed, size: 'city' })) base.push(s);
  const records = new Array(count);
  for (let i = 0; i < count; i++) records[i] = base[i % base.length];
  return { base, records };
}

/** The sample's policy and asOf. */
export function samplePolicy() {
  const { policy, asOf } = generateSample({ seed: SEEDS[0], size: 'town' });
  return { policy, asOf };
}

/**
 * What the hand loops' Date-free day arithmetic assumes, checked once: the policy's zone is
 * Asia/Shanghai (+08:00 since 1991) and every timestamp they read is canonical UTC.
 */
export function assertDigitArithmeticHolds(base, policy, asOf) {
  // The hand loops count final satisfaction over forms (the default satisfactionBase).
  if (policy.satisfactionBase !== undefined && policy.satisfactionBase !== 'forms') {
    throw new Error(`the hand loops count satisfaction over forms, not ${policy.satisfactionBase}`);
  }
  if (policy.timeZone !== 'Asia/Shanghai') {
    throw new Error(`the hand loops assume Asia/Shanghai; the policy's zone is ${policy.timeZone}`);
  }
  const check = (value, where) => {
    if (!isCanonicalUtc(value) || value < '1992') {
      throw new Error(`${where} is not a canonical UTC timestamp after 1991: ${String(value)}`);
    }
  };
  check(asOf, 'asOf');
  for (const s of base) {
    for (const r of s.replies) check(r.at, `${s.id} reply at`);
    if (typeof s.submittedAt === 'string') check(s.submittedAt, `${s.id} submittedAt`);
    for (const h of s.history) if (h.type === 'submit') check(h.at, `${s.id} submit at`);
  }
}

/** The renda way: one call. */
const withDashboard = (records, policy, asOf) =>
  suggestionStats(records, { asOf, policy, groupBy: byLeadUnit });

/** The generic per-definition path: every figure its own accumulator through aggregate. */
const withGeneric = (records, policy, asOf) =>
  aggregate(records, suggestionMetricDefinitions(policy, asOf), { groupBy: byLeadUnit });

/**
 * The ways, each `(records, policy, asOf) => output` with how to read its figures. The hand loops
 * compute exactly the figures the dashboard under test has (items per topic only when it counts
 * them).
 */
export function waysFor(policy, asOf) {
  const topics = suggestionStats([], { asOf, policy }).total.topics !== undefined;
  return [
    {
      id: 'dashboard',
      label: 'renda suggestionStats',
      fn: withDashboard,
      figures: dashboardFigures,
    },
    {
      id: 'tight',
      label: 'tightest hand loop',
      fn: (records, p, a) => withTightLoop(records, p, a, { topics }),
      figures: tightFigures,
    },
    {
      id: 'readable',
      label: 'readable hand loop',
      fn: (records, p, a) => withReadableLoop(records, p, a, { topics }),
      figures: tightFigures,
    },
    {
      id: 'generic',
      label: 'generic per-definition path',
      fn: withGeneric,
      figures: genericFigures,
      only: ['rates.', 'assistingInputs.', 'followUps.'],
    },
  ];
}

/** Checks every way against the tight loop over `records` (throws on any difference). */
export function checkWays(records, policy, asOf, ways = waysFor(policy, asOf)) {
  const tight = ways.find((way) => way.id === 'tight');
  const expected = tight.figures(tight.fn(records, policy, asOf), policy);
  const checked = {};
  for (const way of ways) {
    if (way === tight) continue;
    const figures = way.figures(way.fn(records, policy, asOf), policy);
    checked[way.id] = assertSameFigures(way.label, expected, figures, way.only);
  }
  return checked;
}

const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Alternating rounds (A, B, C, D, B, C, D, A, …: the order rotates) after a warm-up; medians. */
function timeAlternating(ways, args) {
  const times = ways.map(() => []);
  for (const way of ways) way.fn(...args); // warm-up
  for (let round = 0; round < TIMED_ROUNDS; round++) {
    for (let step = 0; step < ways.length; step++) {
      const index = (round + step) % ways.length;
      globalThis.gc?.();
      const start = performance.now();
      ways[index].fn(...args);
      times[index].push(performance.now() - start);
    }
  }
  return ways.map((way, index) => ({
    ...way,
    medianMs: median(times[index]),
    minMs: Math.min(...times[index]),
    maxMs: Math.max(...times[index]),
  }));
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Streams RECORDS fresh copies (new objects, so nothing is shared) from an async generator. */
async function streamingHeap(base, policy, asOf) {
  async function* cursor() {
    for (let i = 0; i < RECORDS; i++) {
      const s = base[i % base.length];
      yield { ...s, id: `${s.id}#${i}` };
    }
  }
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  let seen = 0;
  async function* sampled() {
    for await (const record of cursor()) {
      if (++seen % 50_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
      yield record;
    }
  }
  const start = performance.now();
  const result = await suggestionStats(sampled(), { asOf, policy, groupBy: byLeadUnit });
  const ms = performance.now() - start;
  globalThis.gc?.();
  const after = process.memoryUsage().heapUsed;
  return { ms, before, peak, after, groups: result.groups.length, overdue: result.total.overdue.n };
}

/** Runs the benchmark, prints a report and returns the figures. */
export async function run() {
  const buildStart = performance.now();
  const { policy, asOf } = samplePolicy();
  const { base, records } = buildRecords();
  assertDigitArithmeticHolds(base, policy, asOf);
  const buildMs = performance.now() - buildStart;

  // The hand loops follow the policy: check them under the other counting rules too (the
  // distinct records only; not timed).
  const variants = [
    { repliedWhen: 'everyRequiredUnit', evaluationCounting: 'leadOnly' },
    { repliedWhen: 'leadUnit', evaluationCounting: 'leadOnly' },
    { repliedWhen: 'everyRequiredUnit', evaluationCounting: 'everyDeputy' },
  ];
  for (const variant of variants) {
    const varied = { ...policy, ...variant };
    const ways = waysFor(varied, asOf).filter((way) => way.id !== 'generic');
    checkWays(base, varied, asOf, ways);
  }
  // Figures first: every way against the tight loop over the 1,000,000 records.
  const checked = checkWays(records, policy, asOf);

  const results = timeAlternating(waysFor(policy, asOf), [records, policy, asOf]);
  const by = Object.fromEntries(results.map((r) => [r.id, r]));
  const tight = by.tight.medianMs;
  const ratio = by.dashboard.medianMs / tight;
  const genericRatio = by.generic.medianMs / tight;
  const readableRatio = by.readable.medianMs / tight;

  console.log(
    `dashboard: ${RECORDS.toLocaleString('en')} suggestions (${base.length.toLocaleString('en')} distinct, built in ${(buildMs / 1000).toFixed(1)} s), ` +
      `${checked.dashboard.groups - 1} lead units + total; figures equal to the tight loop's: ` +
      `dashboard ${checked.dashboard.figures.toLocaleString('en')}, readable loop ${checked.readable.figures.toLocaleString('en')}, ` +
      `generic ${checked.generic.figures.toLocaleString('en')} (rates and duties); the hand loops and the dashboard also agree under ${variants.length} other counting rules (distinct records)`,
  );
  console.log(`  median of ${TIMED_ROUNDS} alternating rounds after a warm-up (min–max):`);
  for (const r of results) {
    console.log(
      `  ${r.label.padEnd(30)} ${r.medianMs.toFixed(0).padStart(7)} ms  (${r.minMs.toFixed(0)}–${r.maxMs.toFixed(0)})`,
    );
  }
  console.log(
    `  ratio dashboard / tight loop: ${ratio.toFixed(2)}× (target ≤ ${TARGET}×: ${ratio <= TARGET ? 'met' : 'NOT met'})`,
  );
  console.log(`  ratio generic / tight loop: ${genericRatio.toFixed(2)}×`);
  console.log(`  ratio readable loop / tight loop: ${readableRatio.toFixed(2)}×`);

  const heap = await streamingHeap(base, policy, asOf);
  console.log(`streaming ${RECORDS.toLocaleString('en')} suggestions from an async generator:`);
  console.log(
    `  ${heap.ms.toFixed(0)} ms; heap before ${mb(heap.before)}, peak ${mb(heap.peak)}, after ${mb(heap.after)} ` +
      `(+${mb(heap.after - heap.before)} for ${heap.groups} groups and ${heap.overdue.toLocaleString('en')} overdue ids)` +
      (globalThis.gc ? '' : ' (run with --expose-gc for steadier figures)'),
  );
  return {
    records: RECORDS,
    dashboardMs: by.dashboard.medianMs,
    tightMs: tight,
    readableMs: by.readable.medianMs,
    genericMs: by.generic.medianMs,
    ratio,
    genericRatio,
    readableRatio,
    streaming: { ms: heap.ms, heapBefore: heap.before, heapPeak: heap.peak, heapAfter: heap.after },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
