// Benchmark: the whole suggestion dashboard (suggestionStats, grouped by lead unit) over 1,000,000
// generated suggestions, beside a hand-written single-pass loop and beside lodash (groupBy + one
// reduction per figure) computing the SAME figures, checked equal; then the heap while streaming
// 1,000,000 suggestions from an async generator (it should stay O(groups), not O(records)).
//
// Records: four 'city' samples (seeds 1–4, about 120,000 distinct suggestions) generated once and
// cycled to 1,000,000 before any timing. Run after `npm run build`:
//   node --expose-gc bench/dashboard.bench.mjs      (or `npm run bench` for every bench file)
import { fileURLToPath } from 'node:url';
import lodash from 'lodash';
import { byLeadUnit, suggestionStats } from 'renda';
import { generateSample, sampleSuggestions } from 'renda/testing';

const RECORDS = 1_000_000;
const SEEDS = [1, 2, 3, 4];
const WARM_RUNS = 1;
const TIMED_RUNS = 5;

function buildRecords() {
  const base = [];
  for (const seed of SEEDS) for (const s of sampleSuggestions({ seed, size: 'city' })) base.push(s);
  const records = new Array(RECORDS);
  for (let i = 0; i < RECORDS; i++) records[i] = base[i % base.length];
  return { base, records };
}

// ---------------------------------------------------------------------------------------------
// The rules, stated once for the two hand-written ways (the same as SUGGESTION_METRICS).

const DAY_MS = 86_400_000;
/** Day number of 'YYYY-MM-DD'. */
const dayOf = (day) => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / DAY_MS;
/** Day number in Asia/Shanghai (+08:00 since 1991) of a canonical UTC timestamp. */
const shanghaiDayOf = (iso) => Math.floor((Date.parse(iso) + 8 * 3_600_000) / DAY_MS);
const EXCLUDED = new Set([
  'withdrawn',
  'merged',
  'notRegistered',
  'draft',
  'submitted',
  'registered',
]);

/** Figures compared between the ways, per group, in this order. */
const FIGURES = [
  'assigned',
  'replied',
  'onTime',
  'closed',
  'faceToFace',
  'feedback',
  'solvedOrPlanned',
  'adopted',
  'reHandled',
  'key',
  'keyReplied',
  'finalForms',
  'finalSatisfied',
  'finalBasic',
  'firstForms',
  'firstBroad',
  'overdue',
  'daysN',
  'daysSum',
];

/** The policy-dependent helpers shared by the hand loop and lodash. */
function rules(policy, asOf) {
  const flags = new Map(policy.outcomeTaxonomy.classes.map((c) => [c.code, c]));
  const asOfDay = shanghaiDayOf(asOf);
  const leadOnly = policy.evaluationCounting === 'leadOnly';
  const everyRequired = policy.repliedWhen === 'everyRequiredUnit';
  return { flags, asOfDay, leadOnly, everyRequired };
}

/** The facts of one item, readable (what the lodash way maps every record to). */
function facts(s, r) {
  const active = s.assignments.filter((a) => a.active);
  if (EXCLUDED.has(s.state) || active.length === 0) return null;
  const lead = active.find((a) => a.role === 'lead' || a.role === 'sole');
  const required = active.filter((a) => a.mustReply);
  const report = lead ?? required[0] ?? active[0];
  const owing = !r.everyRequired && lead ? [lead] : required.length > 0 ? required : [report];
  const own = (a) => s.replies.filter((x) => !x.followUp && x.unitId === a.unitId);
  const byOrder = (x, y) => x.round - y.round || (x.at < y.at ? -1 : x.at > y.at ? 1 : 0);
  const firsts = owing.map((a) => own(a).sort(byOrder)[0]);
  const replied = firsts.every(Boolean);
  const classUnit = owing.includes(report) ? report : owing[0];
  const last = own(classUnit).sort(byOrder).at(-1);
  const leadDeputy = s.proposers.find((p) => p.role === 'lead')?.deputyId;
  const counted = s.evaluations.filter((e) => !r.leadOnly || e.deputyId === leadDeputy);
  const final = counted.filter(
    (e) => !s.evaluations.some((o) => o.deputyId === e.deputyId && o.round > e.round),
  );
  const first = counted.filter((e) => e.round === 1);
  let daysLate = 0;
  if (s.state !== 'closed') {
    const debtors = s.round === 1 ? owing : [classUnit];
    for (const a of debtors) {
      if (s.replies.some((x) => !x.followUp && x.unitId === a.unitId && x.round === s.round))
        continue;
      const due =
        s.round === 1
          ? a.deadline.day
          : (s.reHandlings.find((h) => h.round === s.round)?.deadline.day ?? a.deadline.day);
      daysLate = Math.max(daysLate, r.asOfDay - dayOf(due));
    }
  }
  const cls = replied && last ? r.flags.get(last.outcomeClass) : undefined;
  const days = replied
    ? Math.max(0, ...owing.map((a, i) => shanghaiDayOf(firsts[i].at) - dayOf(a.assignedDay)))
    : 0;
  return {
    replied,
    onTime: replied && firsts.every((x) => x.onTime),
    closed: s.state === 'closed',
    faceToFace:
      replied && (s.replies.some((x) => x.faceToFace) || s.consultations.some((c) => c.faceToFace)),
    feedback: replied && counted.length > 0,
    solvedOrPlanned: cls?.solvedOrPlanned === true,
    adopted: cls?.adopted === true,
    reHandled: replied && s.reHandlings.length > 0,
    key: s.keyItem !== undefined,
    keyReplied: replied && s.keyItem !== undefined,
    finalForms: final.length,
    finalSatisfied: final.filter((e) => e.grade === 'satisfied').length,
    finalBasic: final.filter((e) => e.grade === 'basicallySatisfied').length,
    firstForms: first.length,
    firstBroad: first.filter((e) => e.grade !== 'dissatisfied').length,
    overdue: daysLate > 0,
    days: replied ? days : null,
  };
}

