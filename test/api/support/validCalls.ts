import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../src/internal/canonicalJson.js';
import { entryPoints } from './entryPoints.js';

/**
 * Arguments a careful user would pass, per public function name: the positive half of the
 * convention tests (`safeX` ok ⇔ `x` returns the same value) and the seeds the fuzz suite mutates.
 * Functions are looked up by name at run time, so a renamed or removed export only drops its cases
 * (the "every pair has valid cases" test then names it); arguments are untyped on purpose, since
 * a case must survive signature changes made elsewhere. A case may also be a refusal (e.g.
 * `rate(50, 43)`): `x` and `safeX` must then agree on the code.
 */
export type ValidCalls = Readonly<Record<string, () => readonly (readonly unknown[])[]>>;

type Api = Record<string, (...args: unknown[]) => unknown>;

const api = { ...entryPoints['renda/testing'], ...entryPoints.renda } as Api;

function call(name: string, ...args: unknown[]): unknown {
  const fn = api[name];
  if (typeof fn !== 'function') throw new Error(`renda exports no function ${name}`);
  return fn(...args);
}

interface SmallSample {
  readonly policy: unknown;
  readonly asOf: string;
  readonly [collection: string]: unknown;
}

let cached: SmallSample | undefined;

/** The smallest seeded sample (20 deputies), built once. */
export function sample(): SmallSample {
  cached ??= call('generateSample', { seed: 1, size: { deputies: 20 } }) as SmallSample;
  return cached;
}

/** The fullest of a collection's first records (most JSON), so that fuzzing reaches deep fields. */
/** The suggestion with the most replies and forms, so that every fact is read. */
function fullestSuggestion(records: readonly unknown[]): unknown {
  const size = (record: unknown) => JSON.stringify(record).length;
  return records.slice(0, 200).reduce((a, b) => (size(b) > size(a) ? b : a));
}

function fullest(collection: string): unknown {
  const records = (sample()[collection] as readonly unknown[]).slice(0, 50);
  const size = (record: unknown) => JSON.stringify(record).length;
  return records.reduce((a, b) => (size(b) > size(a) ? b : a));
}

interface SampleSuggestion {
  readonly state: string;
  readonly history: readonly unknown[];
  readonly rulesVersion: string;
  readonly mergedProposers: readonly unknown[];
}

/** Sample suggestions: one with the longest history, and one in handling. */
function suggestions(): { long: SampleSuggestion; handling: SampleSuggestion } {
  const all = sample().suggestions as readonly SampleSuggestion[];
  const long = all.reduce((a, b) => (b.history.length > a.history.length ? b : a));
  const handling = all.find((s) => s.state === 'inHandling') ?? long;
  return { long, handling };
}

const period = { from: '2025-01-01', to: '2025-12-31' };

/**
 * A record sealed synchronously with node:crypto (the chain's definition: SHA-256 of the previous
 * digest, a line feed and the entry's canonical JSON), for the cases that need a sealed record.
 */
function sealedNow<R extends { readonly history: readonly unknown[] }>(
  record: R,
): R & { readonly historyChain: { readonly algorithm: 'SHA-256'; readonly digests: string[] } } {
  let previous = '';
  const digests = record.history.map((entry) => {
    previous = createHash('sha256')
      .update(`${previous}\n${canonicalJson(entry)}`)
      .digest('hex');
    return previous;
  });
  return { ...record, historyChain: { algorithm: 'SHA-256', digests } };
}
const shanghai = () => ({ timeZone: 'Asia/Shanghai', calendar: api.chinaOfficialCalendar });
const replyRule = { amount: 3, unit: 'calendarMonths', anchor: 'assignment' };
const deadline = () => call('dueDate', '2024-11-30', replyRule, shanghai());

const newSuggestion = {
  id: 'S-1',
  congress: { jurisdiction: '330200', level: 'city', term: 16 },
  period: 'betweenSessions',
  title: '关于加强农村道路养护的建议',
  proposers: [
    { deputyId: 'D-1', role: 'lead' },
    { deputyId: 'D-2', role: 'co' },
  ],
};
const created = { at: '2024-11-20T09:00:00+08:00', policy: api.defaultPolicy };
const draft = () => call('createSuggestion', newSuggestion, created);
const suggestionOptions = (at: string, role: string, id: string) => ({
  workflow: api.suggestionWorkflow,
  actor: { role, id },
  at,
  context: { policy: api.defaultPolicy },
});

const label = (zh: string, en: string) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en });
/** A two-state workflow definition (the TSDoc examples' ticket). */
const ticketDefinition = {
  id: 'ticket',
  version: 1,
  initial: 'open',
  states: {
    open: { label: label('待处理', 'Open'), category: 'open' },
    done: { label: label('已办结', 'Done'), category: 'closed', terminal: true },
  },
  events: {
    close: { label: label('办结', 'Close'), from: ['open'], to: 'done', roles: ['clerk'] },
  },
};
const reviewExtension = {
  states: { returned: { label: label('退回修改', 'Returned'), category: 'open' } },
  events: {
    returnForRevision: {
      label: label('退回修改', 'Return'),
      from: ['open'],
      to: 'returned',
      roles: ['clerk'],
    },
  },
};

