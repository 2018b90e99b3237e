// Proves bench/parse-hand.mjs equivalent to renda's parseSuggestion: the same accept/reject
// decision and, when both accept, the same deeply frozen output, on every sample suggestion of
// seeds 1–10 ('town' and 'city') and on seeded random mutations of them. Then times both, roughly.
// Run: node bench/parse-hand.check.mjs [mutations]   (exit 1 on any disagreement)
import { parseSuggestion, SuggestionSchema } from 'renda';
import { sampleSuggestions } from 'renda/testing';
import { handParseSuggestion } from './parse-hand.mjs';
import { seededRandom } from './random.mjs';

const MUTATIONS = Number(process.argv[2] ?? 20_000);
const MUTATION_SEED = 20_250_301;

function run(fn, input) {
  try {
    return { ok: true, value: fn(input) };
  } catch (error) {
    return { ok: false, error };
  }
}

function isDeeplyFrozen(v) {
  if (typeof v !== 'object' || v === null) return true;
  if (!Object.isFrozen(v)) return false;
  for (const key of Object.keys(v)) if (!isDeeplyFrozen(v[key])) return false;
  return true;
}

/** Stricter than JSON equality: same own keys in the same order (undefined-valued ones too), Object.is on leaves, same kinds. */
function sameValue(a, b) {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    return Object.is(a, b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i]) return false;
    if (!sameValue(a[ka[i]], b[kb[i]])) return false;
  }
  return true;
}

const disagreements = [];
let checked = 0;
let accepted = 0;
let compileVsRuntime = 0; // on mutations: parseSuggestion (zod's compiled fast path) vs SuggestionSchema's runtime path

/** Compares hand and renda on one input; `label` names the record and the mutated path. */
function compare(input, label, alsoRuntime = false) {
  checked++;
  const renda = run(parseSuggestion, input);
  const hand = run(handParseSuggestion, input);
  if (alsoRuntime && SuggestionSchema.safeParse(input).success !== renda.ok) {
    compileVsRuntime++;
    if (compileVsRuntime <= 3) console.log(`  note: compiled and runtime zod differ on ${label}`);
  }
  let problem;
  if (renda.ok !== hand.ok) {
    problem = renda.ok
      ? `renda accepts, hand rejects (${hand.error?.message})`
      : `renda rejects (${renda.error?.message?.slice(0, 160)}), hand accepts`;
  } else if (renda.ok) {
    accepted++;
    if (JSON.stringify(renda.value) !== JSON.stringify(hand.value))
      problem = 'outputs differ (JSON)';
    else if (!sameValue(renda.value, hand.value)) problem = 'outputs differ (keys, order or -0)';
    else if (!isDeeplyFrozen(hand.value)) problem = 'hand output not deeply frozen';
  }
  if (problem) disagreements.push(`${label}: ${problem}`);
}

// ---- 1. every sample record -----------------------------------------------------------------

const bases = [];
let sampleCount = 0;
for (let seed = 1; seed <= 10; seed++) {
  for (const size of ['town', 'city']) {
    // The suggestions alone: the rest of the sample (opinions run through their workflow) is not
    // needed here.
    const suggestions = [...sampleSuggestions({ seed, size })];
    const records = JSON.parse(JSON.stringify(suggestions));
    records.forEach((r, i) => {
      compare(r, `seed ${seed} ${size} #${i}`);
      sampleCount++;
    });
    // Bases for mutation: every town record, and a spread of city records.
    records.forEach((r, i) => {
      if (size === 'town' || i % 97 === 0)
        bases.push({ record: r, label: `seed ${seed} ${size} #${i}` });
    });
  }
}
const sampleDisagreements = disagreements.length;
console.log(
  `sample records checked: ${sampleCount} (seeds 1–10, town + city), disagreements: ${sampleDisagreements}`,
);

// ---- 2. mutated records ---------------------------------------------------------------------

