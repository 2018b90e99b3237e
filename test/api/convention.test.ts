import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import tsupConfig from '../../tsup.config.js';
import {
  type AnyFunction,
  entryPoints,
  type FunctionExport,
  functionExports,
  isClass,
  isSafeName,
  safeNameOf,
  throwingNameOf,
} from './support/entryPoints.js';
import { HostileAccessError, hostileValues, NONE } from './support/hostile.js';
import {
  type ArgsFactory,
  describeThrown,
  HANG_MS,
  type Outcome,
  outcomeOf,
  outcomeOfBig,
  resultViolations,
  sameValue,
  thrownViolations,
} from './support/inspect.js';
import { validCalls } from './support/validCalls.js';

/**
 * The one failure convention (issue 7, DESIGN.md "One convention for failure, zod's"), checked
 * over every export of every entry point: a function that throws throws a RendaError and has a
 * `safeX` twin; a `safeX` never throws and returns a frozen, JSON-able result; the twins agree.
 */

/**
 * Function exports that are not functions of data, so the hostile battery does not apply. Keep
 * it short; every entry says why. (Schemas, label tables and other constants are not functions
 * and are not walked at all.)
 */
const notFunctionsOfData: Readonly<Record<string, string>> = {
  // A class: calling it without `new` is a TypeError by the language; users catch it, not call it.
  RendaError: 'the error class itself',
  // Group keys: callbacks users hand to `suggestionStats({ groupBy })`, which calls them on
  // records it has read; users never call them on raw input, so there is no `safeByLeadUnit`.
  byLeadUnit: 'a groupBy callback',
  byTopic: 'a groupBy callback',
  byLevel: 'a groupBy callback',
  byTermSession: 'a groupBy callback',
  byJurisdiction: 'a groupBy callback',
  byStation: 'a groupBy callback',
  byReceivingDeputy: 'a groupBy callback',
  byHandlingUnit: 'a groupBy callback',
  byChannel: 'a groupBy callback',
  byOpinionCategory: 'a groupBy callback',
  byReceivedMonth: 'a groupBy callback',
  // A zod check callback (`.check(suggestionRules)`) for schemas that extend SuggestionSchema;
  // zod calls it with its own parse payload, after the shape has parsed.
  suggestionRules: 'a zod check callback',
};

/**
 * Pure constructors that cannot fail: they wrap what they are given in a frozen object without
 * judging it, so they have no `safeX`. The battery still runs on them: the only thing they may
 * throw is the error of the caller's own Proxy trap or getter (they read an option), never a
 * TypeError or RangeError of their own.
 */
// Empty for now. The accumulator constructors (`countAccumulator`, `categoryCountAccumulator`,
// `histogramAccumulator`) and the group keys `byAssignmentMonth/Quarter/Year` were listed here,
// but they can fail on bad input: they check their options (an `id` that is not a string, a
// policy without an IANA time zone) and refuse them with a RendaError, so they follow the
// convention like every other fallible function and have a `safeX` twin (metrics area).
const pureConstructors: Readonly<Record<string, string>> = {};

/** A test's time limit: a function that is slow on the battery must fail on its own words, not on vitest's 5 s. */
const BATTERY_TIMEOUT = 60_000;

/** The most argument positions the battery fills. */
const MAX_POSITIONS = 3;

/** The fillers of the positions before the hostile one. */
const fillers: readonly { label: string; make: () => unknown }[] = [
  { label: '{}', make: () => ({}) },
  { label: 'undefined', make: () => undefined },
];

/** One call of the battery: a label naming every argument, and a factory of fresh arguments. */
interface HostileCall {
  readonly label: string;
  readonly args: ArgsFactory;
  /** Whether an argument is big (then the call is first timed on a probe). */
  readonly big: boolean;
}

function positionsOf(fn: AnyFunction): number {
  // `length` stops at the first default or optional-by-default parameter: one more position
  // reaches the options argument that so often has a default.
  return Math.min(MAX_POSITIONS, fn.length + 1);
}

/** Each hostile value in each position, the positions before it filled with `{}` or undefined. */
function hostileCalls(fn: AnyFunction): HostileCall[] {
  const calls = new Map<string, HostileCall>();
  for (let position = 0; position < positionsOf(fn); position++) {
    for (const filler of position === 0 ? [fillers[0]!] : fillers) {
      for (const hostile of hostileValues) {
        const before = Array.from({ length: position }, () => filler.label);
        const labels = hostile.label === NONE ? before : [...before, hostile.label];
        const label = `(${labels.join(', ')})`;
        if (calls.has(label)) continue;
        calls.set(label, {
          label,
          args: (size) => [
            ...Array.from({ length: position }, () => filler.make()),
            ...(hostile.label === NONE
              ? []
              : [size === 'probe' && hostile.probe ? hostile.probe() : hostile.make()]),
          ],
          big: hostile.probe !== undefined,
        });
      }
    }
  }
  return [...calls.values()];
}

