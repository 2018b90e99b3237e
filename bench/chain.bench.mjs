// Benchmark: the tamper-evident history chain and the bulk operations.
// - sealHistory and safeVerifyHistoryChain on one record with a 10,000-entry history (SHA-256
//   through Web Crypto, one digest per entry, each chained on the previous), and resealing it
//   after one more entry (the sealed prefix is checked again, so resealing is linear too);
// - sealing and checking 1,000 sample suggestions (about ten entries each);
// - transitionMany assigning 1,000 registered suggestions at once (交办会), beside a loop of
//   safeTransition doing the same, and publishing them all in one batch.
//
// Run after `npm run build`:  node bench/chain.bench.mjs
// A bench runner can `import { run } from './chain.bench.mjs'` and call `run()`.
import { fileURLToPath } from 'node:url';
import {
  initialSuggestionOf,
  replay,
  safeTransition,
  safeVerifyHistoryChain,
  sealHistory,
  suggestionWorkflow,
  transitionMany,
} from 'renda';
import { generateSample } from 'renda/testing';

const ROUNDS = 5;

async function timed(label, body) {
  const times = [];
  let value;
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    value = await body();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(58)} median ${times[Math.floor(ROUNDS / 2)].toFixed(1)} ms`);
  return value;
}

function longRecord(entries) {
  const history = [];
  const start = Date.parse('2025-01-01T00:00:00Z');
  for (let i = 0; i < entries; i++) {
    const at = new Date(start + i * 60_000).toISOString();
    history.push({
      type: i % 3 === 0 ? 'consult' : 'supervise',
      at,
      recordedAt: at,
      actor: { role: i % 2 === 0 ? 'handlingUnit' : 'supervisor', id: `U-${i % 40}` },
      payload: { faceToFace: i % 2 === 0, note: `第${i}次` },
    });
  }
  return { state: 'inHandling', history };
}

export async function run() {
  console.log(`Node ${process.version}; medians of ${ROUNDS} runs`);
  const long = longRecord(10_000);
  const sealed = await timed('sealHistory, 10,000 entries', () => sealHistory(long));
  await timed('safeVerifyHistoryChain, 10,000 entries', async () => {
    const result = await safeVerifyHistoryChain(sealed);
    if (!result.ok) throw new Error('the sealed record does not check');
  });
  const appended = { ...sealed, history: [...sealed.history, sealed.history[0]] };
  await timed('sealHistory after one more entry (10,001)', () => sealHistory(appended));

  const sample = generateSample({ seed: 1, size: 'county' });
  const thousand = sample.suggestions.slice(0, 1000);
  const entries = thousand.reduce((n, s) => n + s.history.length, 0);
  const sealedAll = await timed(`seal 1,000 suggestions (${entries} entries)`, () =>
    Promise.all(thousand.map((s) => sealHistory(s))),
  );
  await timed('check 1,000 sealed suggestions', () =>
    Promise.all(sealedAll.map((s) => safeVerifyHistoryChain(s))),
  );

  const options = {
    workflow: suggestionWorkflow,
    actor: { role: 'liaisonOffice', id: 'OFFICE' },
    at: '2026-03-20T09:00:00+08:00',
    context: { policy: sample.policy },
  };
  const registered = sample.suggestions
    .filter((s) => s.history[0]?.type === 'submit' && s.history[1]?.type === 'register')
    .slice(0, 1000)
    .map((s) => replay(initialSuggestionOf(s), s.history.slice(0, 2), options));
  const events = registered.map((_, i) => ({
    type: 'assign',
    payload: { units: [{ unitId: `U-${i % 30}`, role: 'sole' }] },
  }));
  const batch = await timed(`transitionMany: assign ${registered.length} suggestions`, () =>
    transitionMany(registered, events, options),
  );
  await timed(`loop of safeTransition: assign ${registered.length} suggestions`, () =>
    registered.map((s, i) => safeTransition(s, events[i], options)),
  );
  const closed = sample.suggestions
    .filter((s) => s.state === 'closed' && !s.confidential && s.publication === undefined)
    .slice(0, 1000);
  await timed(`transitionMany: publish ${closed.length} suggestions`, () =>
    transitionMany(closed, { type: 'publish', payload: { mode: 'full' } }, options),
  );
  if (batch.records.length !== registered.length) throw new Error('the batch lost records');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