const rand = seededRandom(MUTATION_SEED);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const ENUM_VALUES = [
  'suggestion',
  'motion',
  'duringSession',
  'betweenSessions',
  'national',
  'provincial',
  'city',
  'county',
  'township',
  'draft',
  'submitted',
  'registered',
  'notRegistered',
  'assigned',
  'inHandling',
  'replied',
  'reHandling',
  'closed',
  'withdrawn',
  'merged',
  'lead',
  'co',
  'assisting',
  'joint',
  'separate',
  'sole',
  'approved',
  'refused',
  'satisfied',
  'basicallySatisfied',
  'dissatisfied',
  'reminder',
  'inspection',
  'meeting',
  'escalation',
  'other',
  'evaluated',
  'roundsExhausted',
  'evaluationLapsed',
  'byOffice',
  'full',
  'summary',
  'withheld',
  'calendarMonths',
  'calendarDays',
  'workingDays',
  'assignment',
  'receipt',
  'sessionClose',
  'fixedDate',
  'deputy',
  'liaisonOffice',
  'handlingUnit',
  'supervisor',
  'system',
];
const BAD_ENUMS = ['bogus', 'Lead', 'SATISFIED', ' lead', 'lead ', ''];
const WRONG_TYPES = [null, 0, 1, 'x', true, false, {}, [], [1], { a: 1 }, undefined];
const NUMBERS = [
  -1,
  0,
  1,
  2,
  1.5,
  19,
  20,
  21,
  24,
  25,
  98,
  99,
  100,
  3660,
  3661,
  -0,
  1e21,
  2 ** 53,
  NaN,
  Infinity,
  -Infinity,
];
const STRINGS = [
  '',
  ' ',
  '   ',
  '\t\n',
  'x',
  ' x ',
  '\u3000x\u3000',
  'x'.repeat(16),
  'x'.repeat(17),
  'y'.repeat(64),
  'y'.repeat(65),
  ` ${'y'.repeat(64)} `,
  'z'.repeat(128),
  'z'.repeat(129),
  ` ${'z'.repeat(128)} `,
  'w'.repeat(200),
  'v'.repeat(500),
  'v'.repeat(501),
  '02-29',
  '02-31',
  '13-01',
  '2-28',
  'A',
  '甲',
];
const TIMESTAMPS = [
  '2023-02-29T10:00:00.000Z',
  '2024-02-29T10:00:00.000Z',
  '2025-04-31T10:00:00Z',
  '2025-03-05T09:00:00+08:00',
  '2025-03-05T09:00:00.123456789+08:00',
  '2025-03-05T09:00:00.5-05:30',
  '2025-03-05T09:00:00-00:00',
  '2025-03-05T09:00:00.12Z',
  '2025-03-05T09:00:00Z',
  '2025-03-05T09:00Z',
  '2025-03-05 09:00:00Z',
  '2025-03-05T09:00:00z',
  '2025-03-05T09:00:00',
  '2025-03-05T24:00:00Z',
  '2025-03-05T23:60:00Z',
  '2025-03-05T23:59:60Z',
  '2025-03-05T09:00:00+24:00',
  '2025-03-05T09:00:00+23:59',
  '2025-03-05T09:00:00.1234567890Z',
  '0000-12-31T23:59:59.999Z',
  '0001-01-01T00:00:00.000Z',
  '0001-01-01T00:00:00+00:01',
  '0001-01-01T07:59:59+08:00',
  '9999-12-31T23:59:59.999Z',
  '9999-12-31T23:59:59-00:01',
  '9999-12-31T16:00:00-08:00',
  '1970-01-01T00:00:00.000Z',
  '1969-12-31T23:59:59.999Z',
  '2025-13-01T00:00:00Z',
  '2025-00-10T00:00:00Z',
  '+02025-03-05T09:00:00Z',
  '2025-03-05T09:00:00.000Z ',
  ' 2025-03-05T09:00:00.000Z',
  '2025-03-05T09:00:00.000+0800',
  '2025-03-05T09:00:00.000+08',
  '２０２５-03-05T09:00:00Z',
];
const DAYS = [
  '2023-02-29',
  '2024-02-29',
  '2000-02-29',
  '1900-02-29',
  '0000-02-29',
  '0000-01-01',
  '9999-12-31',
  '2025-04-31',
  '2025-04-30',
  '2025-13-01',
  '2025-1-01',
  '2025-01-01T00:00:00Z',
  ' 2025-01-01',
  '1970-01-01',
  '2099-12-31',
  '2025-06-30',
  '2030-01-01',
];