/** First (lowest round, earliest) or last non-follow-up reply of a unit, without allocating. */
function replyOf(replies, unitId, wantLast) {
  let best;
  for (let i = 0; i < replies.length; i++) {
    const x = replies[i];
    if (x.followUp || x.unitId !== unitId) continue;
    if (best === undefined) best = x;
    else if (
      wantLast
        ? x.round > best.round || (x.round === best.round && x.at >= best.at)
        : x.round < best.round || (x.round === best.round && x.at < best.at)
    )
      best = x;
  }
  return best;
}

/** What a careful developer writes by hand: one loop, one Map, counters, every rule inline. */
function withTightLoop(records, policy, asOf) {
  const r = rules(policy, asOf);
  const byUnit = new Map();
  for (let i = 0; i < records.length; i++) {
    const s = records[i];
    const as = s.assignments;
    let lead = -1;
    let firstReq = -1;
    let firstActive = -1;
    let nReq = 0;
    for (let k = 0; k < as.length; k++) {
      const a = as[k];
      if (!a.active) continue;
      if (firstActive < 0) firstActive = k;
      if (a.mustReply) {
        nReq++;
        if (firstReq < 0) firstReq = k;
      }
      if (lead < 0 && (a.role === 'lead' || a.role === 'sole')) lead = k;
    }
    const report =
      lead >= 0
        ? lead
        : firstReq >= 0
          ? firstReq
          : firstActive >= 0
            ? firstActive
            : as.length > 0
              ? 0
              : -1;
    const unit = report >= 0 ? as[report].unitId : '(unassigned)';
    let c = byUnit.get(unit);
    if (c === undefined) {
      c = new Array(FIGURES.length).fill(0);
      byUnit.set(unit, c);
    }
    if (firstActive < 0 || EXCLUDED.has(s.state)) continue;
    c[0]++;
    const replies = s.replies;
    const single =
      !r.everyRequired && lead >= 0 ? lead : nReq > 0 ? -1 : lead >= 0 ? lead : firstActive;
    const classUnit = single >= 0 ? single : as[report].mustReply ? report : firstReq;
    let replied = true;
    let onTime = true;
    let days = 0;
    for (let k = 0; k < as.length; k++) {
      const a = as[k];
      if (single >= 0 ? k !== single : !a.active || !a.mustReply) continue;
      const first = replyOf(replies, a.unitId, false);
      if (first === undefined) {
        replied = false;
        break;
      }
      if (!first.onTime) onTime = false;
      const d = shanghaiDayOf(first.at) - dayOf(a.assignedDay);
      if (d > days) days = d;
    }
    const key = s.keyItem !== undefined;
    if (key) c[9]++;
    let leadDeputy = '';
    if (r.leadOnly) for (const p of s.proposers) if (p.role === 'lead') leadDeputy = p.deputyId;
    const ev = s.evaluations;
    let hasForm = false;
    for (let j = 0; j < ev.length; j++) {
      const e = ev[j];
      if (r.leadOnly && e.deputyId !== leadDeputy) continue;
      hasForm = true;
      if (e.round === 1) {
        c[14]++;
        if (e.grade !== 'dissatisfied') c[15]++;
      }
      let final = true;
      for (let k = 0; k < ev.length; k++) {
        if (ev[k].round > e.round && ev[k].deputyId === e.deputyId) {
          final = false;
          break;
        }
      }
      if (!final) continue;
      c[11]++;
      if (e.grade === 'satisfied') c[12]++;
      else if (e.grade === 'basicallySatisfied') c[13]++;
    }
    if (s.state === 'closed') c[3]++;
    if (replied) {
      c[1]++;
      if (onTime) c[2]++;
      if (key) c[10]++;
      if (hasForm) c[5]++;
      if (s.reHandlings.length > 0) c[8]++;
      let f2f = false;
      for (let k = 0; k < replies.length && !f2f; k++) f2f = replies[k].faceToFace;
      for (let k = 0; k < s.consultations.length && !f2f; k++) f2f = s.consultations[k].faceToFace;
      if (f2f) c[4]++;
      c[17]++;
      c[18] += days > 0 ? days : 0;
      const last = replyOf(replies, as[classUnit].unitId, true);
      const cls = last === undefined ? undefined : r.flags.get(last.outcomeClass);
      if (cls?.solvedOrPlanned) c[6]++;
      if (cls?.adopted) c[7]++;
    }
    if (s.state !== 'closed') {
      let worst = 0;
      for (let k = 0; k < as.length; k++) {
        const a = as[k];
        const owes =
          s.round === 1 ? (single >= 0 ? k === single : a.active && a.mustReply) : k === classUnit;
        if (!owes) continue;
        let answered = false;
        for (let m = 0; m < replies.length; m++) {
          const x = replies[m];
          if (!x.followUp && x.round === s.round && x.unitId === a.unitId) {
            answered = true;
            break;
          }
        }
        if (answered) continue;
        let due = a.deadline.day;
        if (s.round > 1)
          for (const h of s.reHandlings) if (h.round === s.round) due = h.deadline.day;
        const late = r.asOfDay - dayOf(due);
        if (late > worst) worst = late;
      }
      if (worst > 0) c[16]++;
    }
  }
  return byUnit;
}

