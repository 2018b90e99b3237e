// Split 1,000,000 synthetic records over 2 worker threads; each computes aggregateStates for its
// half, the main thread merges the two states and checks that the result equals one pass over all
// records. Run after `npm run build`:  node examples/worker-aggregate.mjs
import assert from 'node:assert/strict';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  aggregate,
  aggregateStates,
  categoryCountAccumulator,
  finalizeAggregate,
  histogramAccumulator,
  mergeAggregateStates,
  rateAccumulator,
} from 'renda';

const RECORDS = 1_000_000;
const WORKERS = 2;

/** Synthetic record number i: deterministic, no Math.random (the real generator comes later). */
function makeRecord(i) {
  const h = (Math.imul(i + 1, 2654435761) >>> 0) % 1000;
  const replied = h < 930;
  return {
    unit: `U${i % 40}`,
    replied,
    onTime: replied && h % 10 < 8,
    grade: replied ? 'ABCD'[h % 4] : null,
    daysToReply: replied ? h % 120 : null,
  };
}

function* records(from, to) {
  for (let i = from; i < to; i++) yield makeRecord(i);
}

// Every thread builds the same metrics; only their states cross threads.
const metrics = {
  replyRate: rateAccumulator({
    id: 'replyRate',
    numerator: (r) => r.replied,
    denominator: () => true,
  }),
  onTimeRate: rateAccumulator({
    id: 'onTimeRate',
    numerator: (r) => r.onTime,
    denominator: (r) => r.replied,
  }),
  grades: categoryCountAccumulator((r) => r.grade, { id: 'grades' }),
  days: histogramAccumulator((r) => r.daysToReply, { id: 'daysToReply' }),
};
const options = { groupBy: (r) => r.unit };

if (isMainThread) {
  const url = new URL(import.meta.url);
  const share = Math.ceil(RECORDS / WORKERS);
  const started = performance.now();
  const states = await Promise.all(
    Array.from({ length: WORKERS }, (_, index) => {
      const from = index * share;
      const to = Math.min(RECORDS, from + share);
      return new Promise((resolve, reject) => {
        const worker = new Worker(url, { workerData: { from, to } });
        worker.once('message', resolve);
        worker.once('error', reject);
      });
    }),
  );
  const merged = states.reduce((a, b) => mergeAggregateStates(a, b, metrics));
  const asOf = '2024-01-31T16:00:00.000Z';
  const fromWorkers = finalizeAggregate(merged, metrics, { asOf });
  const workerMs = performance.now() - started;

  const onePassStart = performance.now();
  const onePass = aggregate(records(0, RECORDS), metrics, { ...options, asOf });
  const onePassMs = performance.now() - onePassStart;

  assert.deepStrictEqual(
    JSON.parse(JSON.stringify(fromWorkers)),
    JSON.parse(JSON.stringify(onePass)),
  );
  assert.equal(fromWorkers.total.days.median, onePass.total.days.median);
  const reply = fromWorkers.total.replyRate;
  console.log(
    `${WORKERS} workers: ${workerMs.toFixed(0)} ms; one pass: ${onePassMs.toFixed(0)} ms`,
  );
  console.log(
    `reply rate ${reply.numerator}/${reply.denominator}, ${fromWorkers.groups.length} units`,
  );
  console.log(
    `median days to reply ${fromWorkers.total.days.median}, p90 ${fromWorkers.total.days.p90}`,
  );
  console.log('merged result equals the one-pass result ✓');
} else {
  // A worker: one pass over its slice; the states are plain JSON, so postMessage copies them.
  const { from, to } = workerData;
  parentPort.postMessage(aggregateStates(records(from, to), metrics, options));
}