/** Pad a timestamp as +08:00 local time (the same instant), or with a 9-digit fraction. */
function reoffset(ts) {
  const ms = Date.parse(ts);
  if (Number.isNaN(ms)) return ts;
  const local = new Date(ms + 8 * 3_600_000).toISOString();
  if (rand() < 0.5) return `${local.slice(0, 19)}+08:00`;
  return `${local.slice(0, 23)}${String(Math.floor(rand() * 1e6)).padStart(6, '0')}+08:00`;
}

const TS_LIKE = /^\d{4}-\d{2}-\d{2}T/;
const DAY_LIKE = /^\d{4}-\d{2}-\d{2}$/;

const YEARS = [0, 1, 4, 100, 400, 1900, 1969, 1970, 2000, 2023, 2024, 2025, 2100, 9999];
const p2 = (n) => String(n).padStart(2, '0');

/** A generated day `YYYY-MM-DD`, often at a month's end or impossible (2023-02-29, 1900-02-29). */
function randomDay() {
  const month = rand() < 0.9 ? 1 + Math.floor(rand() * 12) : pick([0, 13]);
  const day =
    rand() < 0.6
      ? pick([28, 29, 30, 31])
      : rand() < 0.9
        ? 1 + Math.floor(rand() * 31)
        : pick([0, 32]);
  return `${String(pick(YEARS)).padStart(4, '0')}-${p2(month)}-${p2(day)}`;
}

/** A generated timestamp: any day above, edge times, 0–10 fraction digits, Z or an offset. */
function randomTimestamp() {
  const hour = rand() < 0.9 ? Math.floor(rand() * 24) : 24;
  const minute = rand() < 0.95 ? Math.floor(rand() * 60) : 60;
  const second = rand() < 0.95 ? Math.floor(rand() * 60) : 60;
  const digits = rand() < 0.4 ? 0 : rand() < 0.95 ? 1 + Math.floor(rand() * 9) : 10;
  const fraction =
    digits === 0
      ? ''
      : `.${String(Math.floor(rand() * 1e10))
          .padStart(10, '0')
          .slice(0, digits)}`;
  const offset =
    rand() < 0.35
      ? 'Z'
      : `${pick(['+', '-'])}${p2(rand() < 0.95 ? Math.floor(rand() * 24) : 24)}:${p2(pick([0, 0, 30, 45, 59, 60]))}`;
  return `${randomDay()}T${p2(hour)}:${p2(minute)}:${p2(second)}${fraction}${offset}`;
}

