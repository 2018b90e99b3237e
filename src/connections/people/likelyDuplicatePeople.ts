import type { Deputy } from '../../model/deputy.js';
import { guard } from '../../stats/internal/invalidInput.js';
import { OptionChecks } from '../coverage/internal/checkOptions.js';
import { personKey } from './personKey.js';

/**
 * Why seats were flagged by {@link likelyDuplicatePeople} (疑似同一人的原因): unlinked seats with the
 * same name, gender and birth year in different congresses (`sameNameGenderBirthYear`), or seats
 * linked to one `personId` that disagree on gender (`conflictingGender`) or birth year
 * (`conflictingBirthYear`).
 *
 * @example
 * ```ts
 * import { DUPLICATE_PERSON_REASONS } from 'renda';
 *
 * console.log(DUPLICATE_PERSON_REASONS.length); // 3
 * ```
 * @category Metrics
 */
export const DUPLICATE_PERSON_REASONS = [
  'sameNameGenderBirthYear',
  'conflictingGender',
  'conflictingBirthYear',
] as const;

/**
 * One of {@link DUPLICATE_PERSON_REASONS}.
 *
 * @example
 * ```ts
 * import type { DuplicatePersonReason } from 'renda';
 *
 * const reason: DuplicatePersonReason = 'conflictingGender';
 * ```
 * @category Metrics
 */
export type DuplicatePersonReason = (typeof DUPLICATE_PERSON_REASONS)[number];

/**
 * A group of seats flagged by {@link likelyDuplicatePeople} (疑似同一人), for someone to check.
 *
 * @example
 * ```ts
 * import type { LikelyDuplicatePerson } from 'renda';
 *
 * const line = (d: LikelyDuplicatePerson): string => `${d.reason}: ${d.seatIds.join(', ')}`;
 * ```
 * @category Metrics
 */
export interface LikelyDuplicatePerson {
  /** Why the seats were grouped. */
  readonly reason: DuplicatePersonReason;
  /** The seats' deputy ids, sorted. */
  readonly seatIds: readonly string[];
  /** The `personId`s those seats carry, sorted (empty when none is linked). */
  readonly personIds: readonly string[];
  /** The name the seats share (for a conflict: the first seat's name). */
  readonly name: string;
}

/** A name as compared: Unicode-normalised, without any space (rosters write "王  芳" too). */
const nameKey = (name: string): string => name.normalize('NFKC').replace(/\s+/gu, '');

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const congressKey = (seat: Deputy): string =>
  `${seat.congress.level}|${seat.congress.jurisdiction}|${seat.congress.term}`;

/** Groups items by a key in O(n log n): sort once, then cut runs of equal keys. */
function runsOf<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const keyed = items.map((item) => ({ item, key: key(item) }));
  keyed.sort((a, b) => byString(a.key, b.key));
  const runs: T[][] = [];
  for (let i = 0; i < keyed.length; ) {
    let j = i + 1;
    while (j < keyed.length && (keyed[j] as (typeof keyed)[number]).key === keyed[i]?.key) j++;
    runs.push(keyed.slice(i, j).map((k) => k.item));
    i = j;
  }
  return runs;
}

function flag(reason: DuplicatePersonReason, seats: readonly Deputy[]): LikelyDuplicatePerson {
  const seatIds = seats.map((s) => s.id).sort(byString);
  const personIds = [
    ...new Set(seats.flatMap((s) => (s.personId === undefined ? [] : [s.personId]))),
  ].sort(byString);
  return Object.freeze({
    reason,
    seatIds: Object.freeze(seatIds),
    personIds: Object.freeze(personIds),
    name: (seats[0] as Deputy).name,
  });
}

