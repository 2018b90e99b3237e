import { describe, expect, it } from 'vitest';
import { defineScoringRules } from '../../../src/connections/scoring/defineScoringRules.js';
import { dongbaoStyleRules } from '../../../src/connections/scoring/dongbaoStyleRules.js';
import { jiangbeiStyleRules } from '../../../src/connections/scoring/jiangbeiStyleRules.js';
import { scoreDeputies } from '../../../src/connections/scoring/scoreDeputies.js';
import { yinchuanStyleRules } from '../../../src/connections/scoring/yinchuanStyleRules.js';
import { RendaError } from '../../../src/model/shared/validationError.js';
import {
  activity,
  deepFreeze,
  deputy,
  isDeeplyFrozen,
  record,
  YEAR,
} from '../coverage/fixtures.js';

const rules = defineScoringRules({
  id: 'test',
  version: 1,
  base: 50,
  items: [
    { kind: 'suggestionSubmitted', points: 5, cap: 20 },
    { id: 'fieldwork', kind: ['inspection', 'research'], points: 4 },
  ],
  penalties: [{ kind: 'sessionAbsence', excused: false, points: 10 }],
  cap: 80,
  bands: [
    { min: null, grade: { 'zh-Hans': '差', en: 'Poor' } },
    { min: 70, grade: { 'zh-Hans': '好', en: 'Good' } },
    { min: 60, grade: { 'zh-Hans': '较好', en: 'Fairly good' } },
  ],
  stars: [
    { min: 75, stars: 3 },
    { min: 60, stars: 1 },
  ],
  period: 'year',
});

const busy = deputy('D-BUSY');
const mid = deputy('D-MID');
const absent = deputy('D-ABSENT');
const suspended = deputy('D-SUSP', {
  status: { status: 'suspended', since: '2024-01-01', reason: 'servingSentence' },
});
const deputies = deepFreeze([busy, mid, absent, suspended]);
const records = deepFreeze([
  ...Array.from({ length: 6 }, (_, i) =>
    record('D-BUSY', 'suggestionSubmitted', `2025-0${i + 1}-10`),
  ),
  record('D-BUSY', 'suggestionSubmitted', '2024-12-10'),
  activity('inspection', '2025-03-01', { deputyIds: ['D-BUSY', 'D-MID'] }),
  activity('research', '2025-04-01', { deputyIds: ['D-BUSY', 'D-MID'] }),
  activity('research', '2025-05-01', { deputyIds: ['D-MID'] }),
  record('D-MID', 'suggestionSubmitted', '2025-02-02'),
  record('D-ABSENT', 'sessionAbsence', '2025-03-01', false),
  record('D-ABSENT', 'sessionAbsence', '2025-03-02', true),
]);

