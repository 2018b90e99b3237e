// Benchmark: parsing a stored suggestion on load. renda's parseSuggestion (zod's compiled path,
// canonical timestamps kept as they are, bilingual errors, deep freeze) beside
//   - a hand-written validator that checks the same things and returns the same frozen record
//     (bench/parse-hand.mjs; its equivalence, on valid and mutated records, is proved by
//     bench/parse-hand.check.mjs), and
//   - a raw zod parse of SuggestionSchema (no freeze).
// The records are the handled suggestions of a 'city' sample (the ones with at least eight history
// entries), as plain JSON, as they come from a database. Every record's result is checked equal
// to the hand-written validator's first; then the three are timed in alternating rounds in this
// process and the medians printed. Target: renda ≤ 1.5× the hand-written validator.
//   node bench/parse.bench.mjs       (after `npx tsup`)
import { fileURLToPath } from 'node:url';
import { parseSuggestion, SuggestionSchema } from 'renda';
import { sampleSuggestions } from 'renda/testing';
import { handParseSuggestion } from './parse-hand.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const TARGET = 1.5;

function records() {
  const out = [];
  for (const seed of [1, 2]) {
    for (const s of sampleSuggestions({ seed, size: 'city' })) {
      if (s.history.length >= 8) out.push(JSON.parse(JSON.stringify(s)));
    }
  }
  return out;
}

function timeOnce(fn, list) {
  const started = performance.now();
  let sink = 0;
  for (let i = 0; i < list.length; i++) sink += fn(list[i]).history.length;
  const ms = performance.now() - started;
  if (sink === 0) throw new Error('nothing parsed');
  return ms;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function run() {
  const list = records();
  const bytes = list.reduce((sum, r) => sum + JSON.stringify(r).length, 0) / list.length;
  const timestamps =
    list.reduce(
      (sum, r) => sum + (JSON.stringify(r).match(/\d{4}-\d\d-\d\dT[^"]+/g) ?? []).length,
      0,
    ) / list.length;
  for (const record of list) {
    const ours = JSON.stringify(parseSuggestion(record));
    if (ours !== JSON.stringify(handParseSuggestion(record))) {
      throw new Error(`parseSuggestion and the hand-written validator differ on ${record.id}`);
    }
  }
  const ways = [
    ['renda parseSuggestion', (r) => parseSuggestion(r)],
    ['hand-written validator', (r) => handParseSuggestion(r)],
    ['zod SuggestionSchema.parse', (r) => SuggestionSchema.parse(r)],
  ];
  const samples = ways.map(() => []);
  for (let round = 0; round <= ROUNDS; round++) {
    ways.forEach(([, fn], index) => {
      const ms = timeOnce(fn, list);
      if (round > 0) samples[index].push(ms); // round 0 warms up
    });
  }
  const us = samples.map((s) => (median(s) * 1000) / list.length);
  console.log(
    `parse: ${list.length.toLocaleString('en')} handled suggestions (about ${Math.round(bytes).toLocaleString('en')} bytes of JSON and ${Math.round(timestamps)} timestamps each), results equal to the hand-written validator's`,
  );
  console.log(`  median of ${ROUNDS} alternating rounds after a warm-up, per record:`);
  ways.forEach(([label], index) => {
    console.log(`  ${label.padEnd(28)} ${us[index].toFixed(1).padStart(7)} µs`);
  });
  const ratio = us[0] / us[1];
  console.log(
    `  ratio renda / hand-written: ${ratio.toFixed(2)}× (target ≤ ${TARGET}×: ${ratio <= TARGET ? 'met' : 'NOT met'})`,
  );
  console.log(`  ratio renda / raw zod: ${(us[0] / us[2]).toFixed(2)}×`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) run();
