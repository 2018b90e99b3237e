import { describe, expect, it } from 'vitest';
import { rosterFor } from '../../../src/connections/coverage/rosterFor.js';
import { RendaError } from '../../../src/model/shared/validationError.js';
import { deepFreeze, deputy, YEAR } from './fixtures.js';

const full = deputy('D-FULL');
// By-elected on 1 Oct 2025: serves 92 of the 365 days of 2025.
const joined = deputy('D-JOINED', {
  term: { from: '2025-10-01', to: '2027-01-03' },
  byElected: { on: '2025-10-01' },
});
const suspended = deputy('D-SUSP', {
  status: { status: 'suspended', since: '2024-12-01', reason: 'detainedInCriminalCase' },
});
const ended = deputy('D-ENDED', {
  status: { status: 'ended', on: '2024-06-30', reason: 'movedOut' },
});
const future = deputy('D-FUTURE', { term: { from: '2026-01-05' } });
const halfSuspended = deputy('D-HALF', {
  status: {
    status: 'suspended',
    since: '2025-07-01',
    until: '2025-12-31',
    reason: 'servingSentence',
  },
});
const all = deepFreeze([full, joined, suspended, ended, future, halfSuspended]);

describe('rosterFor', () => {
  it('keeps a deputy who joined mid-year with the share served, under prorate (the default)', () => {
    const roster = rosterFor(all, YEAR);
    const entry = roster.entries.find((e) => e.id === 'D-JOINED');
    expect(entry?.servedDays).toBe(92);
    expect(entry?.periodDays).toBe(365);
    expect(entry?.share).toBeCloseTo(92 / 365);
    expect(entry?.served).toEqual([{ from: '2025-10-01', to: '2025-12-31' }]);
    expect(roster.partial).toBe('prorate');
  });

  it('excludes a deputy who joined mid-year as partialPeriod under exclude', () => {
    const roster = rosterFor(all, YEAR, { partial: 'exclude' });
    expect(roster.entries.map((e) => e.id)).toEqual(['D-FULL']);
    expect(roster.excluded).toContainEqual({ id: 'D-JOINED', reason: 'partialPeriod' });
    expect(roster.excluded).toContainEqual({ id: 'D-HALF', reason: 'partialPeriod' });
  });

  it('keeps a deputy who joined mid-year under include', () => {
    const roster = rosterFor(all, YEAR, { partial: 'include' });
    expect(roster.entries.map((e) => e.id)).toEqual(['D-FULL', 'D-JOINED', 'D-HALF']);
  });

  it('gives the reason for every deputy left out, whatever the policy', () => {
    for (const partial of ['exclude', 'prorate', 'include'] as const) {
      const { excluded } = rosterFor(all, YEAR, { partial });
      expect(excluded).toContainEqual({ id: 'D-SUSP', reason: 'suspendedWholePeriod' });
      expect(excluded).toContainEqual({ id: 'D-ENDED', reason: 'endedBefore' });
      expect(excluded).toContainEqual({ id: 'D-FUTURE', reason: 'joinedAfter' });
    }
  });

  it('does not count suspended days as served', () => {
    const entry = rosterFor(all, YEAR).entries.find((e) => e.id === 'D-HALF');
    expect(entry?.served).toEqual([{ from: '2025-01-01', to: '2025-06-30' }]);
    expect(entry?.servedDays).toBe(181);
  });

  it('counts the day the qualification ended as the last day served', () => {
    const left = deputy('D-LEFT', {
      status: { status: 'ended', on: '2025-01-31', reason: 'resigned' },
    });
    expect(rosterFor([left], YEAR).entries[0]?.servedDays).toBe(31);
  });

  it('puts every deputy either in the roster or in excluded, once', () => {
    const roster = rosterFor(all, YEAR);
    const ids = [...roster.entries.map((e) => e.id), ...roster.excluded.map((e) => e.id)].sort();
    expect(ids).toEqual(all.map((d) => d.id).sort());
  });

  it('returns a frozen roster', () => {
    const roster = rosterFor(all, YEAR);
    expect(Object.isFrozen(roster)).toBe(true);
    expect(Object.isFrozen(roster.entries[0])).toBe(true);
    expect(Object.isFrozen(roster.excluded)).toBe(true);
  });

  it('rejects a period that ends before it starts, naming period.to', () => {
    try {
      rosterFor(all, { from: '2025-12-31', to: '2025-01-01' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RendaError);
      const detail = (error as RendaError).detail as unknown as {
        issues: { code: string; path: string[] }[];
      };
      expect((error as RendaError).code).toBe('INVALID_INPUT');
      expect(detail.issues[0]).toMatchObject({ code: 'END_BEFORE_START', path: ['period', 'to'] });
    }
  });

  it('rejects an unknown partial policy and a malformed day', () => {
    expect(() => rosterFor(all, YEAR, { partial: 'half' as 'include' })).toThrow(RendaError);
    expect(() => rosterFor(all, { from: '2025-02-30', to: '2025-12-31' })).toThrow(RendaError);
  });
});