describe('scoreDeputies', () => {
  it('adds items with their caps, deducts penalties, and caps the total', () => {
    const r = scoreDeputies(deputies, records, rules, { period: YEAR });
    const b = r.scores.find((s) => s.deputyId === 'D-BUSY')!;
    // 50 + min(6 × 5, 20) + 2 × 4 = 78 (the 2024 suggestion is outside the period).
    expect(b.breakdown).toEqual([
      {
        item: 'suggestionSubmitted',
        kind: 'suggestionSubmitted',
        count: 6,
        points: 20,
        capped: true,
      },
      { item: 'fieldwork', kind: ['inspection', 'research'], count: 2, points: 8, capped: false },
      { item: 'sessionAbsence', kind: 'sessionAbsence', count: 0, points: 0, capped: false },
    ]);
    expect(b).toMatchObject({ total: 78, raw: 78, capped: false, stars: 3, grade: { en: 'Good' } });
  });

  it('deducts only the absences that match the excused flag, and grades by band', () => {
    const r = scoreDeputies(deputies, records, rules, { period: YEAR });
    const a = r.scores.find((s) => s.deputyId === 'D-ABSENT')!;
    expect(a).toMatchObject({ total: 40, grade: { en: 'Poor' }, stars: 0 });
    const m = r.scores.find((s) => s.deputyId === 'D-MID')!;
    // 50 + 5 + 3 × 4 = 67.
    expect(m).toMatchObject({ total: 67, grade: { en: 'Fairly good' }, stars: 1 });
  });

  it('holds the total at the overall cap', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      activity('research', `2025-${String(i + 1).padStart(2, '0')}-03`, { deputyIds: ['D-BUSY'] }),
    );
    const r = scoreDeputies([busy], [...records, ...many], rules, { period: YEAR });
    expect(r.scores[0]).toMatchObject({ raw: 50 + 20 + 14 * 4, total: 80, capped: true });
  });

  it('sorts by total with competition ranks, gives the distribution, and excludes who did not serve', () => {
    const twin = deputy('D-TWIN');
    const r = scoreDeputies([...deputies, twin], records, rules, { period: YEAR });
    expect(r.scores.map((s) => [s.deputyId, s.total, s.rank])).toEqual([
      ['D-BUSY', 78, 1],
      ['D-MID', 67, 2],
      ['D-TWIN', 50, 3],
      ['D-ABSENT', 40, 4],
    ]);
    expect(r.distribution.map((d) => [d.grade.en, d.count])).toEqual([
      ['Good', 1],
      ['Fairly good', 1],
      ['Poor', 2],
    ]);
    expect(r.starDistribution).toEqual([
      { stars: 3, count: 1 },
      { stars: 1, count: 1 },
      { stars: 0, count: 2 },
    ]);
    expect(r.excluded).toEqual([{ id: 'D-SUSP', reason: 'suspendedWholePeriod' }]);
    expect(isDeeplyFrozen(r)).toBe(true);
  });

  it('shares a rank between equal totals', () => {
    const r = scoreDeputies([deputy('D-A'), deputy('D-B'), busy], records, rules, { period: YEAR });
    expect(r.scores.map((s) => s.rank)).toEqual([1, 2, 2]);
  });

  it('scores the Yinchuan-style example on 100 points with 80/60 bands', () => {
    const r = scoreDeputies(deputies, records, yinchuanStyleRules, { period: YEAR });
    // 10 + min(6 × 5, 20) + 2 × 4 = 38 → poor.
    expect(r.scores.find((s) => s.deputyId === 'D-BUSY')).toMatchObject({
      total: 38,
      grade: { 'zh-Hans': '差' },
    });
    // 10 − 10 for the unexcused absence = 0.
    expect(r.scores.find((s) => s.deputyId === 'D-ABSENT')?.total).toBe(0);
  });

  it('scores the Dongbao-style example from a base of 60 with no cap', () => {
    const r = scoreDeputies([busy], records, dongbaoStyleRules, { period: YEAR });
    expect(r.scores[0]).toMatchObject({ total: 60 + 6 * 2 + 2 * 2, grade: null });
  });

  it('scores the Jiangbei-style example: 3 per suggestion and fieldwork, −1 per half-day of leave', () => {
    const r = scoreDeputies(deputies, records, jiangbeiStyleRules, { period: YEAR });
    expect(r.scores.find((s) => s.deputyId === 'D-BUSY')?.total).toBe(6 * 3 + 2 * 3);
    expect(r.scores.find((s) => s.deputyId === 'D-ABSENT')?.total).toBe(-1);
  });

  it('leaves out a deputy who served part of the period under exclude', () => {
    const joined = deputy('D-JOINED', { term: { from: '2025-10-01' } });
    expect(scoreDeputies([joined], [], rules, { period: YEAR }).scores).toHaveLength(1);
    expect(
      scoreDeputies([joined], [], rules, { period: YEAR, partial: 'exclude' }).excluded,
    ).toEqual([{ id: 'D-JOINED', reason: 'partialPeriod' }]);
  });

  it('counts a record or an activity only from the source an item asks for', () => {
    const fromRecord = record('D-MID', 'receptionDay', '2025-06-01');
    const fromActivity = activity(
      'receptionDay',
      '2025-06-01',
      { deputyIds: ['D-MID'] },
      { stationId: 'ST-1' },
    );
    const both = defineScoringRules({
      ...rules,
      items: [{ kind: 'receptionDay', points: 1 }],
      penalties: [],
      bands: [],
    });
    const activityOnly = defineScoringRules({
      ...both,
      items: [{ kind: 'receptionDay', points: 1, source: 'activity' }],
    });
    expect(
      scoreDeputies([mid], [fromRecord, fromActivity], both, { period: YEAR }).scores[0]?.total,
    ).toBe(52);
    expect(
      scoreDeputies([mid], [fromRecord, fromActivity], activityOnly, { period: YEAR }).scores[0]
        ?.total,
    ).toBe(51);
  });

  it('rejects a bad period', () => {
    expect(() =>
      scoreDeputies(deputies, records, rules, { period: { from: '2025-13-01', to: '2025-12-31' } }),
    ).toThrow(RendaError);
  });
});

describe('defineScoringRules', () => {
  it('sorts bands highest first with the catch-all last, and freezes the rules', () => {
    expect(rules.bands.map((b) => b.min)).toEqual([70, 60, null]);
    expect(Object.isFrozen(rules)).toBe(true);
    expect(Object.isFrozen(rules.items[1]?.kind)).toBe(true);
    expect(rules.penalties).toHaveLength(1);
    expect(rules.floor).toBeNull();
  });

  it('marks the shipped schemes as examples', () => {
    for (const example of [yinchuanStyleRules, dongbaoStyleRules, jiangbeiStyleRules]) {
      expect(example.example).toBe(true);
    }
    expect(yinchuanStyleRules.cap).toBe(100);
    expect(dongbaoStyleRules).toMatchObject({ base: 60, cap: null });
  });

  it('rejects non-positive points, naming the item', () => {
    try {
      defineScoringRules({ ...rules, penalties: [{ kind: 'sessionAbsence', points: -1 }] });
      expect.unreachable();
    } catch (error) {
      const detail = (error as RendaError).detail as unknown as { issues: { path: unknown[] }[] };
      expect((error as RendaError).code).toBe('INVALID_INPUT');
      expect(detail.issues[0]?.path).toEqual(['penalties', 0, 'points']);
    }
  });

  it('rejects duplicate band minimums, a floor above the cap and a bad version', () => {
    expect(() =>
      defineScoringRules({
        ...rules,
        bands: [
          { min: 60, grade: { 'zh-Hans': '甲', en: 'A' } },
          { min: 60, grade: { 'zh-Hans': '乙', en: 'B' } },
        ],
      }),
    ).toThrow(RendaError);
    expect(() => defineScoringRules({ ...rules, floor: 90 })).toThrow(RendaError);
    expect(() => defineScoringRules({ ...rules, version: 0 })).toThrow(RendaError);
  });
});