/** The readable hand-written way: one loop, one Map, a facts object per record. */
function withHandLoop(records, policy, asOf) {
  const r = rules(policy, asOf);
  const byUnit = new Map();
  for (let i = 0; i < records.length; i++) {
    const s = records[i];
    const unit = byLeadUnit(s);
    let c = byUnit.get(unit);
    if (c === undefined) {
      c = new Array(FIGURES.length).fill(0);
      byUnit.set(unit, c);
    }
    const f = facts(s, r);
    if (f === null) continue;
    c[0]++;
    if (f.replied) c[1]++;
    if (f.onTime) c[2]++;
    if (f.closed) c[3]++;
    if (f.faceToFace) c[4]++;
    if (f.feedback) c[5]++;
    if (f.solvedOrPlanned) c[6]++;
    if (f.adopted) c[7]++;
    if (f.reHandled) c[8]++;
    if (f.key) c[9]++;
    if (f.keyReplied) c[10]++;
    c[11] += f.finalForms;
    c[12] += f.finalSatisfied;
    c[13] += f.finalBasic;
    c[14] += f.firstForms;
    c[15] += f.firstBroad;
    if (f.overdue) c[16]++;
    if (f.days !== null) {
      c[17]++;
      c[18] += f.days;
    }
  }
  return byUnit;
}

/** The lodash way: group, map to facts, then one reduction per figure. */
function withLodash(records, policy, asOf) {
  const r = rules(policy, asOf);
  const groups = lodash.groupBy(records, byLeadUnit);
  const out = new Map();
  for (const unit of Object.keys(groups)) {
    const fs = lodash.compact(lodash.map(groups[unit], (s) => facts(s, r)));
    const count = (key) => lodash.sumBy(fs, (f) => (f[key] ? 1 : 0));
    const sum = (key) => lodash.sumBy(fs, key);
    const replied = lodash.filter(fs, 'replied');
    out.set(unit, [
      fs.length,
      replied.length,
      count('onTime'),
      count('closed'),
      count('faceToFace'),
      count('feedback'),
      count('solvedOrPlanned'),
      count('adopted'),
      count('reHandled'),
      count('key'),
      count('keyReplied'),
      sum('finalForms'),
      sum('finalSatisfied'),
      sum('finalBasic'),
      sum('firstForms'),
      sum('firstBroad'),
      count('overdue'),
      replied.length,
      lodash.sumBy(replied, 'days'),
    ]);
  }
  return out;
}

