// Benchmark: aggregate() with four rate metrics grouped by unit over 1,000,000 synthetic records,
// against a hand-written single loop and against lodash (groupBy + sumBy) computing the same
// numbers; then the heap while streaming 1,000,000 records from an async generator.
//
// Run after `npm run build`:  node bench/aggregate.bench.mjs   (add --expose-gc for steadier heap
// figures). A bench runner can `import { run } from './aggregate.bench.mjs'` and call `run()`.
import { fileURLToPath } from 'node:url';
import lodash from 'lodash';
import { aggregate, defineAccumulator, rateAccumulator } from 'renda';

const RECORDS = 1_000_000;
const UNITS = 60;
const WARM_RUNS = 2;
const TIMED_RUNS = 7;

/** Deterministic synthetic record number `i` (a tiny LCG, no Math.random). */
function makeRecord(i) {
  const h = (Math.imul(i + 1, 2654435761) >>> 0) % 1000;
  const replied = h < 930;
  return {
    id: i,
    unit: `U${i % UNITS}`,
    replied,
    onTime: replied && h % 10 < 8,
    faceToFace: h % 7 < 5,
    satisfied: replied && h % 5 !== 0,
  };
}

function makeRecords(count) {
  const records = new Array(count);
  for (let i = 0; i < count; i++) records[i] = makeRecord(i);
  return records;
}

const always = () => true;
const metrics = {
  replyRate: rateAccumulator({ id: 'replyRate', numerator: (r) => r.replied, denominator: always }),
  onTimeRate: rateAccumulator({
    id: 'onTimeRate',
    numerator: (r) => r.onTime,
    denominator: always,
  }),
  faceToFaceRate: rateAccumulator({
    id: 'faceToFaceRate',
    numerator: (r) => r.faceToFace,
    denominator: always,
  }),
  satisfactionRate: rateAccumulator({
    id: 'satisfactionRate',
    numerator: (r) => r.satisfied,
    denominator: (r) => r.replied,
  }),
};
const options = { groupBy: (r) => r.unit };

/**
 * The same eight counts as ONE accumulator whose step tests every field inline: one call per record
 * instead of twelve small predicate calls, which is how a whole dashboard should be written when a
 * million records must go fast.
 */
const fused = {
  counts: defineAccumulator({
    id: 'dashboardCounts',
    version: 1,
    init: () => [0, 0, 0, 0, 0, 0, 0, 0],
    step: (c, r) => {
      c[1]++;
      c[3]++;
      c[5]++;
      if (r.replied) {
        c[0]++;
        c[7]++;
        if (r.satisfied) c[6]++;
      }
      if (r.onTime) c[2]++;
      if (r.faceToFace) c[4]++;
      return c;
    },
    merge: (a, b) => a.map((value, index) => value + b[index]),
    result: (c) => c,
  }),
};

function withFusedAccumulator(records) {
  const { groups } = aggregate(records, fused, options);
  return new Map(groups.map(({ key, results }) => [key[0], results.counts]));
}

/** The renda way: one call. Returns unit → [n1, d1, n2, d2, …] for comparison. */
function withAggregate(records) {
  const { groups } = aggregate(records, metrics, options);
  const out = new Map();
  for (const { key, results } of groups) {
    const r = results;
    out.set(key[0], [
      r.replyRate.numerator,
      r.replyRate.denominator,
      r.onTimeRate.numerator,
      r.onTimeRate.denominator,
      r.faceToFaceRate.numerator,
      r.faceToFaceRate.denominator,
      r.satisfactionRate.numerator,
      r.satisfactionRate.denominator,
    ]);
  }
  return out;
}

/** What a careful developer writes by hand: one loop, one Map, plain counters. */
function withHandLoop(records) {
  const byUnit = new Map();
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    let c = byUnit.get(r.unit);
    if (c === undefined) {
      c = [0, 0, 0, 0, 0, 0, 0, 0];
      byUnit.set(r.unit, c);
    }
    c[1]++;
    c[3]++;
    c[5]++;
    if (r.replied) {
      c[0]++;
      c[7]++;
      if (r.satisfied) c[6]++;
    }
    if (r.onTime) c[2]++;
    if (r.faceToFace) c[4]++;
  }
  return byUnit;
}