describe('scoreDeputies with decimal points', () => {
  it('adds decimal points exactly, so a total on a band line gets that band', () => {
    // 60 + 7 × 0.8 − 7 × 0.8 is 59.99999999999999 in binary floating point.
    const decimal = defineScoringRules({
      id: 'decimal',
      version: 1,
      base: 60,
      items: [{ kind: 'suggestionSubmitted', points: 0.8 }],
      penalties: [{ kind: 'sessionAbsence', points: 0.8 }],
      cap: null,
      bands: [
        { min: 60, grade: { 'zh-Hans': '合格', en: 'Pass' } },
        { min: null, grade: { 'zh-Hans': '不合格', en: 'Fail' } },
      ],
      period: 'year',
    });
    const recs = Array.from({ length: 7 }, (_, i) => [
      record('D-1', 'suggestionSubmitted', `2025-0${i + 1}-10`),
      record('D-1', 'sessionAbsence', `2025-0${i + 1}-11`, false),
    ]).flat();
    const score = scoreDeputies([deputy('D-1')], recs, decimal, { period: YEAR }).scores[0];
    expect(score?.total).toBe(60);
    expect(score?.grade?.en).toBe('Pass');
    // 3 × 0.1 is printed as 0.3, not 0.30000000000000004; no −0 for a penalty never incurred.
    const tenths = defineScoringRules({
      ...decimal,
      items: [{ kind: 'suggestionSubmitted', points: 0.1 }],
    });
    const three = scoreDeputies([deputy('D-1')], recs.slice(0, 6), tenths, { period: YEAR })
      .scores[0];
    expect(three?.breakdown.map((line) => line.points)).toEqual([0.3, -2.4]);
    const none = scoreDeputies([deputy('D-3')], [], tenths, { period: YEAR }).scores[0];
    expect(Object.is(none?.breakdown[1]?.points, 0)).toBe(true);
  });

  it('removes the noise of a total near 0 too (0.2 + 0.5 − 0.7 is 1.1e-16 in floating point)', () => {
    // fast-check seed 418055187: noise that significant digits keep, decimal places remove.
    const nearZero = defineScoringRules({
      id: 'nearZero',
      version: 1,
      base: 2,
      items: [
        { kind: 'sessionAbsence', points: 0.2 },
        { kind: 'sessionAbsence', points: 0.5 },
      ],
      penalties: [
        { kind: 'award', points: 0.9 },
        { kind: 'sessionAbsence', points: 0.9 },
      ],
      cap: null,
      bands: [{ min: null, grade: { 'zh-Hans': '不合格', en: 'Fail' } }],
      period: 'year',
    });
    const recs = [
      record('D-1', 'award', '2025-01-15'),
      record('D-1', 'award', '2025-01-15'),
      record('D-1', 'sessionAbsence', '2025-01-15', false),
    ];
    const score = scoreDeputies([deputy('D-1')], recs, nearZero, { period: YEAR }).scores[0];
    expect(Object.is(score?.total, 0)).toBe(true);
  });

  it('pro-rates caps and bands above the base for part of the period (partial: prorate)', () => {
    // Served 2 July – 31 December 2025: 183 of 365 days.
    const half = deputy('D-HALF', { term: { from: '2025-07-02' } });
    const share = 183 / 365;
    const four = Array.from({ length: 4 }, (_, i) =>
      record('D-HALF', 'suggestionSubmitted', `2025-${String(7 + i).padStart(2, '0')}-10`),
    );
    const included = scoreDeputies([half], four, rules, { period: YEAR }).scores[0];
    // Four suggestions earn 20 points, the item's cap; 70 is 好 under include.
    expect(included).toMatchObject({ total: 70, grade: { en: 'Good' } });
    const prorated = scoreDeputies([half], four, rules, { period: YEAR, partial: 'prorate' })
      .scores[0];
    // The cap becomes 20 × share ≈ 10.03; the 好 band asks 50 + 20 × share ≈ 60.03 and 较好 50 + 10 × share.
    expect(prorated?.breakdown[0]?.points).toBeCloseTo(20 * share, 9);
    expect(prorated?.total).toBeCloseTo(50 + 20 * share, 9);
    expect(prorated?.grade?.en).toBe('Good');
    // A full-year deputy is scored the same under either policy.
    const full = scoreDeputies([busy], records, rules, { period: YEAR, partial: 'prorate' }).scores;
    expect(full).toEqual(scoreDeputies([busy], records, rules, { period: YEAR }).scores);
  });
});
