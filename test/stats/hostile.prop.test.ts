import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaOfficialCalendar } from '../../src/calendar/chinaOfficialCalendar.js';
import type { WorkingDayCalendar } from '../../src/calendar/workingDayCalendar.js';
import * as metrics from '../../src/index.js';
import { RendaError } from '../../src/model/shared/validationError.js';
import { defaultPolicy } from '../../src/suggestion/policy.js';
import { generateSample } from '../../src/testing/generateSample.js';
import { deputy, opinion, YEAR } from '../connections/coverage/fixtures.js';

// Hostile input against every `safeX` of the metrics area (issue 7, items 1 and 8): whatever it is
// given, a safeX returns a frozen, JSON-printable result and never throws; its `x` throws only a
// RendaError; nothing mutates its input or pollutes a prototype; work stays bounded.

const revoked = (() => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
})();
const trap = (): never => {
  throw new Error('trap');
};
const throwingProxy = new Proxy(
  {},
  { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap },
);
const throwingArray = new Proxy([1, 2, 3], { get: trap });
const cyclic: Record<string, unknown> = { from: '2025-01-01' };
cyclic.self = cyclic;
const getter = Object.defineProperty({}, 'period', { get: trap, enumerable: true });
const nullProto = Object.assign(Object.create(null), { from: '2025-01-01', to: '2025-12-31' });
let deep: unknown = 0;
for (let i = 0; i < 100_000; i++) deep = [deep];
const huge = 'x'.repeat(10 * 1024 * 1024);

const HOSTILE: readonly unknown[] = [
  undefined,
  null,
  0,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  5n,
  '',
  '\uD800',
  huge,
  '2025',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59-00:01',
  Symbol('s'),
  () => 1,
  [],
  [null],
  {},
  nullProto,
  cyclic,
  getter,
  throwingProxy,
  throwingArray,
  revoked,
  deep,
  JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}'),
];

const sample = generateSample({ seed: 3 });
const asOf = sample.asOf;
const policy = sample.policy;
const stats = metrics.suggestionStats(sample.suggestions.slice(0, 50), {
  asOf,
  policy,
  groupBy: metrics.byLeadUnit,
});

/** Valid arguments of every safeX, so one position at a time can be made hostile. */
const CASES: Record<string, readonly unknown[]> = {
  safeRate: [1, 2, { interval: 'wilson' }],
  safeShares: [[1, 2, 3], { rounding: 'largestRemainder' }],
  safeFormatPercent: [0.5, { decimals: 1 }],
  safeFormatRate: [metrics.rate(1, 2), { locale: 'en' }],
  safeWilsonInterval: [1, 2, 0.9],
  safeRateAccumulator: [{ numerator: () => true, denominator: () => true }],
  safeCountAccumulator: [() => true, { id: 'n' }],
  safeCategoryCountAccumulator: [(r: { c: string }) => r.c, {}],
  safeHistogramAccumulator: [(r: { d: number }) => r.d, {}],
  safeDefineAccumulator: [
    {
      id: 'n',
      version: 1,
      init: () => 0,
      step: (s: number) => s + 1,
      merge: (a: number, b: number) => a + b,
      result: (s: number) => s,
    },
  ],
  safeAggregate: [
    [{ u: 'a' }],
    { n: metrics.countAccumulator() },
    { groupBy: (r: { u: string }) => r.u },
  ],
  safeAggregateStates: [[{ u: 'a' }], { n: metrics.countAccumulator() }, {}],
  safeFinalizeAggregate: [
    metrics.aggregateStates(['a'], { n: metrics.countAccumulator() }),
    { n: metrics.countAccumulator() },
    { period: '2025', asOf: '2025-12-31T00:00:00Z' },
  ],
  safeMergeAggregateStates: [
    metrics.aggregateStates(['a'], { n: metrics.countAccumulator() }),
    metrics.aggregateStates(['b'], { n: metrics.countAccumulator() }),
    { n: metrics.countAccumulator() },
  ],
  safeSuggestionStats: [sample.suggestions.slice(0, 20), { asOf, policy, period: '2025' }],
  safeSuggestionStatsAccumulator: [policy, asOf, { shares: { decimals: 1 } }],
  safeSuggestionMetricDefinitions: [policy, asOf],
  safeRankUnits: [stats, { minimumN: 1 }],
  safeByAssignmentYear: [policy],
  safeCoverageOpinionsClosed: [
    [opinion('O-1', '2025-01-02', 'inHandling')],
    { period: YEAR, withinWorkingDays: 15, calendar: chinaOfficialCalendar },
  ],
  safeCoverageTraining: [[deputy('D-1')], [], [], { period: YEAR }],
  safeRosterFor: [[deputy('D-1')], YEAR, {}],
  safeCoverageMemberContact: [[deputy('D-1')], [], { period: YEAR }],
  safeCoverageSessionAttendance: [[deputy('D-1')], [], { period: YEAR }],
  safeCoverageDutyReports: [[deputy('D-1')], [], { period: YEAR }],
  safeEvaluateUnits: [[], metrics.shenzhen2007UnitThresholds],
  safeDefineScoringRules: [metrics.jiangbeiStyleRules],
};

function isDeeplyFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return true;
  if (typeof value === 'function' || seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Reflect.ownKeys(value).every((key) =>
    isDeeplyFrozen((value as Record<PropertyKey, unknown>)[key], seen),
  );
}

/** The checks every safeX result must pass. */
function expectWellFormed(result: unknown): void {
  const r = result as {
    ok: boolean;
    value?: unknown;
    error?: { code: string; message: { en: string } };
  };
  expect(typeof r.ok).toBe('boolean');
  expect(Object.isFrozen(r)).toBe(true);
  if (r.ok) {
    expect(typeof r.value === 'function' || isDeeplyFrozen(r.value)).toBe(true);
  } else {
    expect(r.error?.code).toBe('INVALID_INPUT');
    expect(isDeeplyFrozen(r.error)).toBe(true);
    // The message quotes at most about 200 characters of a bad value, never 10 MB.
    expect((r.error?.message.en.length ?? 0) < 2000).toBe(true);
  }
  expect(() => JSON.stringify(result)).not.toThrow();
}

async function settle(result: unknown): Promise<unknown> {
  return result instanceof Promise ? await result : result;
}

describe('every safeX of the metrics area, given hostile values', () => {
  const names = Object.keys(CASES);

  it('covers every safe twin the metrics area exports', () => {
    const exported = Object.keys(metrics).filter((name) => /^safe[A-Z]/.test(name));
    // Every exported safe twin has a pair x, and every pair is exercised here or in its own tests.
    for (const name of exported) {
      const x = name.slice(4, 5).toLowerCase() + name.slice(5);
      expect(typeof (metrics as Record<string, unknown>)[x], `${name} has no ${x}`).toBe(
        'function',
      );
    }
    expect(exported.length).toBeGreaterThanOrEqual(names.length);
  });

  for (const name of names) {
    it(`${name} never throws, never rejects, and returns a frozen result`, async () => {
      const fn = (metrics as unknown as Record<string, (...args: unknown[]) => unknown>)[name] as (
        ...args: unknown[]
      ) => unknown;
      const valid = CASES[name] as readonly unknown[];
      expectWellFormed(await settle(fn(...valid)));
      for (let position = 0; position < valid.length; position++) {
        for (const bad of HOSTILE) {
          const args = [...valid];
          args[position] = bad;
          let result: unknown;
          expect(() => {
            result = fn(...args);
          }).not.toThrow();
          expectWellFormed(await settle(result));
        }
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('their x throws only a RendaError, for any value in any position', () => {
    for (const name of names) {
      const x = name.slice(4, 5).toLowerCase() + name.slice(5);
      const fn = (metrics as unknown as Record<string, (...args: unknown[]) => unknown>)[x] as (
        ...args: unknown[]
      ) => unknown;
      const valid = CASES[name] as readonly unknown[];
      for (let position = 0; position < valid.length; position++) {
        for (const bad of HOSTILE) {
          const args = [...valid];
          args[position] = bad;
          try {
            const value = fn(...args);
            if (value instanceof Promise) value.catch(() => undefined);
          } catch (error) {
            expect(error, `${x} at ${position}`).toBeInstanceOf(RendaError);
          }
        }
      }
    }
  });

  it('stays well-formed for random JSON-like values (fast-check)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.nat(3), fc.anything(), (name, at, bad) => {
        const fn = (metrics as unknown as Record<string, (...args: unknown[]) => unknown>)[
          name
        ] as (...args: unknown[]) => unknown;
        const args = [...(CASES[name] as readonly unknown[])];
        args[at % args.length] = bad;
        const result = fn(...args);
        if (result instanceof Promise) return;
        expectWellFormed(result);
      }),
      { numRuns: 300 },
    );
  });

  it('never mutates the records or options it is given', () => {
    const records = sample.suggestions.slice(0, 30);
    const before = JSON.stringify(records);
    const options = { asOf, policy, period: { from: '2024-01-01', to: '2026-12-31' } };
    const optionsBefore = JSON.stringify(options.period);
    const result = metrics.safeSuggestionStats(records, options);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(records)).toBe(before);
    expect(JSON.stringify(options.period)).toBe(optionsBefore);
    // The period is stamped as a copy, never the caller's object (which stays unfrozen).
    expect(Object.isFrozen(options.period)).toBe(false);
    if (result.ok) expect(result.value.period).not.toBe(options.period);
  });
});

