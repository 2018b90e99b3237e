// The figures of each way of computing the dashboard, read into one comparable shape (bench
// helper): Map<group, Map<figure, value>>, the total under TOTAL. Only called on the checking run,
// never inside a timed one.
import { SUGGESTION_RATE_IDS, SUGGESTION_STATES } from 'renda';
import { C, D } from './dashboard-tight.mjs';

export const TOTAL = '(total)';

const ITEM_REASONS = ['withdrawn', 'merged', 'notRegistered', 'notAssigned'];
const FORM_REASONS = ['itemExcluded', 'coSigner'];
const DUTY_REASONS = ['itemExcluded'];
const DUTY_FACTS = Object.keys(D);
/** The reasons of a rate's unit. */
const reasonsOf = (unit) =>
  unit === 'item' || unit === 'reply'
    ? ITEM_REASONS
    : unit === 'evaluation'
      ? FORM_REASONS
      : DUTY_REASONS;

/** Puts a rate's n, denominator, numerator and exclusions. */
function putRate(figures, id, n, denominator, numerator, reasons, excluded) {
  figures.set(`rates.${id}.n`, n);
  figures.set(`rates.${id}.denominator`, denominator);
  figures.set(`rates.${id}.numerator`, numerator);
  reasons.forEach((reason, index) => {
    figures.set(`rates.${id}.excluded.${reason}`, excluded[index]);
  });
}

/** Puts every dashboard rate of a result that holds them by id (each with its `unit`). */
function putRates(figures, rates) {
  for (const id of SUGGESTION_RATE_IDS) {
    const r = rates[id];
    const reasons = reasonsOf(r.unit);
    const excluded = reasons.map((reason) => r.excluded[reason]);
    putRate(figures, id, r.n, r.denominator, r.numerator, reasons, excluded);
  }
}

/** The figures of each group of a library result (by its first key) and of its total. */
function figuresByGroup(result, partOf, figuresOf) {
  const all = new Map();
  for (const group of result.groups) all.set(group.key[0], figuresOf(partOf(group)));
  all.set(TOTAL, figuresOf(result.total));
  return all;
}

/** Puts counts by name, leaving out zeros (one way lists every class or state, another only those seen). */
function putCounts(figures, prefix, entries) {
  for (const [name, count] of entries) if (count !== 0) figures.set(`${prefix}.${name}`, count);
}

/** Puts per-round counts, leaving out rounds where all three are zero. */
function putRounds(figures, rounds) {
  rounds.forEach(([replies, forms, broad], index) => {
    if (replies === 0 && forms === 0 && broad === 0) return;
    figures.set(`rounds.${index + 1}`, `${replies} replies, ${forms} forms, ${broad} broad`);
  });
}

/** Puts a duty figure: n, exclusions, counts and counts by unit (zeros left out). */
function putDuties(figures, prefix, n, excluded, counts, byUnit) {
  figures.set(`${prefix}.n`, n);
  figures.set(`${prefix}.excluded.itemExcluded`, excluded);
  putCounts(
    figures,
    `${prefix}.counts`,
    DUTY_FACTS.map((fact) => [fact, counts[fact] ?? 0]),
  );
  for (const [unitId, own] of byUnit) {
    putCounts(
      figures,
      `${prefix}.byUnit.${unitId}`,
      DUTY_FACTS.map((fact) => [fact, own[fact] ?? 0]),
    );
  }
}

/** A hand loop's duty figure and its on-time rate, from its counts by unit. */
function tightDuties(f, prefix, rateId, units, excluded) {
  const total = {};
  const byUnit = [];
  for (const [unitId, counts] of units) {
    const own = Object.fromEntries(DUTY_FACTS.map((fact) => [fact, counts[D[fact]]]));
    byUnit.push([unitId, own]);
    for (const fact of DUTY_FACTS) total[fact] = (total[fact] ?? 0) + own[fact];
  }
  const n = (total.done ?? 0) + (total.open ?? 0);
  putDuties(f, prefix, n, excluded, total, byUnit);
  putRate(f, rateId, n, total.due ?? 0, total.onTime ?? 0, DUTY_REASONS, [excluded]);
}