/**
 * Seats that look like one person but are not linked as one, or are linked but disagree (疑似
 * 重复人员): the checks to run before counting people with {@link countPeople}.
 *
 * @remarks
 * Two rules:
 * - `sameNameGenderBirthYear`: seats with the same name (spaces ignored), gender and birth year,
 *   in two or more different congresses (another level, jurisdiction or term), where at least one
 *   seat has no `personId`. Seats carrying different `personId`s only are taken as namesakes the
 *   app already told apart, and seats in one congress as two people (one person holds one seat in
 *   a congress), so neither is flagged. A seat without a birth year is never matched: a name and
 *   a gender alone are too common.
 * - `conflictingGender` / `conflictingBirthYear`: seats sharing a `personId` that record different
 *   genders, or different birth years (an absent year conflicts with nothing).
 *
 * A record listed twice (same `id`) is one seat. Groups come sorted by reason, then first seat id,
 * so the output does not depend on input order. O(n log n): one sort per rule.
 *
 * @param deputies - The seats (deputy records) of every level to compare; any iterable.
 * @returns The flagged groups, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` when `deputies` is not iterable or a record
 * cannot be read.
 *
 * @example
 * ```ts
 * import { likelyDuplicatePeople } from 'renda';
 *
 * const seat = (id: string, level: 'county' | 'city', personId?: string) => ({
 *   id,
 *   ...(personId !== undefined ? { personId } : {}),
 *   name: '王芳',
 *   gender: 'female' as const,
 *   birthYear: 1975,
 *   congress: { jurisdiction: '330281', level, term: 18 },
 *   constituency:
 *     level === 'city'
 *       ? { kind: 'electoralUnit' as const, id: 'EU-1', name: '某县人大' }
 *       : { kind: 'constituency' as const, id: 'C-1', name: '第一选区' },
 *   occupations: ['farmer' as const],
 *   grassroots: true,
 *   status: { status: 'inOffice' as const },
 *   term: { from: '2022-01-04' },
 *   memberships: [],
 * });
 * const flagged = likelyDuplicatePeople([seat('D-1', 'county'), seat('D-2', 'city', 'P-9')]);
 * console.log(flagged[0]?.seatIds); // ['D-1', 'D-2']
 * ```
 * @category Metrics
 */
export function likelyDuplicatePeople(
  deputies: Iterable<Deputy>,
): readonly LikelyDuplicatePerson[] {
  return guard('likelyDuplicatePeople', () => {
    const checks = new OptionChecks('likelyDuplicatePeople');
    checks.records(deputies, 'deputies', '代表');
    checks.done();
    const seen = new Set<string>();
    const seats: Deputy[] = [];
    for (const seat of deputies) {
      if (seen.has(seat.id)) continue;
      seen.add(seat.id);
      seats.push(seat);
    }
    const found: LikelyDuplicatePerson[] = [];
    const withYear = seats.filter((s) => s.birthYear !== undefined);
    for (const run of runsOf(withYear, (s) => `${nameKey(s.name)}|${s.gender}|${s.birthYear}`)) {
      if (run.length < 2 || !run.some((s) => s.personId === undefined)) continue;
      if (new Set(run.map(personKey)).size < 2) continue;
      if (new Set(run.map(congressKey)).size < 2) continue;
      found.push(flag('sameNameGenderBirthYear', run));
    }
    const linked = seats.filter((s) => s.personId !== undefined);
    for (const run of runsOf(linked, (s) => s.personId as string)) {
      if (run.length < 2) continue;
      if (new Set(run.map((s) => s.gender)).size > 1) found.push(flag('conflictingGender', run));
      const years = new Set(run.flatMap((s) => (s.birthYear === undefined ? [] : [s.birthYear])));
      if (years.size > 1) found.push(flag('conflictingBirthYear', run));
    }
    const order = (r: DuplicatePersonReason): number => DUPLICATE_PERSON_REASONS.indexOf(r);
    found.sort(
      (a, b) =>
        order(a.reason) - order(b.reason) ||
        byString(a.seatIds[0] as string, b.seatIds[0] as string),
    );
    return Object.freeze(found);
  });
}