describe('async records: one convention for promises too', () => {
  async function* failing() {
    yield sample.suggestions[0];
    throw new TypeError('cursor lost');
  }

  it('suggestionStats(5, …) throws a RendaError synchronously, never a rejected promise', () => {
    expect(() => metrics.suggestionStats(5 as never, { asOf, policy })).toThrow(RendaError);
    expect(() => metrics.suggestionStats([], undefined as never)).toThrow(RendaError);
    const error = (() => {
      try {
        metrics.suggestionStats(5 as never, { asOf, policy });
      } catch (thrown) {
        return thrown as RendaError;
      }
    })();
    expect(
      (error?.detail as { issues: { code: string; path: unknown[] }[] } | undefined)?.issues[0],
    ).toMatchObject({
      code: 'NOT_ITERABLE',
      path: ['records'],
    });
  });

  it('a failing cursor rejects only with a RendaError; the safe twin resolves to a result', async () => {
    await expect(
      metrics.suggestionStats(failing() as never, { asOf, policy }),
    ).rejects.toBeInstanceOf(RendaError);
    const result = await metrics.safeSuggestionStats(failing() as never, { asOf, policy });
    expect(result.ok).toBe(false);
    const fine = await metrics.safeAggregate(
      (async function* () {
        yield 1;
      })(),
      { n: metrics.countAccumulator() },
    );
    expect(fine.ok && fine.value.total.n).toBe(1);
  });
});

