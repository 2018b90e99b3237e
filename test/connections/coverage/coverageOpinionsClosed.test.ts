import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../../src/calendar/addWorkingDays.js';
import { chinaOfficialCalendar } from '../../../src/calendar/chinaOfficialCalendar.js';
import { weekendsOnlyCalendar } from '../../../src/calendar/weekendsOnlyCalendar.js';
import { coverageOpinionsClosed } from '../../../src/connections/coverage/coverageOpinionsClosed.js';
import { safeCoverageOpinionsClosed } from '../../../src/connections/coverage/safeCoverage.js';
import { RendaError } from '../../../src/model/shared/validationError.js';
import { deepFreeze, isDeeplyFrozen, opinion, YEAR } from './fixtures.js';

// Received Tue 30 Sep 2025, the eve of National Day: 5 working days end on Tue 14 Oct
// (9, 10, 11 (a make-up Saturday), 13, 14 October).
const options = { period: YEAR, withinWorkingDays: 5, calendar: chinaOfficialCalendar } as const;

describe('coverageOpinionsClosed', () => {
  it('uses the official calendar across the National Day holiday', () => {
    expect(addWorkingDays('2025-09-30', 5, chinaOfficialCalendar)).toBe('2025-10-14');
    const onTime = opinion('O-1', '2025-09-30', 'closed', '2025-10-14');
    const late = opinion('O-2', '2025-09-30', 'closed', '2025-10-15');
    const r = coverageOpinionsClosed(deepFreeze([onTime, late]), options);
    expect(r.covered).toEqual(['O-1']);
    expect(r.shortfalls).toEqual([{ id: 'O-2', have: 5, need: 6, short: 1 }]);
    expect(isDeeplyFrozen(r)).toBe(true);
  });

  it('would call the same feedback late with a weekends-only calendar', () => {
    const onTime = opinion('O-1', '2025-09-30', 'closed', '2025-10-14');
    const r = coverageOpinionsClosed([onTime], { ...options, calendar: weekendsOnlyCalendar });
    expect(r.covered).toEqual([]);
  });

  it('counts feedback on a non-working day after the limit as given on the next working day', () => {
    // Sun 19 Oct → Mon 20 Oct: 9 working days after 30 Sep, 4 over.
    const sunday = opinion('O-3', '2025-09-30', 'fedBack', '2025-10-19');
    const r = coverageOpinionsClosed([sunday], options);
    expect(r.shortfalls).toEqual([{ id: 'O-3', have: 5, need: 9, short: 4 }]);
  });

  it('treats feedback during the holiday as on time', () => {
    const r = coverageOpinionsClosed(
      [opinion('O-4', '2025-09-30', 'closed', '2025-10-03')],
      options,
    );
    expect(r.covered).toEqual(['O-4']);
  });

  it('leaves out open opinions not yet due, and counts open overdue ones as short', () => {
    const open = opinion('O-5', '2025-09-30', 'inHandling');
    const early = coverageOpinionsClosed([open], { ...options, asOf: '2025-10-10' });
    expect(early.excluded).toEqual([{ id: 'O-5', reason: 'notYetDue' }]);
    expect(early.rate.value).toBeNull();
    const later = coverageOpinionsClosed([open], { ...options, asOf: '2025-10-20' });
    // 9, 10, 11, 13, 14, 15, 16, 17, 20 October: 9 working days taken, 4 over.
    expect(later.shortfalls).toEqual([{ id: 'O-5', have: 5, need: 9, short: 4 }]);
  });

  it('ignores feedback after asOf', () => {
    const r = coverageOpinionsClosed([opinion('O-6', '2025-09-30', 'closed', '2025-10-14')], {
      ...options,
      asOf: '2025-10-13',
    });
    expect(r.excluded).toEqual([{ id: 'O-6', reason: 'notYetDue' }]);
  });

  it('covers opinions answered on the spot and excludes not-accepted, converted and merged ones', () => {
    const r = coverageOpinionsClosed(
      [
        opinion('O-7', '2025-03-03', 'answeredOnSite'),
        opinion('O-8', '2025-03-03', 'notAccepted'),
        opinion('O-9', '2025-03-03', 'convertedToSuggestion'),
        opinion('O-10', '2024-12-30', 'closed', '2025-01-02'),
        opinion('O-12', '2025-03-03', 'merged'),
      ],
      options,
    );
    expect(r.covered).toEqual(['O-7']);
    // Sorted by id, as every coverage roster is.
    expect(r.excluded).toEqual([
      { id: 'O-12', reason: 'mergedDuplicate' },
      { id: 'O-8', reason: 'notAccepted' },
      { id: 'O-9', reason: 'convertedToSuggestion' },
    ]);
  });

  it('reads the feedback day in the jurisdiction zone', () => {
    // 2025-10-14T23:30+08:00 is still 14 Oct in Shanghai but 15 Oct 00:30 in Tokyo.
    const o = {
      ...opinion('O-11', '2025-09-30', 'closed', '2025-10-14'),
      feedback: { at: '2025-10-14T15:30:00.000Z', channel: 'phone' as const },
    };
    expect(coverageOpinionsClosed([o], options).covered).toEqual(['O-11']);
    expect(coverageOpinionsClosed([o], { ...options, timeZone: 'Asia/Tokyo' }).covered).toEqual([]);
  });

  it('requires the limit and the calendar', () => {
    expect(() =>
      coverageOpinionsClosed([], {
        period: YEAR,
        calendar: chinaOfficialCalendar,
      } as unknown as typeof options),
    ).toThrow(RendaError);
    expect(() =>
      coverageOpinionsClosed([], {
        period: YEAR,
        withinWorkingDays: 5,
      } as unknown as typeof options),
    ).toThrow(RendaError);
  });

  it('rejects an unknown time zone as INVALID_INPUT, with or without opinions to read', () => {
    for (const list of [[], [opinion('O-TZ', '2025-03-03', 'closed', '2025-03-04')]]) {
      let caught: unknown;
      try {
        coverageOpinionsClosed(list, { ...options, timeZone: 'Asia/Beijing' });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(RendaError);
      expect((caught as RendaError).code).toBe('INVALID_INPUT');
      const detail = (caught as RendaError).detail as unknown as {
        issues: { path: string[] }[];
      };
      expect(detail.issues[0]?.path).toEqual(['timeZone']);
    }
  });
});

describe('a 10 MB time zone', () => {
  it('is quoted, not copied whole, in the message', () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    const result = safeCoverageOpinionsClosed([], {
      period: { from: '2025-01-01', to: '2025-12-31' },
      withinWorkingDays: 15,
      calendar: chinaOfficialCalendar,
      timeZone: big,
    } as never);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message.en.length).toBeLessThan(2000);
    expect(result.error.message['zh-Hans'].length).toBeLessThan(2000);
  });
});