/** The figures of one group of the hand loop. */
function tightGroupFigures(g, policy, topicNames) {
  const c = g.c;
  const f = new Map();
  f.set('n', c[C.records]);
  putCounts(
    f,
    'states',
    SUGGESTION_STATES.map((state, index) => [state, g.states[index]]),
  );
  putCounts(f, 'states', g.otherStates);
  ITEM_REASONS.forEach((reason, index) => {
    f.set(`excluded.${reason}`, c[C.excluded + index]);
  });
  f.set('assigned', c[C.assigned]);
  const itemExcluded = ITEM_REASONS.map((_, index) => c[C.excluded + index]);
  const item = (id, denominator, numerator) =>
    putRate(f, id, c[C.assigned], denominator, numerator, ITEM_REASONS, itemExcluded);
  item('replyRate', c[C.assigned], c[C.replied]);
  item('onTimeReplyRate', c[C.assigned], c[C.onTime]);
  item('closureRate', c[C.assigned], c[C.closed]);
  item('faceToFaceRate', c[C.replied], c[C.faceToFace]);
  item('feedbackRate', c[C.replied], c[C.feedback]);
  item('solvedOrPlannedRate', c[C.replied], c[C.solvedOrPlanned]);
  item('adoptionRate', c[C.replied], c[C.adopted]);
  item('reHandlingRate', c[C.replied], c[C.reHandled]);
  item('keyItemReplyRate', c[C.keyItem], c[C.keyReplied]);
  const finalExcluded = [c[C.finalItemExcluded], c[C.finalCoSigner]];
  const firstExcluded = [c[C.firstItemExcluded], c[C.firstCoSigner]];
  const final = (id, denominator, numerator) =>
    putRate(f, id, c[C.final], denominator, numerator, FORM_REASONS, finalExcluded);
  const first = (id, numerator) =>
    putRate(f, id, c[C.first], c[C.first], numerator, FORM_REASONS, firstExcluded);
  final('satisfactionRate', c[C.final], c[C.finalSatisfied] + c[C.finalBasic]);
  final('narrowSatisfactionRate', c[C.final], c[C.finalSatisfied]);
  final('basicSatisfactionRate', c[C.final], c[C.finalBasic]);
  first('firstRoundSatisfactionRate', c[C.firstSatisfied] + c[C.firstBasic]);
  first('firstRoundNarrowSatisfactionRate', c[C.firstSatisfied]);
  final('keyItemSatisfactionRate', c[C.finalKey], c[C.finalKeyBroad]);
  final('attitudeSatisfactionRate', c[C.finalAttitude], c[C.finalAttitudeBroad]);
  tightDuties(f, 'assistingInputs', 'assistingInputOnTimeRate', g.inputUnits, c[C.inputExcluded]);
  tightDuties(f, 'followUps', 'followUpOnTimeRate', g.followUpUnits, c[C.followUpExcluded]);
  const codes = policy.outcomeTaxonomy.classes.map((k) => k.code);
  putCounts(
    f,
    'classes',
    codes.map((code, index) => [code, g.classes[index]]),
  );
  putCounts(f, 'classes', g.otherClasses);
  putCounts(
    f,
    'replyClasses',
    codes.map((code, index) => [code, g.replyClasses[index]]),
  );
  putCounts(f, 'replyClasses', g.otherReplyClasses);
  if (topicNames !== undefined) {
    putCounts(
      f,
      'topics',
      g.topics.map((count, index) => [topicNames[index], count]),
    );
  }
  f.set('days.n', c[C.daysN]);
  f.set('days.sum', c[C.daysSum]);
  putCounts(
    f,
    'days',
    g.days.map((count, day) => [day, count]),
  );
  const rounds = [];
  for (let at = 0; at < g.rounds.length; at += 3) {
    rounds.push([g.rounds[at] ?? 0, g.rounds[at + 1] ?? 0, g.rounds[at + 2] ?? 0]);
  }
  putRounds(f, rounds);
  f.set('overdue.n', g.overdueIds.length);
  f.set('overdue.veryOverdue', g.veryOverdue);
  g.overdueIds.forEach((id, index) => {
    f.set(`overdue.items[${index}]`, `${id} ${g.overdueDays[index]} days`);
  });
  f.set('lateAssignment.judged', c[C.assignJudged]);
  f.set('lateAssignment.undecided', c[C.assignUndecided]);
  f.set('lateAssignment.n', g.lateIds.length);
  f.set(
    'lateAssignment.waiting',
    g.lateWaiting.reduce((sum, waiting) => sum + waiting, 0),
  );
  g.lateIds.forEach((id, index) => {
    const assigned = g.lateWaiting[index] === 0;
    f.set(
      `lateAssignment.items[${index}]`,
      `${id} ${g.lateDays[index]} days, assigned ${assigned}`,
    );
  });
  return f;
}