const exportsByName = new Map(functionExports().map((entry) => [entry.name, entry]));
const allFunctions = functionExports().filter((entry) => !(entry.name in notFunctionsOfData));
const throwingFunctions = allFunctions.filter((entry) => !isSafeName(entry.name));
const safeFunctions = allFunctions.filter((entry) => isSafeName(entry.name));
const pairs = safeFunctions
  .map((safe) => ({ safe, throwing: exportsByName.get(throwingNameOf(safe.name)) }))
  .filter(
    (pair): pair is { safe: FunctionExport; throwing: FunctionExport } =>
      pair.throwing !== undefined,
  );

function slow(outcome: Outcome): string | undefined {
  if (outcome.kind === 'hung') {
    return outcome.predicted
      ? `would take about ${Math.round(outcome.ms)} ms (1/100 of the value took ${Math.round(outcome.ms / 100)} ms; not run)`
      : `did not settle within ${Math.round(outcome.ms)} ms`;
  }
  return outcome.ms > HANG_MS ? `took ${Math.round(outcome.ms)} ms` : undefined;
}

/** What `x` did that breaks the convention on one call, or []. */
function throwingCallViolations(outcome: Outcome): string[] {
  const problems: string[] = [];
  const late = slow(outcome);
  if (late !== undefined) problems.push(late);
  if (outcome.kind === 'threw') {
    problems.push(
      ...thrownViolations(outcome.thrown).map((p) => (outcome.async ? `rejected: ${p}` : p)),
    );
  }
  return problems;
}

/** What `safeX` did that breaks the convention on one call, or []. */
function safeCallViolations(outcome: Outcome): string[] {
  if (outcome.kind === 'hung') return [slow(outcome)!];
  const problems: string[] = [];
  const late = slow(outcome);
  if (late !== undefined) problems.push(late);
  if (outcome.kind === 'threw') {
    problems.push(`${outcome.async ? 'rejected' : 'threw'} ${describeThrown(outcome.thrown)}`);
  } else {
    problems.push(...resultViolations(outcome.value));
  }
  return problems;
}

/** Whether `x` and `safeX` agree on one call, or why not. */
function disagreement(throwing: Outcome, safe: Outcome): string | undefined {
  if (throwing.kind === 'hung' || safe.kind === 'hung' || safe.kind === 'threw') return undefined;
  const result = safe.value as { ok?: unknown; value?: unknown; error?: { code?: unknown } } | null;
  if (typeof result !== 'object' || result === null) return undefined;
  if (result.ok === true) {
    if (throwing.kind === 'threw')
      return `safe twin ok, but x threw ${describeThrown(throwing.thrown)}`;
    const same = sameValue(throwing.value, result.value);
    if (same === 'incomparable')
      return 'safe twin ok, but its value is too deep or hostile to compare with x’s';
    return same === 'equal' ? undefined : 'safe twin ok with another value than x returned';
  }
  if (throwing.kind !== 'threw')
    return `safe twin failed (${String(result.error?.code)}), but x returned`;
  const code = (throwing.thrown as { code?: unknown } | null)?.code;
  return code === result.error?.code
    ? undefined
    : `safe twin failed with ${String(result.error?.code)}, x threw ${describeThrown(throwing.thrown)}`;
}

function report(name: string, problems: readonly string[]): string[] {
  return problems.map((problem) => `${name}${problem}`);
}