/** The renda way: one call; the figures read back out for comparison. */
function withRenda(records, policy, asOf) {
  const { groups } = suggestionStats(records, { asOf, policy, groupBy: byLeadUnit });
  const out = new Map();
  for (const { key, stats } of groups) {
    const rt = stats.rates;
    const days = stats.timeToReply.days;
    out.set(key[0], [
      rt.replyRate.value.denominator,
      rt.replyRate.value.numerator,
      rt.onTimeReplyRate.value.numerator,
      rt.closureRate.value.numerator,
      rt.faceToFaceRate.value.numerator,
      rt.feedbackRate.value.numerator,
      rt.solvedOrPlannedRate.value.numerator,
      rt.adoptionRate.value.numerator,
      rt.reHandlingRate.value.numerator,
      rt.keyItemReplyRate.value.denominator,
      rt.keyItemReplyRate.value.numerator,
      rt.satisfactionRate.value.denominator,
      rt.narrowSatisfactionRate.value.numerator,
      rt.basicSatisfactionRate.value.numerator,
      rt.firstRoundSatisfactionRate.value.denominator,
      rt.firstRoundSatisfactionRate.value.numerator,
      stats.overdue.n,
      days.n,
      days.sum,
    ]);
  }
  return out;
}

/** Where two ways disagree, or null. */
function difference(a, b) {
  const units = new Set([...a.keys(), ...b.keys()]);
  for (const unit of units) {
    const x = a.get(unit) ?? new Array(FIGURES.length).fill(0);
    const y = b.get(unit) ?? new Array(FIGURES.length).fill(0);
    const index = x.findIndex((value, i) => value !== y[i]);
    if (index >= 0) return `${unit} ${FIGURES[index]}: ${x[index]} vs ${y[index]}`;
  }
  return null;
}

/** Interleaved rounds (A, B, C, A, B, C…) so machine noise hits every way alike; medians. */
function timeInterleaved(ways, args) {
  for (let i = 0; i < WARM_RUNS; i++) for (const way of ways) way.fn(...args);
  const times = ways.map(() => []);
  const outputs = [];
  for (let round = 0; round < TIMED_RUNS; round++) {
    ways.forEach((way, index) => {
      const start = performance.now();
      outputs[index] = way.fn(...args);
      times[index].push(performance.now() - start);
    });
  }
  return ways.map((way, index) => {
    const sorted = times[index].sort((x, y) => x - y);
    return {
      label: way.label,
      medianMs: sorted[Math.floor(sorted.length / 2)],
      output: outputs[index],
    };
  });
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
  const { policy, asOf } = generateSample({ seed: SEEDS[0], size: 'town' });
  const { base, records } = buildRecords();
  const buildMs = performance.now() - buildStart;
  const [renda, hand, readable, lo] = timeInterleaved(
    [
      { label: 'renda suggestionStats', fn: withRenda },
      { label: 'hand loop, rules inline', fn: withTightLoop },
      { label: 'hand loop, facts per record', fn: withHandLoop },
      { label: 'lodash groupBy + reductions', fn: withLodash },
    ],
    [records, policy, asOf],
  );
  for (const other of [renda, readable, lo]) {
    const diff = difference(other.output, hand.output);
    if (diff !== null) throw new Error(`${other.label} disagrees with the hand loop: ${diff}`);
  }
  const ratio = renda.medianMs / hand.medianMs;
  const lodashRatio = lo.medianMs / hand.medianMs;
  console.log(
    `dashboard: ${RECORDS.toLocaleString('en')} suggestions (${base.length.toLocaleString('en')} distinct, built in ${(buildMs / 1000).toFixed(1)} s), ` +
      `${renda.output.size} lead units, ${FIGURES.length} figures per unit, every way agrees`,
  );
  for (const r of [renda, hand, readable, lo]) {
    console.log(`  ${r.label.padEnd(30)} ${r.medianMs.toFixed(0).padStart(7)} ms`);
  }
  console.log(`  ratio renda / hand loop (rules inline): ${ratio.toFixed(2)}× (target ≤ 1.5×)`);
  console.log(
    `  ratio hand loop (facts per record) / hand loop: ${(readable.medianMs / hand.medianMs).toFixed(2)}×`,
  );
  console.log(`  ratio lodash / hand loop: ${lodashRatio.toFixed(2)}×`);

  const heap = await streamingHeap(base, policy, asOf);
  console.log(`streaming ${RECORDS.toLocaleString('en')} suggestions from an async generator:`);
  console.log(
    `  ${heap.ms.toFixed(0)} ms; heap before ${mb(heap.before)}, peak ${mb(heap.peak)}, after ${mb(heap.after)} ` +
      `(+${mb(heap.after - heap.before)} for ${heap.groups} groups and ${heap.overdue.toLocaleString('en')} overdue ids)` +
      (globalThis.gc ? '' : ' (run with --expose-gc for steadier figures)'),
  );
  return {
    records: RECORDS,
    rendaMs: renda.medianMs,
    handMs: hand.medianMs,
    readableHandMs: readable.medianMs,
    lodashMs: lo.medianMs,
    ratio,
    lodashRatio,
    streaming: { ms: heap.ms, heapBefore: heap.before, heapPeak: heap.peak, heapAfter: heap.after },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