/** Edge values by field name, so each schema bound, enum and rule gets hit often. */
const FIELD_VALUES = {
  kind: [
    'suggestion',
    'motion',
    'Suggestion',
    'reminder',
    'inspection',
    'meeting',
    'escalation',
    'other',
    'call',
  ],
  period: ['duringSession', 'betweenSessions', 'during'],
  level: ['national', 'provincial', 'city', 'county', 'township', 'village'],
  state: [
    'draft',
    'submitted',
    'registered',
    'notRegistered',
    'assigned',
    'inHandling',
    'replied',
    'reHandling',
    'closed',
    'withdrawn',
    'merged',
    'archived',
  ],
  role: [
    'lead',
    'co',
    'assisting',
    'joint',
    'separate',
    'sole',
    'deputy',
    'x'.repeat(64),
    'x'.repeat(65),
    ' co ',
    '',
  ],
  decision: ['approved', 'refused', 'pending', undefined],
  grade: ['satisfied', 'basicallySatisfied', 'dissatisfied', 'neutral'],
  mode: ['full', 'summary', 'withheld', 'none'],
  unit: ['calendarMonths', 'calendarDays', 'workingDays', 'months'],
  anchor: ['assignment', 'receipt', 'sessionClose', 'fixedDate', 'fixedDate', 'today'],
  fixedDate: [
    '06-30',
    '02-29',
    '02-31',
    '12-31',
    '00-10',
    '13-01',
    '6-30',
    ' 06-30',
    '06-30 ',
    '06/30',
    undefined,
  ],
  rollToWorkingDay: [true, false, 'true', undefined, null],
  amount: [0, -0, 1, 3660, 3661, -1, 1.5],
  months: [0, 1, 24, 25, 1.5, -0],
  term: [0, 1, 99, 100, 14.5],
  session: [0, 1, 20, 21, undefined, null],
  round: [0, 1, 2, 3, 99, 100, 2.5],
  outcomeClass: ['A', ' B ', '', '  ', 'x'.repeat(16), 'x'.repeat(17), ` ${'x'.repeat(16)} `],
  type: ['submit', ' submit ', '', 'x'.repeat(64), 'x'.repeat(65)],
  jurisdiction: ['330200', ' 330200 ', '', 'j'.repeat(64), 'j'.repeat(65)],
  rulesVersion: ['default@1', ' v ', '', 'r'.repeat(64), 'r'.repeat(65)],
  calendarId: ['cn-official', ' ', '', 'c'.repeat(64), 'c'.repeat(65), ' cn-official '],
  timeZone: ['Asia/Shanghai', ' ', '', 'Not/AZone', 't'.repeat(65)],
  reason: [
    'evaluated',
    'byOffice',
    'x',
    ' x ',
    '',
    'r'.repeat(64),
    'r'.repeat(65),
    'r'.repeat(500),
    'r'.repeat(501),
    undefined,
  ],
  content: ['', ' ', ' body ', undefined, 0],
  note: ['', ' ', undefined, null],
  comment: ['', ' ', undefined, false],
  topic: ['教育', ' ', '', ' 教育 ', 't'.repeat(501), undefined],
  registered: [true, false, 0],
  active: [true, false, 1],
  confidential: [true, false, 'false'],
  payload: [
    {},
    { a: undefined },
    { n: Number.NaN },
    [],
    null,
    'x',
    { deep: [[[{ x: 1 }]]] },
    undefined,
  ],
  deputyIds: [[], ['D-1'], [' D-1 ', ''], 'D-1'],
  supervisorIds: [[], ['C-1'], [''], null],
  mergedFrom: [[], ['S-1', ' S-2 '], [''], [1]],
  mergedInto: ['S-1', ' ', undefined],
  withdrawal: [
    undefined,
    { at: '2025-03-05T09:00:00+08:00' },
    { at: '2025-03-05T09:00:00.000Z', reason: '  ' },
  ],
  closure: [
    undefined,
    { at: '2025-03-05T09:00:00.000Z', reason: 'evaluated' },
    { at: '2025-03-05T09:00:00.000Z', reason: 'done' },
  ],
  screening: [
    undefined,
    { at: '2025-03-05T09:00:00Z', registered: false, reason: ' dup ' },
    { at: '2025-03-05T09:00:00Z', registered: false },
  ],
  keyItem: [
    undefined,
    {
      designatedAt: '2025-04-01T09:00:00+08:00',
      designatedBy: ' 主任会议 ',
      supervisorIds: [' C-1 '],
      topic: undefined,
    },
  ],
  extension: [
    undefined,
    { originalDay: '2025-02-28', months: 3 },
    { originalDay: '2025-02-30', months: 3 },
  ],
};
const RULE = { amount: 0, unit: 'calendarDays', anchor: 'fixedDate', fixedDate: '06-30' };
FIELD_VALUES.rule = [
  RULE,
  { ...RULE, fixedDate: '12-31' },
  { ...RULE, fixedDate: '02-31' },
  { ...RULE, fixedDate: undefined },
  { ...RULE, anchor: 'receipt', fixedDate: '04-31', rollToWorkingDay: true },
  { amount: 3, unit: 'calendarMonths', anchor: 'fixedDate' },
  { amount: 3, unit: 'calendarMonths', anchor: 'assignment', extra: 1 },
];
const DEADLINE = {
  day: '2025-06-30',
  anchorDay: '2025-01-10',
  rule: RULE,
  calendarId: 'cn-official',
  timeZone: 'Asia/Shanghai',
};
FIELD_VALUES.reHandlings = [
  [],
  [{ round: 2, startedAt: '2025-03-10T10:00:00+08:00', deadline: DEADLINE }],
  [{ round: 1, startedAt: '2025-03-10T10:00:00.000Z', deadline: DEADLINE }],
  [
    {
      round: 2,
      startedAt: '2025-03-10T10:00:00.000Z',
      deadline: { ...DEADLINE, extension: { originalDay: '2025-04-30', months: 2 } },
    },
  ],
];
const FIELD_NAMES = Object.keys(FIELD_VALUES);