describe('the export convention (one failure convention, zod’s)', () => {
  it('walks every entry point the package publishes', () => {
    const pkg = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as {
      exports: Record<string, unknown>;
    };
    const published = Object.keys(pkg.exports)
      .filter((subpath) => subpath !== './package.json')
      .map((subpath) => (subpath === '.' ? 'renda' : `renda/${subpath.slice(2)}`));
    const [forBundlers] = tsupConfig as unknown as [{ entry: Record<string, string> }];
    const built = Object.keys(forBundlers.entry).map((entry) =>
      entry === 'index' ? 'renda' : `renda/${entry}`,
    );
    expect(Object.keys(entryPoints).sort()).toEqual(published.sort());
    expect(Object.keys(entryPoints).sort()).toEqual(built.sort());
  });

  it('exports one value under one name, whichever entry point it comes from', () => {
    const conflicts: string[] = [];
    const seen = new Map<string, { entry: string; value: unknown }>();
    for (const [entry, module] of Object.entries(entryPoints)) {
      for (const [name, value] of Object.entries(module)) {
        const before = seen.get(name);
        if (before === undefined) seen.set(name, { entry, value });
        else if (before.value !== value) conflicts.push(`${name}: ${before.entry} ≠ ${entry}`);
      }
    }
    expect(conflicts).toEqual([]);
  });

  it('allow-lists only exports that exist and are not plain functions of data', () => {
    for (const name of Object.keys(notFunctionsOfData)) {
      expect(typeof exportsByName.get(name)?.fn, `${name} is allow-listed but not exported`).toBe(
        'function',
      );
      expect(
        exportsByName.has(safeNameOf(name)),
        `${name} is allow-listed but has a safe twin`,
      ).toBe(false);
    }
    const unlisted = functionExports().filter(
      (entry) => isClass(entry.fn) && !(entry.name in notFunctionsOfData),
    );
    expect(
      unlisted.map((entry) => entry.name),
      'an exported class must be allow-listed with a reason',
    ).toEqual([]);
    for (const name of Object.keys(pureConstructors)) {
      expect(typeof exportsByName.get(name)?.fn, `${name} is listed as a pure constructor`).toBe(
        'function',
      );
      expect(
        exportsByName.has(safeNameOf(name)),
        `${name} has a safe twin: not a pure constructor`,
      ).toBe(false);
    }
  });

  it('pairs every safeX with an x exported from the same entry points', () => {
    const problems: string[] = [];
    for (const safe of safeFunctions) {
      const name = throwingNameOf(safe.name);
      for (const entry of safe.entries) {
        if (typeof entryPoints[entry]?.[name] !== 'function') {
          problems.push(`${entry} exports ${safe.name} but not ${name}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  describe.each(throwingFunctions.map((entry) => [entry.name, entry] as const))(
    '%s',
    (name, entry) => {
      it(
        'throws only RendaErrors on hostile arguments (never TypeError/RangeError), and has a safe twin if it throws',
        async () => {
          const problems: string[] = [];
          let threw: string | undefined;
          for (const call of hostileCalls(entry.fn)) {
            const outcome = await outcomeOfBig(entry.fn, call.args, call.big);
            if (name in pureConstructors && outcome.kind === 'threw') {
              if (!(outcome.thrown instanceof HostileAccessError)) {
                problems.push(
                  `${name}${call.label}: a pure constructor threw ${describeThrown(outcome.thrown)}`,
                );
              }
              continue;
            }
            if (outcome.kind === 'threw') threw ??= call.label;
            problems.push(...report(`${name}${call.label}: `, throwingCallViolations(outcome)));
          }
          if (threw !== undefined) {
            const safe = safeNameOf(name);
            for (const entryPoint of entry.entries) {
              if (typeof entryPoints[entryPoint]?.[safe] !== 'function') {
                problems.push(
                  `${name} throws (e.g. on ${name}${threw}) but ${entryPoint} exports no ${safe}`,
                );
              }
            }
          }
          expect(problems).toEqual([]);
        },
        BATTERY_TIMEOUT,
      );
    },
  );

  describe.each(safeFunctions.map((entry) => [entry.name, entry] as const))('%s', (name, entry) => {
    it(
      'never throws or rejects on hostile arguments, and returns a frozen, JSON-able { ok, value | error }',
      async () => {
        const problems: string[] = [];
        for (const call of hostileCalls(entry.fn)) {
          const outcome = await outcomeOfBig(entry.fn, call.args, call.big);
          problems.push(...report(`${name}${call.label}: `, safeCallViolations(outcome)));
        }
        expect(problems).toEqual([]);
      },
      BATTERY_TIMEOUT,
    );
  });

  describe.each(pairs.map((pair) => [`${pair.throwing.name} / ${pair.safe.name}`, pair] as const))(
    '%s',
    (_, { throwing, safe }) => {
      it(
        'agree on hostile arguments: safeX ok ⇔ x returns the same value; safeX error ⇔ x throws that code',
        async () => {
          const problems: string[] = [];
          for (const call of hostileCalls(throwing.fn)) {
            const thrown = await outcomeOfBig(throwing.fn, call.args, call.big);
            const result = await outcomeOfBig(safe.fn, call.args, call.big);
            const why = disagreement(thrown, result);
            if (why !== undefined) problems.push(`${throwing.name}${call.label}: ${why}`);
          }
          expect(problems).toEqual([]);
        },
        BATTERY_TIMEOUT,
      );

      it(
        'agree on valid arguments, and accept at least one',
        async () => {
          const cases = validCalls[throwing.name]?.() ?? [];
          expect(
            cases.length,
            `add valid arguments for ${throwing.name} to support/validCalls.ts`,
          ).toBeGreaterThan(0);
          const problems: string[] = [];
          let accepted = 0;
          for (const [index, args] of cases.entries()) {
            const thrown = await outcomeOf(throwing.fn, args);
            const result = await outcomeOf(safe.fn, args);
            problems.push(
              ...report(`${safe.name} valid case ${index}: `, safeCallViolations(result)),
            );
            const why = disagreement(thrown, result);
            if (why !== undefined) problems.push(`${throwing.name} valid case ${index}: ${why}`);
            if (
              result.kind === 'returned' &&
              (result.value as { ok?: unknown } | null)?.ok === true
            )
              accepted++;
          }
          expect.soft(problems).toEqual([]);
          expect(accepted, `no valid case of ${safe.name} was accepted`).toBeGreaterThan(0);
        },
        BATTERY_TIMEOUT,
      );
    },
  );
});
