import { isCalendarDay } from '../../internal/civilDays.js';
import type { Deputy } from '../../model/deputy.js';
import type { LiaisonStation } from '../../model/liaisonStation.js';
import type { Congress } from '../../model/shared/congress.js';
import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import { fieldName, guard, safely } from '../../stats/internal/invalidInput.js';
import { OptionChecks } from '../coverage/internal/checkOptions.js';
import { dayNumber, toDay } from '../coverage/internal/days.js';

/**
 * The options of {@link reEnrolAtNewTerm} (换届进站选项): the congress whose term ends, the
 * first day of the new term, and where the office places the new term's deputies.
 *
 * @example
 * ```ts
 * import type { NewTermOptions } from 'renda';
 *
 * const options: NewTermOptions = {
 *   endingCongress: { jurisdiction: '320582', level: 'county', term: 18 },
 *   newTermFrom: '2026-12-28',
 *   placements: [{ deputyId: 'D19-0001', stationId: 'ST-1' }],
 * };
 * ```
 * @category Coverage
 */
export interface NewTermOptions {
  /** 届满的人大: jurisdiction, level and term whose deputies' enrolments end. */
  readonly endingCongress: Congress;
  /** 新一届起始日: the first session of the new congress; the old enrolments end the day before. */
  readonly newTermFrom: string;
  /**
   * 进站安排: new-term deputies (seats of the next term of the same congress) and the station each
   * joins from `newTermFrom`, as the office decides. A deputy listed here is placed only where
   * listed, even when re-elected.
   */
  readonly placements?: readonly { readonly deputyId: string; readonly stationId: string }[];
  /**
   * 连任代表留站: a re-elected deputy (a new-term seat with the same `personId` as an old one)
   * joins the stations the old seat was enrolled at on its last day, unless placed. Default true.
   */
  readonly keepReElected?: boolean;
}

/**
 * What a change of term does to the stations (换届进站结果): each station's enrolments to store,
 * and what changed.
 *
 * @example
 * ```ts
 * import type { NewTermEnrolment } from 'renda';
 *
 * const changed = (r: NewTermEnrolment) => r.ended.length + r.opened.length;
 * ```
 * @category Coverage
 */
export interface NewTermEnrolment {
  /** Every station given, in input order, with its enrolments after the change. */
  readonly stations: readonly {
    readonly stationId: string;
    readonly enrolments: LiaisonStation['enrolments'];
  }[];
  /** 结束的进站: old-term enrolments ended the day before the new term. */
  readonly ended: readonly {
    readonly stationId: string;
    readonly deputyId: string;
    readonly to: string;
  }[];
  /** 新的进站: new-term enrolments from the new term's first day, and why. */
  readonly opened: readonly {
    readonly stationId: string;
    readonly deputyId: string;
    readonly from: string;
    readonly because: 'reElected' | 'placed';
  }[];
  /** 未进站: new-term deputies enrolled at no station after the change (for the office to place). */
  readonly unplaced: readonly string[];
}

/** An enrolment as `reEnrolAtNewTerm` reads and copies it: its deputy and its days. */
function isReadableEnrolment(value: unknown): boolean {
  const e = value as Partial<Record<'deputyId' | 'from' | 'to', unknown>> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.deputyId === 'string' &&
    isCalendarDay(e.from) &&
    (e.to === undefined || isCalendarDay(e.to))
  );
}

/**
 * Refuses, by name, the first station that is not one `reEnrolAtNewTerm` can read: an id and a
 * list of enrolments, each with its deputy and its days. The stations come back copied with their
 * enrolments, so anything else (a string where the list belongs) would come back as garbage, one
 * entry per character.
 */
