// Measures whether date-fns would do renda's date work better than renda's own calendar code:
// the same answers (an oracle check over many days) and which is faster. Run after a build:
// `npx tsup --silent && node scripts/measure-date-fns.mjs`. date-fns is a devDependency for this
// check only; nothing in src/ imports it (src/ asks Intl for the offsets of zones without a fixed offset).
// date-fns counts in the machine's zone; UTC makes a plain Date a calendar day.
process.env.TZ = 'UTC';

import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, format } from 'date-fns';
import { addCalendarDays, addCalendarMonths, toCalendarDay } from '../dist/calendar.js';

// A deterministic spread of days and offsets (xorshift), years 1900–2199.
let seed = 20260101;
const next = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
};
const pad = (n, w = 2) => String(n).padStart(w, '0');
const cases = Array.from({ length: 200_000 }, () => {
  const y = 1900 + Math.floor(next() * 300);
  const m = 1 + Math.floor(next() * 12);
  const d = 1 + Math.floor(next() * 28 + (next() < 0.3 ? 3 : 0));
  const day = `${y}-${pad(m)}-${pad(Math.min(d, new Date(Date.UTC(y, m, 0)).getUTCDate()))}`;
  return { day, n: Math.floor(next() * 49) - 24, ms: Date.UTC(y, m - 1, d, 3, 17) };
});

const viaDateFns = {
  months: (day, n) => format(addMonths(new Date(`${day}T00:00:00Z`), n), 'yyyy-MM-dd'),
  days: (day, n) => format(addDays(new Date(`${day}T00:00:00Z`), n), 'yyyy-MM-dd'),
  zone: (iso, zone) => format(new TZDate(iso, zone), 'yyyy-MM-dd'),
};
const viaRenda = {
  months: addCalendarMonths,
  days: addCalendarDays,
  zone: toCalendarDay,
};

const instants = cases.map((c) => new Date(c.ms).toISOString());
const jobs = {
  'addCalendarMonths vs addMonths': (f) => cases.map((c) => f.months(c.day, c.n)),
  'addCalendarDays vs addDays': (f) => cases.map((c) => f.days(c.day, c.n * 40)),
  'toCalendarDay vs TZDate (Asia/Shanghai)': (f) => instants.map((i) => f.zone(i, 'Asia/Shanghai')),
};

for (const [name, job] of Object.entries(jobs)) {
  const timed = (impl) => {
    job(impl); // warm up
    const t0 = performance.now();
    const out = job(impl);
    return { out, ms: performance.now() - t0 };
  };
  const ours = timed(viaRenda);
  const theirs = timed(viaDateFns);
  const differ = ours.out.filter((v, i) => v !== theirs.out[i]).length;
  console.log(
    `${name}: ${cases.length} cases, ${differ} differ; renda ${ours.ms.toFixed(0)} ms, date-fns ${theirs.ms.toFixed(0)} ms (${(theirs.ms / ours.ms).toFixed(1)}× slower)`,
  );
}