describe('nonsense is refused, never silently used', () => {
  const firstIssue = (result: {
    ok: boolean;
    error?: { issues: readonly { code: string; path: readonly unknown[] }[] };
  }) => (result.ok ? undefined : result.error?.issues[0]);

  it('refuses an unknown rounding name in shares, even the typo largestRemainer', () => {
    expect(
      firstIssue(metrics.safeShares([1, 2], { rounding: 'largestRemainer' as never })),
    ).toMatchObject({
      code: 'UNKNOWN_VALUE',
      path: ['rounding'],
    });
    expect(() => metrics.shares(null as never)).toThrow(RendaError);
    expect(metrics.safeShares([1, 2], { rounding: 'largestRemainder' }).ok).toBe(true);
  });

  it("refuses a confidence that is not a number ('0.9') and an unknown interval", () => {
    expect(firstIssue(metrics.safeRate(1, 2, { confidence: '0.9' as never }))).toMatchObject({
      code: 'INVALID_TYPE',
      path: ['confidence'],
    });
    expect(firstIssue(metrics.safeRate(1, 2, { interval: 'agresti' as never }))).toMatchObject({
      path: ['interval'],
    });
  });

  it('refuses reversed, malformed and year-like periods; a year, quarter or month filters', () => {
    const run = (period: unknown) =>
      metrics.safeSuggestionStats(sample.suggestions, { asOf, policy, period: period as never });
    expect(firstIssue(run({ from: '2025-12-31', to: '2025-01-01' }))?.code).toBe(
      'END_BEFORE_START',
    );
    expect(firstIssue(run({ from: '2025-02-30' }))?.code).toBe('INVALID_FORMAT');
    expect(firstIssue(run('2025-13'))?.code).toBe('INVALID_FORMAT');
    expect(firstIssue(run('2025年'))?.code).toBe('INVALID_FORMAT');
    expect(firstIssue(run(''))?.code).toBe('INVALID_FORMAT');
    const year = run('2025');
    const range = run({ from: '2025-01-01', to: '2025-12-31' });
    const quarters = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'].map(run);
    const months = Array.from({ length: 12 }, (_, m) =>
      run(`2025-${String(m + 1).padStart(2, '0')}`),
    );
    if (!year.ok || !range.ok) throw new Error('expected results');
    expect(year.value.total.n).toBe(range.value.total.n);
    expect(year.value.total.period).toBe('2025');
    const sum = (rs: typeof quarters) => rs.reduce((n, r) => n + (r.ok ? r.value.total.n : 0), 0);
    expect(sum(quarters)).toBe(year.value.total.n);
    expect(sum(months)).toBe(year.value.total.n);
    // A name that is not a period is a label only: nothing is filtered out.
    const label = run('十四届二次会议');
    expect(label.ok && label.value.total.stateCounts.outsidePeriod).toBe(0);
  });

  it('refuses an unknown ranking metric and a bad policy zone for the period keys', () => {
    expect(firstIssue(metrics.safeRankUnits(stats, { metric: 'replyRat' as never }))?.code).toBe(
      'UNKNOWN_VALUE',
    );
    expect(metrics.safeByAssignmentMonth({ timeZone: 'Mars/Olympus' }).ok).toBe(false);
  });
});

describe('bounded work: linear in the records, never in the days of a period', () => {
  const counting = (): WorkingDayCalendar & { calls: number } => {
    const calendar = {
      id: 'counting',
      calls: 0,
      isWorkingDay(day: string) {
        calendar.calls += 1;
        return chinaOfficialCalendar.isWorkingDay(day);
      },
    };
    return calendar;
  };

  it('refuses a coverage period of 0001–9999 instead of walking it (it once took 54 s)', () => {
    const calendar = counting();
    const result = metrics.safeCoverageOpinionsClosed(
      [opinion('O-1', '2025-01-02', 'inHandling')],
      {
        period: { from: '0001-01-01', to: '9999-12-31' },
        withinWorkingDays: 15,
        calendar,
      },
    );
    expect(firstCode(result)).toBe('PERIOD_TOO_LONG');
    expect(calendar.calls).toBe(0);
  });

  it('asks the calendar about each day at most once, however many opinions are late', () => {
    const period = { from: '2016-01-01', to: '2025-12-31' };
    const late = Array.from({ length: 2000 }, (_, i) =>
      opinion(`O-${i}`, '2016-01-04', 'inHandling'),
    );
    const calendar = counting();
    const result = metrics.coverageOpinionsClosed(late, {
      period,
      withinWorkingDays: 15,
      calendar,
    });
    expect(result.shortfalls.length).toBe(2000);
    // One pass over the period's days (plus a short look past its end), not one per opinion.
    expect(calendar.calls).toBeLessThan(3653 + 61 + 2000);
  });

  it('refuses a time limit no office sets', () => {
    expect(
      metrics.safeCoverageOpinionsClosed([], {
        period: YEAR,
        withinWorkingDays: 1e9,
        calendar: chinaOfficialCalendar,
      }).ok,
    ).toBe(false);
  });
});

function firstCode(result: { ok: boolean; error?: { issues: readonly { code: string }[] } }) {
  return result.ok ? undefined : result.error?.issues[0]?.code;
}

describe('the policy default is the one read', () => {
  it('reads deadlines.assign from the policy (5 working days by default)', () => {
    expect(defaultPolicy.deadlines.assign.amount).toBe(5);
  });
});
