// Parse throughput: renda's parseSuggestion (zod + bilingual error mapping + deep freeze) beside
// a raw zod parse of the same schema, on the same sample records, in the same run.
import { pathToFileURL } from 'node:url';
import { parseSuggestion, SuggestionSchema } from 'renda';
import { generateSample } from 'renda/testing';

function time(label, records, rounds, fn) {
  // Warm up so both sides run optimised code.
  for (const record of records) fn(record);
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const record of records) fn(record);
  const ms = performance.now() - start;
  const perSecond = (records.length * rounds * 1000) / ms;
  console.log(`  ${label.padEnd(34)} ${perSecond.toFixed(0).padStart(9)} records/s`);
  return perSecond;
}

export function run() {
  const { suggestions } = generateSample({ seed: 7, size: 'town' });
  // Plain JSON input, as it arrives from a database or an HTTP body.
  const records = suggestions.map((s) => JSON.parse(JSON.stringify(s)));
  const rounds = 20;
  console.log(`parse throughput, ${records.length} sample suggestions × ${rounds} rounds`);
  const raw = time('zod SuggestionSchema.parse', records, rounds, (r) => SuggestionSchema.parse(r));
  const ours = time('renda parseSuggestion', records, rounds, (r) => parseSuggestion(r));
  console.log(`  ratio renda / raw zod: ${(raw / ours).toFixed(2)}× the time`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) run();