let motionSampleCache: { motions: readonly Record<string, unknown>[] } | undefined;
/** The motion sample (every path), built once. */
const motionSample = () => {
  motionSampleCache ??= call('generateMotionSample', { seed: 1, count: 17 }) as {
    motions: readonly Record<string, unknown>[];
  };
  return motionSampleCache;
};
/** The sample motion with the longest history, and one handled as a suggestion, not converted. */
const motions = () => {
  const all = motionSample().motions;
  const long = all.reduce((a, b) =>
    (b.history as unknown[]).length > (a.history as unknown[]).length ? b : a,
  );
  const toConvert = all.find((m) => m.state === 'handledAsSuggestion' && !m.convertedTo) ?? long;
  return { all, long, toConvert };
};
let delegationSampleCache: { items: readonly Record<string, unknown>[] } | undefined;
/** The delegation item sample (every path), built once. */
const delegationSample = () => {
  delegationSampleCache ??= call('generateDelegationItemSample', { seed: 1, count: 12 }) as {
    items: readonly Record<string, unknown>[];
  };
  return delegationSampleCache;
};
/** The sample item with the longest history, and one every member consented to, not submitted. */
const delegationItems = () => {
  const all = delegationSample().items;
  const long = all.reduce((a, b) =>
    (b.history as unknown[]).length > (a.history as unknown[]).length ? b : a,
  );
  const ready =
    all.find(
      (i) =>
        i.state === 'awaitingConsent' &&
        (call('pendingConsents', i) as readonly string[]).length === 0,
    ) ?? long;
  const asking = all.find((i) => i.state === 'awaitingConsent' && i !== ready) ?? long;
  return { all, long, ready, asking };
};
const newDelegationItem = {
  id: 'DI-1',
  congress: { jurisdiction: '430000', level: 'provincial', term: 14 },
  delegationId: 'DEL-CS',
  title: '关于加快湘江流域生态修复的建议',
  content: '建议设立专项资金。',
  headId: 'D-1',
  members: ['D-1', 'D-2', 'D-3'],
};
const newMotion = {
  id: 'M-1',
  congress: { jurisdiction: '330212001', level: 'township', term: 18 },
  title: '关于修缮镇中心小学校舍的议案',
  grounds: '校舍老化',
  basis: '经鉴定为C级危房',
  solution: '列入本年度财政预算予以修缮',
  proposers: ['D-1', 'D-2', 'D-3', 'D-4', 'D-5'].map((deputyId, i) => ({
    deputyId,
    role: i === 0 ? 'lead' : 'co',
  })),
};
/** A key-item plan as Rizhao ran one: supervision June–October, vote in November, report in December. */
const keyItemPlan = () => ({
  id: 'P-2025',
  year: 2025,
  timeZone: 'Asia/Shanghai',
  designatedBy: '主任会议',
  designatedOn: '2025-04-20',
  items: [
    {
      id: 'K-1',
      topic: '农村道路养护',
      suggestionIds: ['S-1', 'S-2'],
      leadUnitIds: ['U-1'],
      leads: [
        { kind: 'leadingOfficial', leaders: [{ id: 'M-3', name: '张三' }] },
        { kind: 'specialCommittee', bodyId: 'C-URBAN' },
        { kind: 'unitHead', bodyId: 'U-1', leaders: [{ name: '李四' }] },
      ],
    },
    { id: 'K-2', topic: '养老服务', suggestionIds: ['S-3'], leads: [] },
  ],
  milestones: [
    {
      id: 'M-SUP',
      kind: 'supervisionPeriod',
      startDay: '2025-06-01',
      dueDay: '2025-10-31',
      doneAt: '2025-10-31T15:59:00Z',
    },
    {
      id: 'M-SUM',
      kind: 'summary',
      dueDay: '2025-10-31',
      itemIds: ['K-1'],
      doneAt: '2025-11-03T09:00:00+08:00',
    },
    { id: 'M-VOTE', kind: 'satisfactionVote', name: '11月满意度测评', dueDay: '2025-11-30' },
    { id: 'M-REPORT', kind: 'report', dueDay: '2025-12-31', note: '政府向常委会报告' },
  ],
});
const keyItemVote = () => ({
  id: 'KV-2025',
  planId: 'P-2025',
  day: '2025-11-26',
  body: '常委会第二十次会议',
  electorate: { members: 31, present: 29 },
  results: [
    { itemId: 'K-1', satisfied: 20, basicallySatisfied: 8, dissatisfied: 1 },
    {
      itemId: 'K-2',
      satisfied: 9,
      basicallySatisfied: 10,
      dissatisfied: 8,
      abstained: 1,
      invalid: 1,
    },
  ],
});

const livelihoodPolicy = () => api.defaultLivelihoodPolicy;
const newProject = {
  id: 'P-1',
  year: 2025,
  title: '农村公路提档升级',
  responsibleUnitIds: ['U-1'],
  jurisdictionId: 'T-1',
  source: 'deputies',
};
/** A livelihood project walked to its adoption. */
const adoptedProject = () => {
  const policy = livelihoodPolicy();
  const options = { workflow: api.livelihoodWorkflow, context: { policy } };
  let record = call('createLivelihoodProject', newProject, {
    at: '2024-09-10T09:00:00+08:00',
    policy,
  });
  const events: [unknown, unknown, string][] = [
    [{ role: 'government', id: 'GOV' }, { type: 'shortlist' }, '2024-11-01T09:00:00+08:00'],
    [{ role: 'congressOffice', id: 'O' }, { type: 'deliberate' }, '2025-01-08T09:00:00+08:00'],
    [
      { role: 'congressOffice', id: 'O' },
      {
        type: 'recordVote',
        payload: {
          ballot: 'approval',
          members: 29,
          present: 29,
          votesFor: 26,
          against: 2,
          abstain: 1,
          rank: 1,
          adopted: true,
        },
      },
      '2025-01-10T11:00:00+08:00',
    ],
  ];
  for (const [actor, event, at] of events) {
    record = (call('transition', record, event, { ...options, actor, at }) as { record: unknown })
      .record;
  }
  return record;
};
const ballots = [
  { kind: 'approval', marks: { 'P-1': 'for', 'P-2': 'against' } },
  { kind: 'approval', marks: { 'P-1': 'for', 'P-3': 'for' } },
];
const tallyOptions = () => ({
  candidates: ['P-1', 'P-2', 'P-3'],
  places: 2,
  policy: livelihoodPolicy(),
  members: 3,
  present: 3,
});

const selectionCandidates = [
  { id: 'S-1', kind: 'suggestion', name: '关于加快老旧小区改造的建议', scores: { quality: 80 } },
  { id: 'S-2', kind: 'suggestion', scores: { quality: 90 } },
  { id: 'S-3', kind: 'suggestion', scores: { quality: 80 } },
];

const opinionPolicy = () => api.defaultOpinionPolicy;
const newOpinion = {
  id: 'O-1',
  channel: 'receptionDay',
  receptionMode: 'waiting',
  deputyIds: ['D-1'],
  submitter: { name: '王女士', mobile: '13912345678', idNumber: '11010519491231002X' },
  content: '小区门口缺少公交站点',
};
/** An opinion walked to its assignment, with its personal data and a due day. */
const assignedOpinion = () => {
  const policy = opinionPolicy();
  const office = { role: 'liaisonOffice', id: 'OFFICE' };
  const options = (at: string) => ({
    workflow: api.opinionWorkflow,
    context: { policy },
    actor: office,
    at,
  });
  const steps: [unknown, string][] = [
    [{ type: 'accept' }, '2025-09-26T10:05:00+08:00'],
    [
      { type: 'classify', payload: { level: 'street', category: 'enquiry' } },
      '2025-09-26T10:10:00+08:00',
    ],
    [{ type: 'assign', payload: { unitId: 'U-1' } }, '2025-09-26T10:20:00+08:00'],
  ];
  let record = call('createOpinion', newOpinion, { at: '2025-09-26T10:00:00+08:00', policy });
  for (const [event, at] of steps) {
    record = (call('transition', record, event, options(at)) as { record: unknown }).record;
  }
  return record;
};

const late = (record: unknown) => (record as { late: boolean }).late;