/** The lodash way: group, then one sumBy per figure. */
function withLodash(records) {
  const groups = lodash.groupBy(records, 'unit');
  const out = new Map();
  for (const unit of Object.keys(groups)) {
    const g = groups[unit];
    const replied = lodash.sumBy(g, (r) => (r.replied ? 1 : 0));
    out.set(unit, [
      replied,
      g.length,
      lodash.sumBy(g, (r) => (r.onTime ? 1 : 0)),
      g.length,
      lodash.sumBy(g, (r) => (r.faceToFace ? 1 : 0)),
      g.length,
      lodash.sumBy(g, (r) => (r.satisfied ? 1 : 0)),
      replied,
    ]);
  }
  return out;
}

function sameFigures(a, b) {
  if (a.size !== b.size) return false;
  for (const [key, values] of a) {
    const other = b.get(key);
    if (!other || other.some((value, index) => value !== values[index])) return false;
  }
  return true;
}

/**
 * Times several ways in interleaved rounds (A, B, C, A, B, C, …) so that noise from other processes
 * hits all of them alike; reports the median of each.
 */
function timeInterleaved(ways, records) {
  for (let i = 0; i < WARM_RUNS; i++) for (const way of ways) way.fn(records);
  const times = ways.map(() => []);
  const outputs = [];
  for (let round = 0; round < TIMED_RUNS; round++) {
    ways.forEach((way, index) => {
      const start = performance.now();
      outputs[index] = way.fn(records);
      times[index].push(performance.now() - start);
    });
  }
  return ways.map((way, index) => {
    const sorted = times[index].sort((x, y) => x - y);
    const median = sorted[Math.floor(sorted.length / 2)];
    return { label: way.label, medianMs: median, opsPerSec: 1000 / median, output: outputs[index] };
  });
}

async function* stream(count) {
  for (let i = 0; i < count; i++) yield makeRecord(i);
}

async function streamingHeap() {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  let seen = 0;
  async function* sampled() {
    for await (const record of stream(RECORDS)) {
      if (++seen % 50_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
      yield record;
    }
  }
  const start = performance.now();
  const result = await aggregate(sampled(), metrics, options);
  const ms = performance.now() - start;
  globalThis.gc?.();
  const after = process.memoryUsage().heapUsed;
  return { ms, before, peak, after, groups: result.groups.length, total: result.total.replyRate };
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Runs the benchmark, prints a report and returns the figures. */
export async function run() {
  const records = makeRecords(RECORDS);
  const [rendaRun, fusedRun, handRun, lodashRun] = timeInterleaved(
    [
      { label: 'renda aggregate', fn: withAggregate },
      { label: 'renda, fused accumulator', fn: withFusedAccumulator },
      { label: 'hand-written loop', fn: withHandLoop },
      { label: 'lodash groupBy + sumBy', fn: withLodash },
    ],
    records,
  );
  for (const other of [rendaRun, fusedRun, lodashRun]) {
    if (!sameFigures(other.output, handRun.output)) throw new Error(`${other.label} disagrees`);
  }
  const ratio = rendaRun.medianMs / handRun.medianMs;
  const fusedRatio = fusedRun.medianMs / handRun.medianMs;
  console.log(`aggregate: ${RECORDS.toLocaleString('en')} records, 4 rates, ${UNITS} groups`);
  for (const r of [rendaRun, fusedRun, handRun, lodashRun]) {
    console.log(
      `  ${r.label.padEnd(28)} ${r.medianMs.toFixed(1).padStart(8)} ms  ${r.opsPerSec.toFixed(2)} ops/s`,
    );
  }
  console.log(`  ratio renda (4 rate accumulators) / hand loop: ${ratio.toFixed(2)}×`);
  console.log(
    `  ratio renda (fused accumulator) / hand loop: ${fusedRatio.toFixed(2)}× (target ≤ 1.5×)`,
  );
  console.log(`  ratio lodash / hand loop: ${(lodashRun.medianMs / handRun.medianMs).toFixed(2)}×`);

  const heap = await streamingHeap();
  console.log(`streaming ${RECORDS.toLocaleString('en')} records from an async generator:`);
  console.log(
    `  ${heap.ms.toFixed(0)} ms; heap before ${mb(heap.before)}, peak ${mb(heap.peak)}, after ${mb(heap.after)}; ${heap.groups} groups` +
      (globalThis.gc ? '' : ' (run with --expose-gc for steadier figures)'),
  );
  return {
    records: RECORDS,
    groups: UNITS,
    rendaMs: rendaRun.medianMs,
    handMs: handRun.medianMs,
    lodashMs: lodashRun.medianMs,
    fusedMs: fusedRun.medianMs,
    ratio,
    fusedRatio,
    streaming: { ms: heap.ms, heapBefore: heap.before, heapPeak: heap.peak, heapAfter: heap.after },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