/** A replacement value for `old`, chosen by kind. */
function replacement(old, kind) {
  switch (kind) {
    case 'wrongType':
      return pick(WRONG_TYPES);
    case 'number':
      return pick(NUMBERS);
    case 'string':
      return pick(STRINGS);
    case 'timestamp': {
      const r = rand();
      if (typeof old === 'string' && TS_LIKE.test(old) && r < 0.4) return reoffset(old);
      return r < 0.7 ? randomTimestamp() : pick(TIMESTAMPS);
    }
    case 'day':
      return rand() < 0.5 ? randomDay() : pick(DAYS);
    case 'enum':
      return rand() < 0.7 ? pick(ENUM_VALUES) : pick(BAD_ENUMS);
    case 'pad':
      return typeof old === 'string' ? `  ${old}\u00a0` : pick(STRINGS);
    default:
      return old;
  }
}

function kindFor(old) {
  if (typeof old === 'number') return rand() < 0.7 ? 'number' : pick(['wrongType', 'string']);
  if (typeof old === 'string') {
    if (TS_LIKE.test(old))
      return pick(['timestamp', 'timestamp', 'timestamp', 'day', 'wrongType', 'string']);
    if (DAY_LIKE.test(old)) return pick(['day', 'day', 'timestamp', 'wrongType', 'string']);
    if (/^[a-zA-Z]+$/.test(old)) return pick(['enum', 'enum', 'string', 'wrongType', 'pad']);
    return pick(['string', 'string', 'pad', 'wrongType', 'enum']);
  }
  if (typeof old === 'boolean') return pick(['wrongType', 'wrongType', 'flip']);
  return 'wrongType';
}