/** The figures of the hand loop's output. */
export function tightFigures(out, policy) {
  const all = new Map();
  for (const [key, g] of out.groups) all.set(key, tightGroupFigures(g, policy, out.topicNames));
  all.set(TOTAL, tightGroupFigures(out.total, policy, out.topicNames));
  return all;
}

/** The figures of one SuggestionStats. */
function dashboardStatsFigures(stats) {
  const f = new Map();
  f.set('n', stats.n);
  putCounts(f, 'states', Object.entries(stats.stateCounts.byState));
  for (const reason of ITEM_REASONS) {
    f.set(`excluded.${reason}`, stats.stateCounts.excluded[reason]);
  }
  f.set('assigned', stats.stateCounts.assigned);
  putRates(f, stats.rates);
  putCounts(f, 'classes', Object.entries(stats.outcomeClasses.counts));
  putCounts(f, 'replyClasses', Object.entries(stats.outcomeClassReplies.counts));
  // Items per topic: a figure of newer dashboards only.
  if (stats.topics !== undefined) putCounts(f, 'topics', Object.entries(stats.topics.counts));
  const days = stats.timeToReply.days;
  f.set('days.n', days.n);
  f.set('days.sum', days.sum);
  putCounts(f, 'days', days.values);
  putRounds(
    f,
    stats.rounds.rounds.map((r) => [r.replies, r.evaluations, r.satisfaction.numerator]),
  );
  const overdue = stats.overdue;
  f.set('overdue.n', overdue.n);
  f.set('overdue.veryOverdue', overdue.veryOverdue);
  overdue.items.forEach((item, index) => {
    f.set(`overdue.items[${index}]`, `${item.id} ${item.daysLate} days`);
  });
  for (const prefix of ['assistingInputs', 'followUps']) {
    const d = stats[prefix];
    putDuties(f, prefix, d.n, d.excluded.itemExcluded, d.counts, Object.entries(d.byUnit));
  }
  const late = stats.lateAssignment;
  f.set('lateAssignment.judged', late.judged);
  f.set('lateAssignment.undecided', late.undecided);
  f.set('lateAssignment.n', late.n);
  f.set('lateAssignment.waiting', late.waiting);
  late.items.forEach((item, index) => {
    f.set(
      `lateAssignment.items[${index}]`,
      `${item.id} ${item.daysLate} days, assigned ${item.assigned}`,
    );
  });
  return f;
}

/** The figures of a suggestionStats result. */
export function dashboardFigures(result) {
  return figuresByGroup(result, (group) => group.stats, dashboardStatsFigures);
}

/** The rate figures of one group of the generic path (aggregate over the definitions). */
function genericResultsFigures(results) {
  const f = new Map();
  putRates(f, results);
  for (const prefix of ['assistingInputs', 'followUps']) {
    const d = results[prefix];
    putDuties(f, prefix, d.n, d.excluded.itemExcluded, d.counts, Object.entries(d.byUnit));
  }
  return f;
}

/** The rate and duty figures of the generic path's result. */
export function genericFigures(result) {
  return figuresByGroup(result, (group) => group.results, genericResultsFigures);
}

/**
 * Throws unless `actual` has the same figures as `expected`, group by group (only the figures
 * whose name starts with one of `only`, when given), naming the first differences precisely.
 */
export function assertSameFigures(label, expected, actual, only) {
  const differences = [];
  const keep = (figure) => only === undefined || only.some((prefix) => figure.startsWith(prefix));
  const groups = new Set([...expected.keys(), ...actual.keys()]);
  let compared = 0;
  for (const group of groups) {
    const x = expected.get(group);
    const y = actual.get(group);
    if (x === undefined || y === undefined) {
      differences.push(`group ${group}: ${x === undefined ? 'only in' : 'missing from'} ${label}`);
      continue;
    }
    for (const figure of new Set([...x.keys(), ...y.keys()])) {
      if (!keep(figure)) continue;
      compared++;
      const a = x.get(figure);
      const b = y.get(figure);
      if (a !== b) {
        differences.push(
          `group ${group}, ${figure}: hand loop ${a === undefined ? '(none)' : a}, ${label} ${b === undefined ? '(none)' : b}`,
        );
      }
    }
  }
  if (differences.length > 0) {
    const shown = differences.slice(0, 12).join('\n  ');
    const more = differences.length > 12 ? `\n  … and ${differences.length - 12} more` : '';
    throw new Error(
      `${label} disagrees with the tight hand loop on ${differences.length} figure(s):\n  ${shown}${more}`,
    );
  }
  return { groups: groups.size, figures: compared };
}