function checkStation(checks: OptionChecks, station: unknown, index: number): void {
  const s = station as Partial<Record<'id' | 'enrolments', unknown>> | null;
  if (typeof s !== 'object' || s === null || typeof s.id !== 'string') {
    checks.add('INVALID_TYPE', ['stations', index], {
      field: fieldName('家站点', 'station'),
      expected: fieldName('带编号（id）的家站点', 'a station with its id'),
      got: station,
    });
  } else if (!Array.isArray(s.enrolments)) {
    checks.add('INVALID_TYPE', ['stations', index, 'enrolments'], {
      field: fieldName('进站代表', 'enrolments'),
      expected: fieldName('数组', 'an array'),
      got: s.enrolments,
    });
  } else {
    // findIndex visits holes too: a hole is an enrolment it cannot read.
    const bad = (s.enrolments as readonly unknown[]).findIndex((e) => !isReadableEnrolment(e));
    if (bad >= 0) {
      checks.add('INVALID_VALUE', ['stations', index, 'enrolments', bad], {
        field: fieldName('进站记录', 'enrolment'),
        expected: fieldName(
          '{ deputyId, from, to? }（日期为 YYYY-MM-DD）',
          'a { deputyId, from, to? } enrolment with YYYY-MM-DD days',
        ),
        got: (s.enrolments as readonly unknown[])[bad],
      });
    }
  }
  checks.done();
}

const sameCongress = (a: Congress, b: Congress, termOffset: number): boolean =>
  a.jurisdiction === b.jurisdiction && a.level === b.level && a.term === b.term + termOffset;

/**
 * Re-enrols deputies at a change of term (换届进站): ends every station enrolment of the ending
 * term's deputies on the day before the new term, and opens new ones for the new term's deputies
 * where the office places them, re-elected deputies staying at their stations by default.
 *
 * @remarks
 * A deputy record is one seat (代表资格) in one term, so a re-elected deputy has a new record in
 * the new term, linked to the old one by `personId` (Sources §1: a term runs from one congress's
 * first session to the next's). Of the deputies given, the old seats are those of
 * `endingCongress`; the new seats those of the same jurisdiction and level, one term later.
 * Then, on every station:
 * - an old seat's enrolment still open on the new term's first day ends the day before (listed in
 *   `ended`); one already ended stays as it was; deputies of other levels (a station receives
 *   deputies of several levels, whose terms need not change together) are not touched;
 * - a new seat in `placements` joins the stations listed there; otherwise, with `keepReElected`
 *   (default), a re-elected seat joins the stations its old seat was enrolled at on the last day
 *   of the old term (listed in `opened`, with `because`);
 * - new seats left at no station are listed in `unplaced`.
 * Only the stations' `enrolments` are rewritten: an app that also keeps station memberships on
 * the deputy records ends them with the old seat. Deterministic; linear in the enrolments.
 *
 * @param stations - The liaison stations with their enrolments.
 * @param deputies - The deputies: the ending term's seats and the new term's.
 * @param options - The ending congress, the new term's first day, and the placements.
 * @returns The stations' new enrolments and what changed, frozen.
 * @throws {@link RendaError} `INVALID_INPUT` for a bad day or congress, a station without an id
 *   or with enrolments that are not a list of `{ deputyId, from, to? }` (the first one named), or
 *   a placement naming an unknown station or a deputy who is not of the new term.
 * @example
 * ```ts
 * import { type Deputy, type LiaisonStation, reEnrolAtNewTerm } from 'renda';
 *
 * const congress = { jurisdiction: '320582', level: 'county', term: 18 } as const;
 * const seat = (id: string, personId: string, term: number): Deputy => ({
 *   id, personId, name: id, gender: 'female', congress: { ...congress, term },
 *   constituency: { kind: 'constituency', id: 'C-1', name: '第一选区' }, occupations: ['worker'],
 *   grassroots: true, status: { status: 'inOffice' },
 *   term: { from: term === 18 ? '2021-12-28' : '2026-12-28' }, memberships: [],
 * });
 * const station: LiaisonStation = {
 *   id: 'ST-1', name: '某某街道代表联络站', kind: 'station', active: { from: '2021-01-01' },
 *   enrolments: [{ deputyId: 'D18-1', from: '2022-01-01' }, { deputyId: 'D18-2', from: '2022-01-01' }],
 * };
 * const deputies = [seat('D18-1', 'P-1', 18), seat('D18-2', 'P-2', 18), seat('D19-1', 'P-1', 19), seat('D19-9', 'P-9', 19)];
 * const result = reEnrolAtNewTerm([station], deputies, {
 *   endingCongress: congress,
 *   newTermFrom: '2026-12-28',
 * });
 * console.log(result.ended.map((e) => e.to)); // ['2026-12-27', '2026-12-27']
 * console.log(result.opened.map((o) => [o.deputyId, o.because])); // [['D19-1', 'reElected']]
 * console.log(result.unplaced); // ['D19-9']
 * ```
 * @category Coverage
 */