/** Acts on a container: duplicate or push into an array; add a schema field or an unknown key. */
function mutateContainer(root, node, path) {
  if (Array.isArray(node)) {
    if (node.length > 0 && rand() < 0.6) {
      node.push(structuredClone(pick(node)));
      return [root, path, 'duplicate element'];
    }
    node.push(pick(WRONG_TYPES));
    return [root, path, 'push wrong element'];
  }
  if (rand() < 0.5) {
    // A schema field name, often an optional one the record lacks here (stripped if unknown).
    const name = pick(FIELD_NAMES);
    const value = structuredClone(pick(FIELD_VALUES[name]));
    node[name] = value;
    return [root, path, `set field ${name}=${JSON.stringify(value)?.slice(0, 60)}`];
  }
  const key = pick([
    'extra',
    'note',
    '__proto__',
    'payload',
    'topic',
    'reason',
    'content',
    'constructor',
  ]);
  const value = pick([...WRONG_TYPES, 'x', 'x ', { a: [1, { b: null }] }]);
  if (key === '__proto__') {
    Object.defineProperty(node, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else node[key] = value;
  return [root, path, `add key ${key}=${JSON.stringify(value)}`];
}

/** Acts on the field `key` of `node`: delete it, copy a sibling into it, or replace its value. */
function mutateField(root, node, key, path) {
  const child = node[key];
  const r = rand();
  if (r < 0.15) {
    if (Array.isArray(node)) node.splice(key, 1);
    else delete node[key];
    return [root, path, 'delete'];
  }
  if (r < 0.22 && !Array.isArray(node)) {
    // Another field's value from the same object (an id in place of another, a time swapped).
    const other = node[pick(Object.keys(node))];
    node[key] = structuredClone(other);
    return [root, path, 'copy sibling'];
  }
  if (!Array.isArray(node) && Object.hasOwn(FIELD_VALUES, key) && rand() < 0.5) {
    const value = structuredClone(pick(FIELD_VALUES[key]));
    node[key] = value;
    return [root, path, `field value ${JSON.stringify(value)?.slice(0, 60)}`];
  }
  const kind = kindFor(child);
  const value = kind === 'flip' ? !child : replacement(child, kind);
  node[key] = value;
  const shown = typeof value === 'number' ? String(value) : JSON.stringify(value)?.slice(0, 40);
  return [root, path, `${kind} -> ${shown}`];
}

/** Every [parent, key, path] of a tree, for picking a node uniformly. */
function allFields(node, path, out) {
  const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
  for (const key of keys) {
    const p = [...path, key];
    out.push([node, key, p]);
    const child = node[key];
    if (typeof child === 'object' && child !== null) allFields(child, p, out);
  }
  return out;
}

/**
 * Mutates one field of a deep copy of `record` at a random depth: half the time by a random walk
 * from the root (shallow fields often), half the time at a node picked uniformly (deep fields such
 * as assignments[i].deadline.rule.anchor). Returns [copy, path, what].
 */
function mutate(record) {
  const root = structuredClone(record);
  if (rand() < 0.5) {
    const fields = allFields(root, [], []);
    const [node, key, path] = pick(fields);
    const child = node[key];
    if (typeof child === 'object' && child !== null && rand() < 0.35) {
      return mutateContainer(root, child, path);
    }
    return mutateField(root, node, key, path);
  }
  const path = [];
  let node = root;
  for (;;) {
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (keys.length === 0 || rand() < (path.length > 0 ? 0.12 : 0.04)) {
      return mutateContainer(root, node, path);
    }
    const key = pick(keys);
    path.push(key);
    const child = node[key];
    if (typeof child === 'object' && child !== null && rand() < 0.65) {
      node = child;
      continue;
    }
    return mutateField(root, node, key, path);
  }
}

const startMutations = checked;
const acceptedBefore = accepted;
for (let m = 0; m < MUTATIONS; m++) {
  const base = pick(bases);
  const [input, path, what] = mutate(base.record);
  compare(input, `mutation ${m} of ${base.label} at ${path.join('.') || '(root)'} [${what}]`, true);
}
const mutationCount = checked - startMutations;
console.log(
  `mutated records checked: ${mutationCount} (seed ${MUTATION_SEED}), both accepted: ${accepted - acceptedBefore}, disagreements: ${disagreements.length - sampleDisagreements}`,
);
if (compileVsRuntime > 0)
  console.log(`note: compiled vs runtime zod differed on ${compileVsRuntime} inputs`);

// ---- 3. timing ------------------------------------------------------------------------------

const city = JSON.parse(JSON.stringify([...sampleSuggestions({ seed: 1, size: 'city' })]));
function time(fn) {
  for (let w = 0; w < 2; w++) for (const r of city) fn(r);
  const rounds = 3;
  const start = performance.now();
  for (let k = 0; k < rounds; k++) for (const r of city) fn(r);
  return ((performance.now() - start) * 1000) / (rounds * city.length);
}
const hand1 = time(handParseSuggestion);
const renda1 = time(parseSuggestion);
const hand2 = time(handParseSuggestion);
const renda2 = time(parseSuggestion);
const handUs = Math.min(hand1, hand2);
const rendaUs = Math.min(renda1, renda2);
console.log(
  `timing on seed 1 'city' (${city.length} records): parseSuggestion ${rendaUs.toFixed(2)} µs/record, handParseSuggestion ${handUs.toFixed(2)} µs/record, ratio ${(rendaUs / handUs).toFixed(2)}×`,
);

console.log(`total records checked: ${checked}, disagreements: ${disagreements.length}`);
if (disagreements.length > 0) {
  for (const d of disagreements.slice(0, 10)) console.log(`  ${d}`);
  process.exit(1);
}
