// Bundles the main entry for the browser with esbuild, fails if any Node built-in is pulled in,
// then runs the bundle in a fresh V8 context that has no process, require or Buffer.
import { builtinModules } from 'node:module';
import vm from 'node:vm';
import { build } from 'esbuild';

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const failOnBuiltins = {
  name: 'fail-on-node-builtins',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) =>
      builtins.has(args.path) || args.path.startsWith('node:')
        ? { errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer}` }] }
        : undefined,
    );
  },
};

for (const entry of ['renda', 'renda/testing']) {
  const result = await build({
    stdin: {
      contents: `import * as api from '${entry}'; globalThis.__api = api;`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    minify: true,
    logLevel: 'silent',
    plugins: [failOnBuiltins],
  });
  const js = result.outputFiles[0].text;
  const ctx = vm.createContext({ console });
  vm.runInContext(js, ctx);
  if (entry === 'renda' && typeof ctx.__api.SuggestionSchema?.safeParse !== 'function') {
    throw new Error('renda: SuggestionSchema missing from the browser bundle');
  }
  for (const g of ['process', 'require', 'Buffer', 'module']) {
    if (g in ctx) throw new Error(`${entry}: bundle leaked global ${g}`);
  }
  console.log(
    `${entry}: browser bundle ok, ${(js.length / 1024).toFixed(1)} kB minified, no Node built-ins`,
  );
}

// Tree-shaking budgets (minified, dependencies included): an app that imports a few functions
// must not carry the whole library. Measured 2026-11: whole API 338 kB, rate+shares 17 kB;
// 2026-12, after 0.2's safe twin for every fallible function and its messages: whole API 415 kB
// (zod 98 kB of it). The performance work (issue 9) brings the whole API down; until then the
// budget holds it where it is. rate+shares: 100 kB since the dashboard's 交办超期 reads the policy
// through safeDueDate, whose rule check is zod: the bottom chunk now imports zod, and zod's
// classic entry configures its locale on import, so it cannot be dropped. Making the calendar
// free of zod (issue 9) brings this and labels (same cause) back under 40 kB.
// 2026-12 (issue 9): whole API 455 kB, because parsing now runs on zod's compiled path
// (z.compile and its code generator, about 30 kB minified) for parse ≈2.3× a hand-written
// validator instead of ≈7×. The budget follows until the calendar and the dashboard are free of
// zod and the tables are built on first use (issue 9's remaining work).
// 2026-12 (issue 9): the calendar and the dashboard no longer load zod (the deadline is one field
// table) nor @date-fns/tz: rate+shares 19.7 kB, dueDate alone 17.0 kB, suggestionStats alone
// 76.0 kB. The budgets now hold those gains (a few kB of room); labels still reach zod.
// 2026-12 (issue 10, motions): whole API 462.7 → 485.8 kB. The motion area is a second workflow
// with its own model, guards, bilingual refusals and figure (≈20 kB minified, measured per module
// from src/); the tree-shaken budgets below do not move, since nothing else imports it.
// 2026-12 (issue 10, key items): the new models, their messages and labels (supervision leads,
// key-item plans, the satisfaction vote), ≈17 kB. With motions, evaluation dimensions and reason
// codes the whole API is 507.4 kB; the partial budgets are unchanged.
// 2026-12 (issue 10, delegation items): whole API 507.4 → 521.7 kB (+14.3): the delegation-item
// model, its workflow, guards, bilingual refusals and labels, and its submission as a suggestion.
// Budget 520 → 535 kB; the partial budgets are unchanged, since nothing else imports the area.
// 2026-12 (issue 10, assisting inputs and follow-ups): suggestionStats alone 77.1 → 84.8 kB. The
// duty figures (协办意见按期率, 跟踪办理) add a counted unit with its facts, two rates, two counts
// figures with their bilingual definitions (≈3.3 kB of the descriptors' text), the reading of each
// record's inputs and duties and their per-unit state (measured per module from src/ with
// scripts/bundle-composition.mjs); its budget goes to 86 kB.
// 2026-12 (issue 10, together): with merged deputies, the holding reply, the direct route, key-item
// leads, delegation items and the duty figures the whole API is 539.4 kB; budget 535 → 550 kB.
// 2026-12 (issue 11, the opinion loop): the opinion area is a third workflow with its policy,
// guards, bilingual refusals, the public view, the personal-data validators and the new labels;
// the whole API budget goes to 590 kB (the partial budgets are unchanged: nothing else imports it).
// 2026-12 (issues 11 and 16): the opinion figures with their descriptors, the opinion ↔ suggestion
// link, reception-day schedules and adherence, division codes and roll-ups make the whole API
// 607.0 kB; budget 590 → 620 kB. The partial budgets are unchanged and met.
// 2026-12 (issue 16, part 1, plans): planContacts, checkPlan, toContactAssignments, planEnrolment
// and checkEnrolment with their checks and safe twins make the whole API 623.4 kB; budget
// 620 → 635 kB. The partial budgets are unchanged and met.
// 2026-12 (issue 16, together): contact plans, the duty record, people across levels and the
// general activity target with its presets make the whole API 641.2 kB; budget 635 → 660 kB.
// 2026-12 (issue 12, part 1, livelihood votes): the livelihood area is a fourth workflow with its
// policy, guards, bilingual refusals, the tally, the year-end rating and the coverage; the whole
// API is 638.9 kB; budget 620 → 650 kB (the partial budgets are unchanged: nothing else imports it).
// Together (issues 11, 12 and 16 merged in one session): the whole API is 669.0 kB; budget 690 kB.
// 2026-12 (issue 14, parts 1 and 2, import and dataset lint): the import area (the column tree read
// from the schemas, cell readers for labels, dates and numbers, row results with bilingual
// reasons) and lintDataset with its bilingual findings make the whole API 700.5 kB; budget
// 690 → 715 kB. renda/import alone gets its own line: importRows carries the six models it imports
// into (their schemas, zod's compiled parsing and the label table), 235.4 kB; budget 245 kB.
// Together (issues 12 parts 2–4, 14 parts 1–2 and 16's pairings merged in one session):
// appraisals, selections and livelihood figures, the import area and committee and deputy
// pairings make the whole API 719.1 kB; budget 715 → 740 kB.
// 2026-12 (issue 13, the SQL path): the dashboard is assembled from its counts in one module that
// the fused accumulator and suggestionStatsFromRows share, and each compiled rate keeps its rule
// for the SQL writer: suggestionStats alone is 86.5 kB; its budget goes to 87 kB.
// 2026-12 (issue 13, the opinion figures in SQL): opinionFactTables, opinionFactsDdl,
// opinionStatsSql and opinionStatsFromRows with their safe twins and bilingual refusals add 6.7 kB
// (735.3 → 742.0 kB).
// 2026-12 (issue 14 parts 4–5): the history chain (sealHistory, safeVerifyHistoryChain, its
// canonical JSON and schema), the redacted audit trail, transitionMany and reEnrolAtNewTerm, with
// their bilingual messages, add 13.2 kB.
// 2026-12 (issue 14, the rest of parts 1 and 3): legacy adoption (its replay-only event in the
// suggestion workflow), the report tables, sentences and CSV, and the report sentence of every
// dashboard metric add 13.5 kB. The three together: 735.3 → 768.9 kB; budget 740 → 775 kB. The sentences live in
// the descriptors that drive suggestionStats (one place per metric's words), which takes
// suggestionStats alone from 86.5 to 90.2 kB; its budget goes to 91 kB.
// 2026-12 (issue 14, every model round-trips): importRows imports into every record model of the
// samples (21, up from 6: suggestions with their event payloads, motions, delegation items, key-item
// plans and votes, livelihood projects and votes, trainings, duty reports, ballots, congresses),
// each identity and the count column of optional lists: renda/import's importRows alone
// 237.5 → 259.7 kB; budget 245 → 265 kB. The schemas were in the whole API already (+4.2 kB).
// With it, the report sentences of the key-item figures (on KEY_ITEM_METRICS) and of the ten
// coverage figures (each written beside the figure's name, in both languages), and
// keyItemReportSentences and coverageReportSentences with their safe twins (+4.3 kB): the whole
// API 770.4 → 778.9 kB; budget 775 → 790 kB. The partial budgets other than importRows hold.
const budgets = [
  ["import * as api from 'renda'; globalThis.a = api;", 790],
  ["import { importRows } from 'renda/import'; globalThis.a = importRows;", 265],
  ["import { rate, shares } from 'renda'; globalThis.a = [rate, shares];", 24],
  ["import { labels } from 'renda'; globalThis.a = labels;", 110],
  ["import { dueDate } from 'renda'; globalThis.a = dueDate;", 19],
  ["import { suggestionStats } from 'renda'; globalThis.a = suggestionStats;", 91],
];
for (const [contents, limitKb] of budgets) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    minify: true,
    logLevel: 'silent',
  });
  const kb = result.outputFiles[0].text.length / 1024;
  const line = `${contents.slice(0, 40).padEnd(40)} ${kb.toFixed(1)} kB (budget ${limitKb} kB)`;
  if (kb > limitKb) throw new Error(`over budget: ${line}`);
  console.log(`size: ${line}`);
}