/** The model of each `parseX`, and where the sample keeps records of it. */
const modelCollections: Readonly<Record<string, string>> = {
  Activity: 'activities',
  AppraisalBallot: 'appraisalBallots',
  Committee: 'committees',
  ConstituentOpinion: 'opinions',
  Deputy: 'deputies',
  DeputyGroup: 'groups',
  DutyReport: 'dutyReports',
  HandlingUnit: 'units',
  LiaisonStation: 'stations',
  LivelihoodProject: 'livelihoodProjects',
  LivelihoodVote: 'livelihoodVotes',
  PerformanceRecord: 'performanceRecords',
  StandingCommitteeMember: 'members',
  Suggestion: 'suggestions',
  Training: 'trainings',
  TrainingAttendance: 'trainingAttendances',
};

const parseCalls: Record<string, () => readonly (readonly unknown[])[]> = {};
for (const [model, collection] of Object.entries(modelCollections)) {
  parseCalls[`parse${model}`] = () => {
    const record = fullest(collection);
    // As stored (frozen), as read back from a database (JSON), and a refusal.
    return [[record], [JSON.parse(JSON.stringify(record))], [{ id: 'X-1' }]];
  };
}

export const validCalls: ValidCalls = {
  ...parseCalls,

  // calendar
  addCalendarDays: () => [
    ['2025-01-31', 1],
    ['2025-02-30', 1],
  ],
  addCalendarMonths: () => [['2025-01-31', 1]],
  addWorkingDays: () => [['2025-09-30', 5, api.chinaOfficialCalendar]],
  deadlineStatus: () => [[{ deadline: deadline() }, '2025-03-01T09:00:00+08:00']],
  defineHolidayCalendar: () => [[{ id: 'xj-2025', holidays: ['2025-03-31'] }], [{ id: '' }]],
  dueDate: () => [
    ['2024-11-30T09:00:00+08:00', replyRule, shanghai()],
    ['2025-09-30', { amount: 5, unit: 'workingDays', anchor: 'receipt' }, shanghai()],
    ['2025-02-30', replyRule, shanghai()],
  ],
  explainDeadline: () => [[deadline()]],
  extendDeadline: () => [
    [deadline(), 3, shanghai()],
    [deadline(), 0, shanghai()],
  ],
  isOnTime: () => [['2025-02-28T15:59:00Z', deadline()]],
  toCalendarDay: () => [
    ['2025-01-31T16:30:00Z', 'Asia/Shanghai'],
    ['2025-01-31T16:30:00Z', 'Mars/Olympus'],
  ],

  // i18n
  labels: () => [['zh-Hans'], ['en']],
  labelOf: () => [['handlingRole', 'separate', 'zh-Hans']],
  // Import and dataset lint (renda/import).
  reverseLabel: () => [
    ['congressLevel', '省級'],
    ['satisfactionGrade', '基本满易'],
  ],
  parseDayCell: () => [['2025年3月1日'], [45717], ['２０２５/３/１'], [60]],
  foldWidth: () => [['　Ｄ－０１ ']],
  exportRows: () => [
    ['deputy', (sample().deputies as readonly unknown[]).slice(0, 3)],
    ['liaisonStation', sample().stations, { locale: 'en' }],
  ],
  importRows: () => [
    ['deputy', call('exportRows', 'deputy', (sample().deputies as readonly unknown[]).slice(0, 3))],
    [
      'handlingUnit',
      [
        ['编号', '名称', '单位类别', '层级', '存续期间·起始日期'],
        ['U-1', '县教育局', '政府部门', '县级', '2021-01-01'],
        [],
        ['U-1', '县教育局', '政府部门', '縣級', '2021.1.1'],
      ],
      { offset: '+08:00' },
    ],
  ],
  adoptLegacySuggestion: () => {
    const {
      history: _h,
      rulesVersion: _r,
      ...legacy
    } = suggestions().long as SampleSuggestion & Record<string, unknown>;
    const options = {
      policy: sample().policy,
      system: 'old-platform',
      recordedAt: '2026-06-01T09:00:00+08:00',
    };
    return [
      [legacy, options],
      [legacy, { ...options, sourceId: 'OLD-1', at: '2026-05-01T09:00:00+08:00' }],
    ];
  },
  dashboardTable: () => {
    const { suggestions: records, policy, asOf } = sample();
    const grouped = call('suggestionStats', records, { asOf, policy, groupBy: api.byLeadUnit });
    return [
      [grouped],
      [grouped, { locale: 'zh-Hant', rates: ['replyRate'], decimals: 0, rounding: 'truncate' }],
    ];
  },
  opinionTable: () => {
    const asOf = '2025-12-31T18:00:00+08:00';
    const result = call('opinionStats', sample().opinions, { asOf, policy: opinionPolicy() });
    return [[result], [result, { locale: 'en' }]];
  },
  coverageTable: () => [
    [[call('coverageMemberContact', sample().deputies, sample().activities, { period })]],
    [[], { locale: 'en' }],
  ],
  scoreTable: () => [
    [
      call(
        'scoreDeputies',
        sample().deputies,
        [...(sample().performanceRecords as unknown[]), ...(sample().activities as unknown[])],
        api.yinchuanStyleRules,
        { period },
      ),
      { locale: 'zh-Hant' },
    ],
  ],
  reportSentences: () => {
    const { suggestions: records, policy, asOf } = sample();
    const { total } = call('suggestionStats', records, { asOf, policy }) as { total: unknown };
    return [[total], [total, { locale: 'en', decimals: 0 }]];
  },
  keyItemReportSentences: () => {
    const { plan, vote } = call('sampleKeyItems', sample()) as {
      plan: { year: number };
      vote: unknown;
    };
    const status = call('keyItemPlanStatus', plan, sample().asOf);
    const tally = call('tallyKeyItemVote', vote);
    return [[{ status, tally, plan }], [{ tally }, { locale: 'en', decimals: 0 }], [{}]];
  },
  coverageReportSentences: () => [
    [[call('coverageMemberContact', sample().deputies, sample().activities, { period })]],
    [
      [
        call('coverageEnrolment', sample().deputies, sample().stations, sample().groups, {
          period,
          require: 'station',
        }),
      ],
      { locale: 'zh-Hant', decimals: 0 },
    ],
    [[]],
  ],
  opinionReportSentences: () => {
    const records = sample().opinions as readonly unknown[];
    const asOf = '2025-12-31T18:00:00+08:00';
    const { total } = call('opinionStats', records, { asOf, policy: opinionPolicy() }) as {
      total: unknown;
    };
    return [[total], [total, { locale: 'zh-Hant', decimals: 2, rounding: 'truncate' }]];
  },
  toCsv: () => [
    [
      {
        title: '表',
        columns: ['单位', '说明'],
        rows: [
          ['县教育局', '已答复, "满意"\n'],
          [1, null],
        ],
      },
    ],
    [{ title: '', columns: ['a'], rows: [], totals: ['合计'] }, { bom: true }],
  ],
  lintDataset: () => [
    [{ deputies: sample().deputies, stations: sample().stations, groups: sample().groups }],
    [{ opinions: (sample().opinions as readonly unknown[]).slice(0, 5) }],
  ],

  // metrics
  rate: () => [
    [1, 2],
    [25, 43, { decimals: 2 }],
    [1, 1, { interval: 'wilson', minimumN: 10 }],
    [50, 43],
  ],
  shares: () => [
    [[22, 68, 2], { decimals: 2 }],
    [[1, 1, 1]],
    [[22, 68, 2], { rounding: 'largestRemainder' }],
  ],
  wilsonInterval: () => [[81, 263]],
  formatPercent: () => [[0.5807, { decimals: 2 }], [null]],
  periodRange: () => [['2025-Q2'], ['2024-02'], ['2025']],
  countAccumulator: () => [[], [late], [late, { id: 'late' }]],
  categoryCountAccumulator: () => [[(record: unknown) => String(late(record))]],
  histogramAccumulator: () => [[(record: unknown) => (late(record) ? 1 : 0), { id: 'lateness' }]],
  rateAccumulator: () => [
    [{ numerator: late, denominator: () => true }],
    [{ numerator: late, denominator: () => true, interval: 'wilson' }],
  ],
  defineAccumulator: () => [
    [
      {
        id: 'lateCount',
        version: 1,
        init: () => 0,
        step: (sum: number, record: unknown) => sum + (late(record) ? 1 : 0),
        merge: (a: number, b: number) => a + b,
        result: (sum: number) => sum,
      },
    ],
  ],
  defineMetric: () => [
    [
      {
        id: 'lateRate',
        version: 1,
        name: { 'zh-Hans': '逾期率', en: 'Late rate' },
        formula: { 'zh-Hans': '逾期件数 ÷ 件数', en: 'items late ÷ items' },
        unit: 'item',
        numerator: late,
        denominator: () => true,
      },
    ],
  ],
  aggregateStates: () => [
    [[{ late: true }, { late: false }], { late: call('countAccumulator', late) }],
  ],
  mergeAggregateStates: () => {
    const metrics = { late: call('countAccumulator', late) };
    const a = call('aggregateStates', [{ late: true }], metrics);
    const b = call('aggregateStates', [{ late: true }, { late: false }], metrics);
    return [
      [a, b, metrics],
      [JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)), metrics],
    ];
  },
  finalizeAggregate: () => {
    const metrics = { late: call('countAccumulator', late) };
    const states = call('aggregateStates', [{ late: true }, { late: false }], metrics);
    return [
      [states, metrics],
      [JSON.parse(JSON.stringify(states)), metrics, { asOf: '2025-01-01T00:00:00Z' }],
    ];
  },
  byAssignmentMonth: () => [[sample().policy], [api.defaultPolicy]],
  byAssignmentQuarter: () => [[sample().policy]],
  byAssignmentYear: () => [[sample().policy]],
  suggestionStatsAccumulator: () => [[sample().policy, sample().asOf]],

  // roll-ups (issue 16, part 4)
  parseDivisionCode: () => [['330281'], ['330281101001'], ['429004'], ['330081']],
  divisionAncestors: () => [['330281101'], ['110101'], ['3302']],
  divisionParent: () => [['330281101000'], ['330000'], ['000000']],
  isWithinDivision: () => [
    ['330281101001', '330200'],
    ['330281', '110000'],
    ['330281', 'Ningbo'],
  ],
  byDivision: () => [['county'], ['city', (r: { code: string }) => r.code], ['district']],
  rollUp: () => {
    const metrics = { late: call('countAccumulator', late) };
    const rows = [
      { town: '330281101000', late: true },
      { town: '330282001000', late: false },
      { town: '330200', late: true },
    ];
    const states = call('aggregateStates', rows, metrics, {
      groupBy: (r: { town: string }) => r.town,
    });
    return [
      [states, metrics, { parentOf: api.divisionParent }],
      [JSON.parse(JSON.stringify(states)), metrics, { parentOf: () => null }],
      [states, metrics, { parentOf: (key: string) => (key === 'A' ? 'B' : 'A') }],
    ];
  },
  finalizeRollUp: () => {
    const metrics = { late: call('countAccumulator', late) };
    const states = call('aggregateStates', [{ town: '330281101000', late: true }], metrics, {
      groupBy: (r: { town: string }) => r.town,
    });
    const rolled = call('rollUp', states, metrics, { parentOf: api.divisionParent });
    return [
      [rolled, metrics],
      [JSON.parse(JSON.stringify(rolled)), metrics, { asOf: '2025-01-01T00:00:00Z' }],
    ];
  },
  stationParent: () => [
    [sample().stations],
    [[{ id: 'A' }, { id: 'B', parentId: 'A' }]],
    [
      [
        { id: 'A', parentId: 'B' },
        { id: 'B', parentId: 'A' },
      ],
    ],
  ],
  rollUpCoverage: () => {
    const result = call(
      'coverageEnrolment',
      sample().deputies,
      sample().stations,
      sample().groups,
      {
        period,
        require: 'station',
      },
    );
    const towns = ['330281101000', '330281102000', '330382100000'];
    return [
      [result, { keyOf: (id: string) => towns[id.length % 3], parentOf: api.divisionParent }],
      [result, { keyOf: (id: string) => id, parentOf: () => undefined, asOf: sample().asOf }],
    ];
  },
  suggestionMetricDefinitions: () => [[sample().policy, sample().asOf]],
  // key items (issue 10, item 8)
  parseSupervisionLead: () => [
    [{ kind: 'leadingOfficial', leaders: [{ id: 'M-3', name: '张三', title: '常委会副主任' }] }],
    [{ kind: 'unitHead', bodyId: 'U-1', leaders: [{ name: '李四' }], note: '单位负责人领办' }],
    [{ kind: 'specialCommittee' }],
  ],
  parseKeyItemPlan: () => [[keyItemPlan()], [{ ...keyItemPlan(), items: [] }]],
  parseKeyItemVote: () => [
    [keyItemVote()],
    [{ ...keyItemVote(), electorate: { members: 1, present: 2 } }],
  ],
  keyItemPlanStatus: () => [
    [keyItemPlan(), '2025-12-05T09:00:00+08:00'],
    [keyItemPlan(), '2025-10-25', { deadlineWarning: { dueSoonDays: 7 } }],
    [keyItemPlan(), '2025-10-25', api.defaultPolicy],
    [{ ...keyItemPlan(), timeZone: 'Mars/Olympus' }, '2025-10-25'],
  ],
  keyItemMilestonesMetMetric: () => [
    ['2025-12-05T09:00:00+08:00'],
    ['2025-12-05', api.defaultPolicy],
  ],
  tallyKeyItemVote: () => [
    [keyItemVote()],
    [keyItemVote(), { threshold: 0.8 }],
    [keyItemVote(), { threshold: 0.5, measure: 'narrow', base: 'members', comparison: 'moreThan' }],
    [keyItemVote(), { threshold: 1.5 }],
  ],
  formatRate: () => [[call('rate', 25, 43), { decimals: 2, locale: 'en' }]],
  aggregate: () => [[[{ late: true }, { late: false }], { late: call('countAccumulator', late) }]],
  suggestionStats: () => {
    const { suggestions: records, policy, asOf } = sample();
    return [
      [records, { asOf, policy }],
      [records, { asOf, policy, groupBy: api.byLeadUnit }],
    ];
  },
  suggestionFactsRow: () => {
    const { suggestions, policy, asOf } = sample();
    const records = suggestions as readonly unknown[];
    return [
      [fullestSuggestion(records), { asOf, policy }],
      [records[0], { asOf, policy }],
    ];
  },
  suggestionFactTables: () => {
    const { suggestions, policy, asOf } = sample();
    const records = suggestions as readonly unknown[];
    return [
      [fullestSuggestion(records), { asOf, policy }],
      [records[0], { asOf, policy }],
    ];
  },
  suggestionFactsDdl: () => [
    [{ dialect: 'postgres' }],
    [{ dialect: 'duckdb', tables: { items: 'renda.facts', forms: 'forms_2025' } }],
    [{ dialect: 'postgres', tables: { items: 'facts"; drop table x; --' } }],
  ],
  suggestionStatsSql: () => {
    const { policy, asOf } = sample();
    return [
      [{ dialect: 'postgres', policy, asOf }],
      [
        {
          dialect: 'duckdb',
          policy,
          asOf,
          groupBy: ['leadUnit', 'assignmentQuarter'],
          period: '2025',
        },
      ],
      [{ dialect: 'duckdb', policy, asOf, groupBy: 'unit' }],
    ];
  },
  suggestionStatsFromRows: () => {
    const { policy, asOf } = sample();
    const sql = call('suggestionStatsSql', {
      dialect: 'duckdb',
      policy,
      asOf,
      groupBy: 'topic',
    }) as {
      queries: Record<string, unknown>;
    };
    const empty = Object.fromEntries(Object.keys(sql.queries).map((name) => [name, []]));
    const items = [
      {
        g0: '交通',
        records: 2,
        outsidePeriod: '1',
        r0_units: 2n,
        r0_denominator: 2,
        r0_numerator: 1,
      },
    ];
    return [
      [sql, empty],
      [sql, { ...empty, items }],
      [sql, { ...empty, items: [{ g0: 'x', records: -1 }] }],
    ];
  },
  rankUnits: () => {
    const { suggestions: records, policy, asOf } = sample();
    const stats = call('suggestionStats', records, { asOf, policy, groupBy: api.byLeadUnit });
    return [[stats, { minimumN: 1, metric: 'onTimeReplyRate' }]];
  },
  coverageMemberContact: () => [
    [sample().deputies, sample().activities, { period }],
    [sample().deputies, sample().activities, { period, per: 'quarter', asOf: '2025-08-15' }],
  ],
  coverageActivityTarget: () => [
    [sample().deputies, sample().activities, { period, subject: 'deputy', per: 'quarter' }],
    [sample().stations, sample().activities, { period, subject: 'station', count: 'days', min: 2 }],
    [
      sample().members,
      sample().activities,
      { period, subject: 'member', kinds: ['memberContact'] },
    ],
    [sample().groups, sample().activities, { period, subject: 'group', asOf: '2025-06-30' }],
    [sample().deputies, sample().activities, { period }],
  ],
  coverageSessionAttendance: () => [[sample().deputies, sample().activities, { period }]],
  coverageEnrolment: () => [
    [sample().deputies, sample().stations, sample().groups, { period, require: 'both' }],
  ],
  coverageMemberQuota: () => [[sample().members, sample().activities, { period, minDeputies: 2 }]],
  coverageStationActivity: () => [
    [sample().stations, sample().activities, { period, minReceptionDays: 2, per: 'quarter' }],
  ],
  coverageDutyReports: () => [[sample().deputies, sample().dutyReports, { period, per: 'year' }]],
  coverageTraining: () => [
    [
      sample().deputies,
      sample().trainings,
      sample().trainingAttendances,
      { period, kind: 'thematic' },
    ],
  ],
  coverageOpinionsClosed: () => [
    [sample().opinions, { period, withinWorkingDays: 15, calendar: api.chinaOfficialCalendar }],
    [
      sample().opinions,
      { period: { from: '2025-12-31', to: '2025-01-01' }, withinWorkingDays: 15 },
    ],
  ],
  rosterFor: () => [[sample().deputies, period, { partial: 'exclude' }]],
  planContacts: () => [
    [sample().members, sample().deputies, { period, quota: { leader: 5, member: 3 } }],
    [sample().members, sample().deputies, { period, matching: 'area', keepFixed: false }],
  ],
  checkPlan: () => {
    const rules = { period, minContactsPerQuarter: 1 };
    const plan = call('planContacts', sample().members, sample().deputies, rules);
    return [
      [plan, sample().activities, rules, { asOf: '2025-07-01', deputies: sample().deputies }],
    ];
  },
  planPairings: () => [
    [
      { deputies: sample().deputies, committees: sample().committees },
      { kind: 'committeeContacts', period, quota: 20, matching: 'field' },
    ],
    [{ deputies: sample().deputies }, { kind: 'leaderWithGrassroots', period, quota: 3 }],
    [
      { deputies: sample().deputies },
      { kind: 'returningWithNew', period, quota: 2, matching: 'area' },
    ],
  ],
  checkPairings: () => {
    const rules = { kind: 'returningWithNew', period, quota: 2, minContactsPerQuarter: 1 } as const;
    const plan = call('planPairings', { deputies: sample().deputies }, rules);
    return [
      [plan, sample().activities, rules, { asOf: '2025-07-01', deputies: sample().deputies }],
    ];
  },
  toContactAssignments: () => [
    [call('planContacts', sample().members, sample().deputies, { period }), sample().members],
  ],
  planEnrolment: () => [
    [sample().deputies, sample().stations, { period, groups: sample().groups }],
  ],
  reEnrolAtNewTerm: () => {
    const deputies = sample().deputies as readonly { congress: unknown }[];
    const endingCongress = deputies[0]?.congress;
    return [
      [sample().stations, sample().deputies, { endingCongress, newTermFrom: '2026-01-01' }],
      [
        sample().stations,
        sample().deputies,
        { endingCongress, newTermFrom: '2026-01-01', keepReElected: false },
      ],
    ];
  },
  checkEnrolment: () => [
    [sample().deputies, sample().stations, sample().groups, { asOf: '2025-12-31' }],
  ],
  expandSchedule: () => [
    [{ kind: 'oddMonths', day: 15, noticeDays: 3 }, period],
    [
      { kind: 'weekly', weekday: 1, noticeDays: 3 },
      period,
      { calendar: api.chinaOfficialCalendar, onNonWorkingDay: 'nextWorkingDay' },
    ],
    [
      { kind: 'monthlyDays', days: [9, 19, 31], noticeDays: 2 },
      period,
      {
        calendar: api.chinaOfficialCalendar,
        missingDay: 'lastDayOfMonth',
        noticeIn: 'workingDays',
      },
    ],
    [{ kind: 'monthlyDays', days: [20] }, period, { onNonWorkingDay: 'skip' }],
  ],
  receptionDayAdherence: () => [
    [sample().stations, sample().activities, { period, asOf: '2025-10-31' }],
    [
      sample().stations,
      sample().activities,
      {
        period,
        asOf: '2025-10-31T18:00:00+08:00',
        calendar: api.chinaOfficialCalendar,
        onNonWorkingDay: 'nextWorkingDay',
        toleranceDays: 2,
      },
    ],
  ],
  scoreDeputies: () => [
    [
      sample().deputies,
      [...(sample().performanceRecords as unknown[]), ...(sample().activities as unknown[])],
      api.yinchuanStyleRules,
      { period },
    ],
  ],
  countPeople: () => [[sample().deputies]],
  likelyDuplicatePeople: () => [[sample().deputies]],
  dutyRecords: () => [
    [sample(), { period }],
    [
      { deputies: sample().deputies, activities: sample().activities },
      { period, timeZone: 'UTC' },
    ],
  ],
  dutyRecord: () => [
    [(sample().deputies as readonly { id: string }[])[0]?.id, sample(), { period }],
    ['D-NOBODY', sample(), { period }],
  ],
  unexcusedAbsences: () => [
    [(call('dutyRecords', sample(), { period }) as { records: readonly unknown[] }).records[0]],
  ],
  absenceTermination: () => [
    [sample().deputies, sample().performanceRecords, { asOf: '2025-12-31' }],
    [sample().deputies, sample().performanceRecords, { asOf: '2025-12-31', consecutive: true }],
  ],
  sessionAttendanceReport: () => [
    [
      sample().deputies,
      [...(sample().performanceRecords as unknown[]), ...(sample().activities as unknown[])],
      { period },
    ],
  ],
  evaluateUnits: () => [
    [
      [
        {
          unitId: 'U-ROADS',
          signedWithin7DaysRate: 0.95,
          repliedWithin3MonthsRate: 0.9,
          overdueCount: 0,
          repliedWithin6MonthsAll: true,
          satisfiedRate: 0.85,
          dissatisfiedCount: 1,
          basicallyOrBetterAll: false,
        },
      ],
      api.shenzhen2007UnitThresholds,
    ],
  ],
  defineScoringRules: () => [
    [
      {
        id: 'my-town',
        version: 1,
        base: 60,
        items: [{ kind: 'suggestionSubmitted', points: 3, cap: 15 }],
        penalties: [{ kind: 'sessionAbsence', excused: false, points: 5 }],
        cap: null,
        bands: [
          { min: 80, grade: { 'zh-Hans': '优秀', en: 'Excellent' } },
          { min: null, grade: { 'zh-Hans': '合格', en: 'Satisfactory' } },
        ],
        period: 'year',
      },
    ],
  ],

  // model
  rendaErrorMap: () => [['zh-Hans'], ['en', { title: { 'zh-Hans': '标题', en: 'Title' } }], ['fr']],
  modelJsonSchema: () => [['Suggestion'], ['Nothing']],
  toPopolo: () => [[{ deputies: sample().deputies }]],

  // suggestion
  createSuggestion: () => [
    [newSuggestion, created],
    [{ ...newSuggestion, proposers: [] }, created],
  ],
  definePolicy: () => [
    [{ id: 'ningbo', version: 1 }],
    [
      {
        id: 'ningbo',
        version: 2,
        deadlines: {
          reply: { amount: 0, unit: 'calendarDays', anchor: 'fixedDate', fixedDate: '06-30' },
        },
      },
    ],
    [{ id: 'x', version: 1, timeZone: 'Mars/Olympus' }],
  ],
  rulesVersionOf: () => [[api.defaultPolicy]],
  isReplied: () => [[suggestions().long, sample().policy]],
  pendingUnits: () => [[suggestions().handling]],
  pendingAssistingInputs: () => [[suggestions().handling], [suggestions().long]],
  pendingFollowUps: () => [[suggestions().handling], [suggestions().long]],
  replyRecipients: () => [
    [suggestions().long],
    [
      (sample().suggestions as readonly SampleSuggestion[]).find(
        (s) => s.mergedProposers.length > 0,
      ) ?? suggestions().long,
    ],
  ],
  suggestionDeadline: () => [[suggestions().handling]],
  toPublicSuggestion: () => [[suggestions().long]],
  // The option is `policies` (one policy, or a registry of them): `{ policy }` is a refusal.
  verifySuggestion: () => {
    const { long } = suggestions();
    return [
      [long, { policies: sample().policy }],
      [long, { policies: call('definePolicyRegistry', [sample().policy]) }],
      [long, { policy: sample().policy }],
    ];
  },
  definePolicyRegistry: () => [[[sample().policy]], [[api.defaultPolicy]], [[]]],
  initialSuggestionOf: () => [[suggestions().long]],

  // workflow
  transition: () => [
    [draft(), { type: 'submit' }, suggestionOptions('2024-11-20T10:00:00+08:00', 'deputy', 'D-1')],
    [
      draft(),
      { type: 'submit' },
      suggestionOptions('2024-11-20T10:00:00+08:00', 'liaisonOffice', 'O'),
    ],
  ],
  replay: () => {
    const { long } = suggestions();
    const options = { workflow: api.suggestionWorkflow, context: { policy: sample().policy } };
    return [[call('initialSuggestionOf', long), long.history, options]];
  },
  availableEvents: () => [
    [
      suggestions().handling,
      { role: 'liaisonOffice', id: 'OFFICE' },
      { workflow: api.suggestionWorkflow, context: { policy: sample().policy }, at: sample().asOf },
    ],
  ],
  transitionMany: () => [
    [
      [draft()],
      { type: 'submit' },
      suggestionOptions('2024-11-20T10:00:00+08:00', 'deputy', 'D-1'),
    ],
    [
      [draft(), call('createSuggestion', { ...newSuggestion, id: 'S-2' }, created)],
      [{ type: 'submit' }, { type: 'withdraw' }],
      suggestionOptions('2024-11-20T10:00:00+08:00', 'deputy', 'D-1'),
    ],
    // The same record twice: refused.
    [
      [draft(), draft()],
      { type: 'submit' },
      suggestionOptions('2024-11-20T10:00:00+08:00', 'deputy', 'D-1'),
    ],
  ],
  sealHistory: () => [[suggestions().long], [{ state: 'open', history: [] }]],
  verifyHistoryChain: () => {
    const { long } = suggestions();
    const sealed = sealedNow(long);
    const head = sealed.historyChain.digests.at(-1);
    return [[sealed], [sealed, { head }], [long], [{ ...sealed, history: long.history.slice(1) }]];
  },
  auditTrail: () => {
    const { long } = suggestions();
    const initial = call('initialSuggestionOf', long);
    const context = { policy: sample().policy };
    return [
      [sealedNow(long), { workflow: api.suggestionWorkflow, initial, context }],
      [
        { ...long, history: long.history.slice(1) },
        { workflow: api.suggestionWorkflow, initial, context },
      ],
      [
        long,
        {
          workflow: api.suggestionWorkflow,
          initial,
          contextOf: call('suggestionContextOf', sample().policy),
        },
      ],
    ];
  },
  suggestionContextOf: () => [[sample().policy]],
  defineWorkflow: () => [[ticketDefinition], [{ ...ticketDefinition, initial: 'nowhere' }]],
  extendWorkflow: () => [[call('defineWorkflow', ticketDefinition), reviewExtension]],
  toMermaid: () => [[api.suggestionWorkflow, 'en']],
  workflowStates: () => [[api.suggestionWorkflow]],
  workflowTransitions: () => [[api.suggestionWorkflow]],
  stateCategory: () => [[api.suggestionWorkflow, 'draft']],
  isWorkflowEvent: () => [[api.suggestionWorkflow, 'submit']],

  // constituent opinions
  isMainlandMobile: () => [['13912345678'], ['1391234567'], ['1'.repeat(100_000)]],
  isResidentIdNumber: () => [['11010519491231002X'], ['110105194912310021']],
  defineOpinionPolicy: () => [
    [{ id: 'leling', version: 1, maxReopenRounds: 1 }],
    [{ id: 'x', version: 1, extension: { maxWorkingDays: -1 } }],
  ],
  createOpinion: () => [
    [newOpinion, { at: '2025-09-26T10:00:00+08:00', policy: opinionPolicy() }],
    [
      { ...newOpinion, submitter: { mobile: '123' } },
      { at: '2025-09-26T10:00:00+08:00', policy: opinionPolicy() },
    ],
    [newOpinion, {}],
  ],
  initialOpinionOf: () => [[assignedOpinion(), { policy: opinionPolicy() }]],
  verifyOpinion: () => [
    [assignedOpinion(), { policy: opinionPolicy() }],
    [{ ...(assignedOpinion() as object), state: 'closed' }, { policy: opinionPolicy() }],
  ],
  suggestionReplyEvents: () => {
    const { long } = suggestions();
    const waiting = {
      ...(assignedOpinion() as object),
      state: 'convertedToSuggestion',
      suggestionId: (long as unknown as { id: string }).id,
    };
    return [
      [long, [waiting, assignedOpinion()], sample().policy],
      [long, sample().opinions, sample().policy],
      [long, [waiting], undefined],
    ];
  },
  toPublicOpinion: () => [
    [assignedOpinion()],
    [assignedOpinion(), { locale: 'en', policy: opinionPolicy() }],
    [{ id: 'O-1' }],
  ],
  opinionStats: () => {
    const records = [assignedOpinion(), ...(sample().opinions as readonly unknown[]).slice(0, 40)];
    const asOf = '2025-12-31T18:00:00+08:00';
    return [
      [records, { asOf, policy: opinionPolicy() }],
      [records, { asOf, policy: opinionPolicy(), groupBy: api.byStation, period: '2025' }],
      [records, { asOf: 'yesterday', policy: opinionPolicy() }],
    ];
  },
  opinionStatsAccumulator: () => [
    [opinionPolicy(), '2025-12-31T18:00:00+08:00'],
    [opinionPolicy(), '2025-12-31T18:00:00+08:00', { period: { from: '2025-01-01' } }],
    [{ ...(opinionPolicy() as object), timeZone: 'Mars/Olympus' }, '2025-12-31T18:00:00+08:00'],
  ],
  opinionFactTables: () => {
    const asOf = '2025-12-31T18:00:00+08:00';
    return [
      [fullest('opinions'), { asOf, policy: opinionPolicy() }],
      [assignedOpinion(), { asOf, policy: opinionPolicy() }],
      [assignedOpinion(), { asOf: 'yesterday', policy: opinionPolicy() }],
    ];
  },
  opinionFactsDdl: () => [
    [{ dialect: 'postgres' }],
    [{ dialect: 'duckdb', tables: { opinions: 'renda.opinion_facts', deputies: 'met_2025' } }],
    [{ dialect: 'postgres', tables: { deputies: 'facts"; drop table x; --' } }],
  ],
  opinionStatsSql: () => {
    const asOf = '2025-12-31T18:00:00+08:00';
    const policy = opinionPolicy();
    return [
      [{ dialect: 'postgres', policy, asOf }],
      [{ dialect: 'duckdb', policy, asOf, groupBy: ['station', 'receivedMonth'], period: '2025' }],
      [{ dialect: 'duckdb', policy, asOf, groupBy: 'area' }],
    ];
  },
  opinionStatsFromRows: () => {
    const sql = call('opinionStatsSql', {
      dialect: 'duckdb',
      policy: opinionPolicy(),
      asOf: '2025-12-31T18:00:00+08:00',
      groupBy: 'channel',
    }) as { queries: Record<string, unknown> };
    const empty = Object.fromEntries(Object.keys(sql.queries).map((name) => [name, []]));
    const opinions = [{ g0: 'station', records: 2, outsidePeriod: '1', handled: 2n, inPerson: 2 }];
    return [
      [sql, empty],
      [sql, { ...empty, opinions }],
      [sql, { ...empty, opinions: [{ g0: 'x', records: -1 }] }],
    ];
  },

  // livelihood-project votes
  defineLivelihoodPolicy: () => [
    [{ id: 'zhenhai', version: 1, yearEnd: { electorate: 'present' } }],
    [{ id: 'x', version: 1, quorum: { share: 2 } }],
  ],
  createLivelihoodProject: () => [
    [newProject, { at: '2024-09-10T09:00:00+08:00', policy: livelihoodPolicy() }],
    [
      { ...newProject, investment: -1 },
      { at: '2024-09-10T09:00:00+08:00', policy: livelihoodPolicy() },
    ],
    [newProject, {}],
  ],
  initialLivelihoodProjectOf: () => [[adoptedProject(), { policy: livelihoodPolicy() }]],
  verifyLivelihoodProject: () => [
    [adoptedProject(), { policy: livelihoodPolicy() }],
    [{ ...(adoptedProject() as object), state: 'failed' }, { policy: livelihoodPolicy() }],
  ],
  classifyYearEndVote: () => [
    [
      { satisfied: 20, basicallySatisfied: 8, dissatisfied: 1 },
      { electorate: 'allMembers', members: 29, present: 29 },
    ],
    [
      { satisfied: 20, basicallySatisfied: 8, dissatisfied: 1 },
      {
        electorate: 'present',
        members: 45,
        present: 29,
        rule: { satisfiedShare: 0.6, basicallySatisfiedShare: 0.5 },
      },
    ],
    [
      { satisfied: 20, basicallySatisfied: 8, dissatisfied: 9 },
      { electorate: 'present', members: 29, present: 29 },
    ],
  ],
  tallyLivelihoodBallots: () => [
    [ballots, tallyOptions()],
    [[{ kind: 'ranked', order: ['P-2', 'P-1'] }], { ...tallyOptions(), places: 1 }],
    [ballots, { ...tallyOptions(), present: 99 }],
  ],
  livelihoodTallyAccumulator: () => [[tallyOptions()], [{ ...tallyOptions(), candidates: [] }]],
  livelihoodAdoptionCoverage: () => [
    [[adoptedProject()], [{ id: 'T-1' }, { id: 'T-2', name: '东镇' }], { year: 2025 }],
    [[adoptedProject()], [{ id: 'T-1' }], { year: 25 }],
  ],
  livelihoodStats: () => [
    [sample().livelihoodProjects, { asOf: sample().asOf, year: 2025 }],
    [
      [adoptedProject(), ...(sample().livelihoodProjects as readonly unknown[])],
      { asOf: '2025-06-30', timeZone: 'Asia/Urumqi', shares: { rounding: 'largestRemainder' } },
    ],
    [[{ id: 'P-1', year: 2025 }], { asOf: '2025-12-31' }],
  ],
  livelihoodStatsAccumulator: () => [
    [{ asOf: sample().asOf }],
    [{ asOf: '2025-12-31', deadlineWarning: { dueSoonDays: 3 } }],
    [{ asOf: '2025-12-31', timeZone: 'Mars/Olympus' }],
  ],

  // appraisals and selections
  tallyAppraisalBallots: () => [
    [sample().appraisalBallots, { policy: livelihoodPolicy() }],
    [
      [...(sample().appraisalBallots as readonly unknown[]), null],
      {
        policy: call('defineLivelihoodPolicy', {
          id: 'p',
          version: 1,
          yearEnd: { electorate: 'present' },
        }),
      },
    ],
    [sample().appraisalBallots, { policy: { id: 'x' } }],
  ],
  appraisalTallyAccumulator: () => [[{ policy: livelihoodPolicy() }], [{}]],
  appraisalUnitFigures: () => {
    const { results } = call('tallyAppraisalBallots', sample().appraisalBallots, {
      policy: livelihoodPolicy(),
    }) as { results: readonly { subject: { kind: string; id: string } }[] };
    const keyItems = results.filter((r) => r.subject.kind === 'keyItem').map((r) => r.subject.id);
    return [
      [results, { year: 2025 }],
      [
        results,
        { year: 2025, keyItemUnits: Object.fromEntries(keyItems.map((id) => [id, ['U-001']])) },
      ],
      [results, { year: 1900 }],
    ];
  },
  selectCandidates: () => [
    [
      selectionCandidates,
      {
        quota: 2,
        criteria: [
          { id: 'quality', weight: 0.7 },
          { id: 'votes', weight: 0.3 },
        ],
        votes: { 'S-1': 30, 'S-3': 12 },
        tieBreak: ['votes'],
      },
    ],
    [selectionCandidates, { quota: 1, criteria: [{ id: 'quality', weight: 1 }], minimumScore: 85 }],
    [selectionCandidates, { quota: 1 }],
  ],
  candidatesFromDeputyScores: () => {
    const scores = call(
      'scoreDeputies',
      sample().deputies,
      [
        ...(sample().performanceRecords as readonly unknown[]),
        ...(sample().activities as readonly unknown[]),
      ],
      api.yinchuanStyleRules,
      { period: { from: '2025-01-01', to: '2025-12-31' } },
    );
    return [[scores], [scores, { criterion: '履职积分' }], [{ scores: 'none' }]];
  },

  // motions
  parseMotion: () => [[motions().long], [{ id: 'M-1' }]],
  createMotion: () => [
    [newMotion, { at: '2025-01-10T09:00:00+08:00' }],
    [newMotion, {}],
  ],
  initialMotionOf: () => [[motions().long]],
  verifyMotion: () => [[motions().long], [{ ...motions().long, state: 'adopted' }]],
  motionThreshold: () => [['national'], ['township'], ['village']],
  meetsMotionThreshold: () => [
    [newMotion],
    [{ ...newMotion, congress: { ...newMotion.congress, level: 'county' } }],
    [{ congress: { level: 'national' }, proposers: [], delegationId: 'DEL-1' }],
  ],
  motionsByDecision: () => [[motions().all], [[]], [42]],
  suggestionFromMotion: () => [
    [
      motions().toConvert,
      { id: 'S-M-1', at: '2026-01-01T00:00:00Z', policy: api.defaultPolicy, officeId: 'O-1' },
    ],
    [
      motions().long,
      { id: 'S-M-1', at: '2026-01-01T00:00:00Z', policy: api.defaultPolicy, officeId: 'O-1' },
    ],
  ],

  // delegation items
  parseDelegationItem: () => [[delegationItems().long], [{ id: 'DI-1' }]],
  createDelegationItem: () => [
    [newDelegationItem, { at: '2025-01-10T09:00:00+08:00' }],
    [{ ...newDelegationItem, headId: 'D-9' }, { at: '2025-01-10T09:00:00+08:00' }],
  ],
  initialDelegationItemOf: () => [[delegationItems().long]],
  verifyDelegationItem: () => [
    [delegationItems().long],
    [{ ...delegationItems().long, state: 'abandoned' }],
  ],
  pendingConsents: () => [[delegationItems().asking], [delegationItems().ready], [{ id: 'DI-1' }]],
  suggestionFromDelegationItem: () => [
    [
      delegationItems().ready,
      { id: 'S-DI-1', at: '2026-01-01T00:00:00Z', policy: api.defaultPolicy, officeId: 'O-1' },
    ],
    [
      delegationItems().asking,
      { id: 'S-DI-1', at: '2026-01-01T00:00:00Z', policy: api.defaultPolicy, officeId: 'O-1' },
    ],
  ],

  // testing
  generateMotionSample: () => [[{ seed: 2, count: 17 }], [{ seed: 1.5 }]],
  generateDelegationItemSample: () => [[{ seed: 2, count: 12 }], [{ seed: 1, count: 0 }]],
  generateSample: () => [[{ seed: 2, size: { deputies: 20 } }], [{ seed: 1.5 }]],
  sampleKeyItems: () => [[sample()], [{ ...sample(), suggestions: 'x' }]],
};
