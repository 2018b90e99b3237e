import type { CongressLevel } from '../../model/shared/congress.js';

// How big each named size is, and which congress a sample belongs to.

/** The volumes of one sample. */
export interface SizeProfile {
  readonly name: string;
  readonly deputies: number;
  readonly suggestions: number;
  readonly activities: number;
  /** The level of the jurisdiction the sample covers. */
  readonly level: CongressLevel;
  /** 行政区划代码 of that jurisdiction. */
  readonly jurisdiction: string;
}

const NAMED = {
  town: { level: 'township', jurisdiction: '330281101', deputies: 100 },
  county: { level: 'county', jurisdiction: '330281', deputies: 1_000 },
  city: { level: 'city', jurisdiction: '330200', deputies: 10_000 },
  province: { level: 'provincial', jurisdiction: '330000', deputies: 100_000 },
} as const;

/** The sizes that have a name (`'town'` is the default). */
export type NamedSize = keyof typeof NAMED;

/** The named sizes (internal: option checks list them). */
export const NAMED_SIZES: Readonly<Record<NamedSize, unknown>> = NAMED;

/**
 * The profile of a size. A province holds 10 suggestions and 10 activities per deputy (at least
 * a million of each); smaller sizes hold 3 suggestions and about 10 activities per deputy.
 */
export function profileOf(size: NamedSize | { readonly deputies: number }): SizeProfile {
  if (typeof size === 'string') {
    const named = Object.hasOwn(NAMED, size) ? NAMED[size] : undefined;
    if (named === undefined) throw new RangeError(`unknown sample size: ${String(size)}`);
    const perDeputy = size === 'province' ? 10 : 3;
    return {
      name: size,
      deputies: named.deputies,
      suggestions: named.deputies * perDeputy,
      activities: named.deputies * 10,
      level: named.level,
      jurisdiction: named.jurisdiction,
    };
  }
  const deputies = size.deputies;
  if (!Number.isSafeInteger(deputies) || deputies < 20 || deputies > 2_000_000) {
    throw new RangeError(`deputies must be a whole number from 20 to 2,000,000: ${deputies}`);
  }
  const named =
    deputies >= 50_000
      ? 'province'
      : deputies >= 5_000
        ? 'city'
        : deputies >= 500
          ? 'county'
          : 'town';
  return {
    name: `${deputies} deputies`,
    deputies,
    suggestions: deputies * 3,
    activities: deputies * 10,
    level: NAMED[named].level,
    jurisdiction: NAMED[named].jurisdiction,
  };
}

/** The levels above each level, nearest first. */
export const LEVELS_ABOVE: Readonly<Record<CongressLevel, readonly CongressLevel[]>> = {
  township: ['county', 'city', 'provincial', 'national'],
  county: ['city', 'provincial', 'national'],
  city: ['provincial', 'national'],
  provincial: ['national'],
  national: [],
};

/**
 * The share of deputies at each level living in a jurisdiction: its own level and those below
 * (a county's platform also holds its townships' deputies) plus a few elected at higher levels.
 */
export function levelShares(
  level: CongressLevel,
): Readonly<Partial<Record<CongressLevel, number>>> {
  switch (level) {
    case 'township':
      return { township: 86, county: 10, city: 3, provincial: 1 };
    case 'county':
      return { county: 26, township: 67, city: 5, provincial: 1.5, national: 0.5 };
    case 'city':
      return { city: 6, county: 24, township: 67, provincial: 2.5, national: 0.5 };
    default:
      return { provincial: 1, city: 6, county: 23, township: 69.8, national: 0.2 };
  }
}

/** The first session of the current term at each level, as [year, month, day] of the base term. */
const TERM_BASE: Readonly<Record<CongressLevel, readonly [number, number, number, number]>> = {
  // [year, month, day, term number]
  national: [2023, 3, 5, 14],
  provincial: [2023, 1, 12, 14],
  city: [2023, 1, 9, 17],
  county: [2022, 1, 6, 18],
  township: [2022, 1, 4, 19],
};

/** The term in force at the start of `year` at a level: its number and first and last years. */
export function termOf(
  level: CongressLevel,
  year: number,
): { readonly term: number; readonly start: readonly [number, number, number] } {
  const [baseYear, month, day, baseTerm] = TERM_BASE[level];
  const steps = Math.floor((year - baseYear) / 5);
  return { term: baseTerm + steps, start: [baseYear + steps * 5, month, day] };
}

/** A jurisdiction code at a level above the sample's own (e.g. the county a town belongs to). */
export function jurisdictionAt(level: CongressLevel, home: string): string {
  switch (level) {
    case 'national':
      return '000000';
    case 'provincial':
      return `${home.slice(0, 2)}0000`;
    case 'city':
      return `${home.slice(0, 4)}00`;
    case 'county':
      return home.slice(0, 6);
    default:
      return home;
  }
}
