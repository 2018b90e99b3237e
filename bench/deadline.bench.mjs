// Benchmark: `dueDate` (答复期限) beside the same count written with date-fns and TZDate, on
// 100,000 random inputs: anchors as instants with any offset or as days, 2019–2027, under the
// official calendar (调休 included) in Asia/Shanghai, for the policy's rule shapes (working days,
// calendar days with and without rolling to a working day, calendar months, fixed dates). Every
// answer is checked equal first; then both are timed in alternating rounds in this process and
// the medians printed, with renda's calls per second against the target (≥ 2,000,000/s). date-fns
// is timed on the first 10,000 inputs (about 100 µs a call) and compared per call.
//
// The date-fns way: the anchor's day in the zone through TZDate, then addDays / addMonths and a
// day-by-day walk that asks the calendar by string (the way an app would write it).
//   node bench/deadline.bench.mjs          (after `npx tsup`)
// BENCH_ROUNDS=n sets the timed rounds (default 7).
import { fileURLToPath } from 'node:url';
import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, format } from 'date-fns';
import { chinaOfficialCalendar, dueDate } from 'renda';
import { seededRandom } from './random.mjs';

const INPUTS = 100_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const DATE_FNS_TIMED = 10_000;
const TARGET_PER_SECOND = 2_000_000;
const ZONE = 'Asia/Shanghai';
const context = Object.freeze({ timeZone: ZONE, calendar: chinaOfficialCalendar });

// The rule shapes a policy holds, frozen as a policy's are.
const RULES = [
  { amount: 5, unit: 'workingDays', anchor: 'receipt' },
  { amount: 7, unit: 'workingDays', anchor: 'assignment' },
  { amount: 3, unit: 'calendarMonths', anchor: 'assignment' },
  { amount: 1, unit: 'calendarMonths', anchor: 'assignment', rollToWorkingDay: true },
  { amount: 15, unit: 'calendarDays', anchor: 'assignment' },
  { amount: 10, unit: 'calendarDays', anchor: 'assignment', rollToWorkingDay: true },
  { amount: 0, unit: 'calendarDays', anchor: 'fixedDate', fixedDate: '12-31' },
].map((rule) => Object.freeze(rule));

const pad = (n, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** Anchors: canonical UTC instants, instants with another offset, and plain days. */
export function inputs(count = INPUTS, seed = 20261203) {
  const next = seededRandom(seed);
  const from = Date.UTC(2019, 0, 1);
  const span = Date.UTC(2027, 0, 1) - from;
  const out = new Array(count);
  for (let i = 0; i < count; i++) {
    const epoch = from + Math.floor(next() * span);
    const kind = next();
    let anchor;
    if (kind < 0.6) anchor = new Date(epoch).toISOString();
    else if (kind < 0.8) anchor = new Date(epoch).toISOString().slice(0, 10);
    else {
      const offset = Math.round((next() * 2 - 1) * 14) * 60;
      const local = new Date(epoch + offset * 60_000).toISOString().slice(0, 19);
      anchor = `${local}${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
    }
    out[i] = { anchor, rule: RULES[Math.floor(next() * RULES.length)] };
  }
  return out;
}

const isWorkingDay = (date) => chinaOfficialCalendar.isWorkingDay(format(date, 'yyyy-MM-dd'));

/** The same count with date-fns and TZDate. */
export function dateFnsDueDay(anchor, rule) {
  const start =
    anchor.length === 10
      ? new TZDate(`${anchor}T00:00:00`, ZONE)
      : new TZDate(new Date(anchor).getTime(), ZONE);
  let due;
  if (rule.anchor === 'fixedDate') {
    const [month, day] = rule.fixedDate.split('-').map(Number);
    const inYear = (year) => {
      const first = new TZDate(year, month - 1, 1, ZONE);
      return addDays(first, Math.min(day, new TZDate(year, month, 0, ZONE).getDate()) - 1);
    };
    const thisYear = inYear(start.getFullYear());
    due =
      format(start, 'yyyy-MM-dd') <= format(thisYear, 'yyyy-MM-dd')
        ? thisYear
        : inYear(start.getFullYear() + 1);
  } else if (rule.unit === 'calendarMonths') due = addMonths(start, rule.amount);
  else if (rule.unit === 'calendarDays') due = addDays(start, rule.amount);
  else {
    due = start;
    for (let counted = 0; counted < rule.amount; ) {
      due = addDays(due, 1);
      if (isWorkingDay(due)) counted++;
    }
  }
  if (rule.rollToWorkingDay === true) while (!isWorkingDay(due)) due = addDays(due, 1);
  return format(due, 'yyyy-MM-dd');
}

const rendaDueDay = (anchor, rule) => dueDate(anchor, rule, context).day;

function timeOnce(fn, list) {
  const started = performance.now();
  let sink = 0;
  for (let i = 0; i < list.length; i++) {
    const input = list[i];
    sink += fn(input.anchor, input.rule).length;
  }
  const ms = performance.now() - started;
  if (sink === 0) throw new Error('nothing counted');
  return ms;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function run() {
  const list = inputs();
  let mismatches = 0;
  for (const { anchor, rule } of list) {
    const ours = rendaDueDay(anchor, rule);
    const theirs = dateFnsDueDay(anchor, rule);
    if (ours !== theirs && mismatches++ < 5) {
      console.log(
        `  MISMATCH ${anchor} ${JSON.stringify(rule)}: renda ${ours}, date-fns ${theirs}`,
      );
    }
  }
  if (mismatches > 0) throw new Error(`${mismatches} of ${list.length} due days differ`);
  const renda = [];
  const dateFns = [];
  const slice = list.slice(0, DATE_FNS_TIMED);
  for (let round = 0; round < ROUNDS + 1; round++) {
    const a = timeOnce(rendaDueDay, list) / list.length;
    const b = timeOnce(dateFnsDueDay, slice) / slice.length;
    if (round === 0) continue; // warm-up
    renda.push(a);
    dateFns.push(b);
  }
  const ours = median(renda); // ms per call
  const theirs = median(dateFns);
  const perSecond = 1000 / ours;
  console.log(
    `dueDate: ${list.length.toLocaleString('en')} random inputs, every due day equal to date-fns + TZDate`,
  );
  console.log(`  median of ${ROUNDS} alternating rounds after a warm-up, per call:`);
  console.log(
    `  renda dueDate        ${(ours * 1000).toFixed(2).padStart(8)} µs  ${Math.round(perSecond).toLocaleString('en')} calls/s`,
  );
  console.log(`  date-fns + TZDate    ${(theirs * 1000).toFixed(2).padStart(8)} µs`);
  console.log(`  ratio date-fns / renda: ${(theirs / ours).toFixed(0)}× the time`);
  console.log(
    `  target ≥ ${TARGET_PER_SECOND.toLocaleString('en')} calls/s: ${perSecond >= TARGET_PER_SECOND ? 'met' : 'NOT met'}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) run();
