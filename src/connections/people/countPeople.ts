import type { Deputy } from '../../model/deputy.js';
import type { CongressLevel } from '../../model/shared/congress.js';
import { guard } from '../../stats/internal/invalidInput.js';
import { OptionChecks } from '../coverage/internal/checkOptions.js';
import { personKey } from './personKey.js';

/**
 * Seats (人次) and people (人) at one level, in {@link PeopleCount}.
 *
 * @example
 * ```ts
 * import type { SeatsAndPeople } from 'renda';
 *
 * const line = (n: SeatsAndPeople): string => `${n.people} 人 / ${n.seats} 人次`;
 * ```
 * @category Metrics
 */
export interface SeatsAndPeople {
  /** Seats (人次): deputy records, each distinct `id` once. */
  readonly seats: number;
  /** People (人): distinct persons holding those seats. */
  readonly people: number;
}

/**
 * The result of {@link countPeople} (代表人数与人次).
 *
 * @example
 * ```ts
 * import type { PeopleCount } from 'renda';
 *
 * const shared = (c: PeopleCount): number => c.seats - c.people;
 * ```
 * @category Metrics
 */
export interface PeopleCount extends SeatsAndPeople {
  /** Seats and people per level, for the levels that have a seat, national first. */
  readonly byLevel: Readonly<Partial<Record<CongressLevel, SeatsAndPeople>>>;
  /** People with seats at two or more levels (多级代表, e.g. a county and a city deputy). */
  readonly multiLevel: number;
  /** People by how many distinct levels they sit at: `{ 1: 130, 2: 6, 3: 1 }`. */
  readonly byLevelCount: Readonly<Record<number, number>>;
}

const LEVEL_ORDER: readonly CongressLevel[] = [
  'national',
  'provincial',
  'city',
  'county',
  'township',
];

/**
 * Counts deputies as people (人) and as seats (人次) (代表人数与人次): reports say "13.8万 五级
 * 代表" of seats, while one person may sit at several levels.
 *
 * @remarks
 * A seat is a deputy record; a record listed twice (same `id`) counts once. Seats with the same
 * `personId` (自然人标识) are one person; a seat without `personId` is a person of its own, so
 * people = seats when no seat is linked, and people ≤ seats always. Per level, people are the
 * distinct persons with a seat at that level (a person who sat in two terms of one county congress
 * is 2 人次 and 1 人 there). `multiLevel` counts people with seats at ≥ 2 distinct levels.
 *
 * Which seats to count is the caller's: pass the seats in office on a day (e.g. the entries of
 * {@link rosterFor}) for a headcount on that day, or a whole term's seats. One pass: O(seats).
 *
 * @param deputies - The seats (deputy records); any iterable.
 * @returns The counts, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT` when `deputies` is not iterable or a record
 * cannot be read.
 *
 * @example
 * ```ts
 * import { countPeople } from 'renda';
 * import { generateSample } from 'renda/testing';
 *
 * const { deputies } = generateSample({ seed: 1 });
 * const count = countPeople(deputies);
 * console.log(count.people <= count.seats); // true
 * ```
 * @category Metrics
 */
export function countPeople(deputies: Iterable<Deputy>): PeopleCount {
  return guard('countPeople', () => {
    const checks = new OptionChecks('countPeople');
    checks.records(deputies, 'deputies', '代表');
    checks.done();
    const seatIds = new Set<string>();
    // person → the levels they sit at; level → seats and the persons seen there.
    const levelsOf = new Map<string, Set<CongressLevel>>();
    const seatsAt = new Map<CongressLevel, number>();
    const peopleAt = new Map<CongressLevel, Set<string>>();
    for (const seat of deputies) {
      if (seatIds.has(seat.id)) continue;
      seatIds.add(seat.id);
      const person = personKey(seat);
      const { level } = seat.congress;
      let levels = levelsOf.get(person);
      if (levels === undefined) {
        levels = new Set();
        levelsOf.set(person, levels);
      }
      levels.add(level);
      seatsAt.set(level, (seatsAt.get(level) ?? 0) + 1);
      let people = peopleAt.get(level);
      if (people === undefined) {
        people = new Set();
        peopleAt.set(level, people);
      }
      people.add(person);
    }
    const byLevel: Partial<Record<CongressLevel, SeatsAndPeople>> = {};
    for (const level of LEVEL_ORDER) {
      const seats = seatsAt.get(level);
      if (seats === undefined) continue;
      byLevel[level] = Object.freeze({ seats, people: peopleAt.get(level)?.size ?? 0 });
    }
    const byLevelCount: Record<number, number> = {};
    let multiLevel = 0;
    for (const levels of levelsOf.values()) {
      byLevelCount[levels.size] = (byLevelCount[levels.size] ?? 0) + 1;
      if (levels.size >= 2) multiLevel += 1;
    }
    return Object.freeze({
      seats: seatIds.size,
      people: levelsOf.size,
      byLevel: Object.freeze(byLevel),
      multiLevel,
      byLevelCount: Object.freeze(byLevelCount),
    });
  });
}