export function reEnrolAtNewTerm(
  stations: Iterable<LiaisonStation>,
  deputies: Iterable<Deputy>,
  options: NewTermOptions,
): NewTermEnrolment {
  return guard('reEnrolAtNewTerm', () => {
    const checks = new OptionChecks('reEnrolAtNewTerm');
    checks.records(stations, 'stations', '家站点');
    checks.records(deputies, 'deputies', '代表');
    const o = checks.options<NewTermOptions>(options, 'options', '选项', false);
    const start = typeof o.newTermFrom === 'string' ? dayNumber(o.newTermFrom) : undefined;
    if (start === undefined) {
      checks.add(o.newTermFrom === undefined ? 'REQUIRED' : 'INVALID_FORMAT', ['newTermFrom'], {
        field: fieldName('新一届起始日', 'newTermFrom'),
        expected: fieldName('YYYY-MM-DD 日期', 'a YYYY-MM-DD day'),
        got: o.newTermFrom,
      });
    }
    const ending = o.endingCongress as Partial<Congress> | undefined;
    if (
      typeof ending !== 'object' ||
      ending === null ||
      typeof ending.jurisdiction !== 'string' ||
      typeof ending.level !== 'string' ||
      !Number.isSafeInteger(ending.term)
    ) {
      checks.add(ending === undefined ? 'REQUIRED' : 'INVALID_TYPE', ['endingCongress'], {
        field: fieldName('届满的人大', 'endingCongress'),
        expected: fieldName(
          '{ jurisdiction, level, term }',
          'a { jurisdiction, level, term } congress',
        ),
        got: ending,
      });
    }
    const placements = o.placements ?? [];
    if (!Array.isArray(placements)) {
      checks.add('INVALID_TYPE', ['placements'], {
        field: fieldName('进站安排', 'placements'),
        expected: fieldName('数组', 'an array'),
        got: placements,
      });
    }
    const keep = o.keepReElected ?? true;
    if (typeof keep !== 'boolean') {
      checks.add('INVALID_TYPE', ['keepReElected'], {
        field: fieldName('连任代表留站', 'keepReElected'),
        expected: fieldName('布尔值', 'a boolean'),
        got: keep,
      });
    }
    checks.done();
    const congress = ending as Congress;
    const first = toDay(start as number);
    const lastOld = toDay((start as number) - 1);
    const stationList = [...stations];
    for (let index = 0; index < stationList.length; index++) {
      checkStation(checks, stationList[index], index);
    }
    const stationIds = new Set(stationList.map((s) => s.id));
    const oldSeats = new Set<string>();
    const oldSeatOfPerson = new Map<string, string>();
    const newSeats: Deputy[] = [];
    for (const d of deputies) {
      if (sameCongress(d.congress, congress, 0)) {
        oldSeats.add(d.id);
        if (d.personId !== undefined) oldSeatOfPerson.set(d.personId, d.id);
      } else if (sameCongress(d.congress, congress, 1)) newSeats.push(d);
    }
    const newSeatIds = new Set(newSeats.map((d) => d.id));
    const placed = new Map<string, string[]>();
    (placements as NonNullable<NewTermOptions['placements']>).forEach((p, i) => {
      const deputyId = (p as { deputyId?: unknown } | null)?.deputyId;
      const stationId = (p as { stationId?: unknown } | null)?.stationId;
      if (typeof deputyId !== 'string' || !newSeatIds.has(deputyId)) {
        checks.add('INVALID_VALUE', ['placements', i, 'deputyId'], {
          field: fieldName('进站代表', 'deputyId'),
          expected: fieldName('新一届代表的编号', 'the id of a deputy of the new term'),
          got: deputyId,
        });
      }
      if (typeof stationId !== 'string' || !stationIds.has(stationId)) {
        checks.add('INVALID_VALUE', ['placements', i, 'stationId'], {
          field: fieldName('家站点', 'stationId'),
          expected: fieldName('所给家站点之一的编号', 'the id of one of the stations given'),
          got: stationId,
        });
      }
      if (typeof deputyId === 'string' && typeof stationId === 'string') {
        const list = placed.get(deputyId) ?? [];
        if (!list.includes(stationId)) list.push(stationId);
        placed.set(deputyId, list);
      }
    });
    checks.done();

    // Where each old seat was enrolled on the old term's last day.
    const stationsOfOldSeat = new Map<string, string[]>();
    for (const s of stationList) {
      for (const e of s.enrolments) {
        if (!oldSeats.has(e.deputyId) || e.from > lastOld || (e.to !== undefined && e.to < lastOld))
          continue;
        const list = stationsOfOldSeat.get(e.deputyId) ?? [];
        if (!list.includes(s.id)) list.push(s.id);
        stationsOfOldSeat.set(e.deputyId, list);
      }
    }
    const opened: NewTermEnrolment['opened'][number][] = [];
    const joining = new Map<string, { deputyId: string; because: 'reElected' | 'placed' }[]>();
    const join = (stationId: string, deputyId: string, because: 'reElected' | 'placed') => {
      const list = joining.get(stationId) ?? [];
      list.push({ deputyId, because });
      joining.set(stationId, list);
    };
    for (const seat of newSeats) {
      const chosen = placed.get(seat.id);
      if (chosen !== undefined) for (const stationId of chosen) join(stationId, seat.id, 'placed');
      else if (keep && seat.personId !== undefined) {
        const old = oldSeatOfPerson.get(seat.personId);
        for (const stationId of (old && stationsOfOldSeat.get(old)) || [])
          join(stationId, seat.id, 'reElected');
      }
    }

    const ended: NewTermEnrolment['ended'][number][] = [];
    const enrolled = new Set<string>();
    const out = stationList.map((s) => {
      const enrolments: { deputyId: string; from: string; to?: string }[] = [];
      for (const e of s.enrolments) {
        const copy = {
          deputyId: e.deputyId,
          from: e.from,
          ...(e.to === undefined ? {} : { to: e.to }),
        };
        const open = e.to === undefined || e.to >= first;
        if (oldSeats.has(e.deputyId) && open) {
          // An old seat enrolled only from the new term on never served there: the seat has ended.
          if (e.from >= first) continue;
          enrolments.push({ ...copy, to: lastOld });
          ended.push({ stationId: s.id, deputyId: e.deputyId, to: lastOld });
          continue;
        }
        enrolments.push(copy);
        if (newSeatIds.has(e.deputyId) && open) enrolled.add(e.deputyId);
      }
      for (const { deputyId, because } of joining.get(s.id) ?? []) {
        // Already enrolled there from the new term on: nothing to open.
        if (
          enrolments.some((e) => e.deputyId === deputyId && (e.to === undefined || e.to >= first))
        )
          continue;
        enrolments.push({ deputyId, from: first });
        opened.push({ stationId: s.id, deputyId, from: first, because });
        enrolled.add(deputyId);
      }
      return { stationId: s.id, enrolments };
    });
    const unplaced = newSeats.map((d) => d.id).filter((id) => !enrolled.has(id));
    return { stations: out, ended, opened, unplaced };
  });
}

/**
 * {@link reEnrolAtNewTerm} returning a result instead of throwing (换届进站，不抛错).
 *
 * @param stations - As for {@link reEnrolAtNewTerm}.
 * @param deputies - As for {@link reEnrolAtNewTerm}.
 * @param options - As for {@link reEnrolAtNewTerm}.
 * @returns `{ ok: true, value }` or `{ ok: false, error }`, frozen.
 * @example
 * ```ts
 * import { safeReEnrolAtNewTerm } from 'renda';
 *
 * const result = safeReEnrolAtNewTerm([], [], {
 *   endingCongress: { jurisdiction: '320582', level: 'county', term: 18 },
 *   newTermFrom: '2026-13-01',
 * });
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['newTermFrom']
 * ```
 * @category Coverage
 */
export function safeReEnrolAtNewTerm(
  stations: Iterable<LiaisonStation>,
  deputies: Iterable<Deputy>,
  options: NewTermOptions,
): Result<NewTermEnrolment, ValidationError> {
  return safely('reEnrolAtNewTerm', () => reEnrolAtNewTerm(stations, deputies, options)) as Result<
    NewTermEnrolment,
    ValidationError
  >;
}
