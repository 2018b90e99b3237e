import * as calendar from '../../../src/calendar/index.js';
import * as connections from '../../../src/connections/index.js';
import * as i18n from '../../../src/i18n/index.js';
import * as importArea from '../../../src/import/index.js';
import * as main from '../../../src/index.js';
import * as livelihood from '../../../src/livelihood/index.js';
import * as metrics from '../../../src/metrics.js';
import * as model from '../../../src/model/index.js';
import * as opinion from '../../../src/opinion/index.js';
import * as stats from '../../../src/stats/index.js';
import * as suggestion from '../../../src/suggestion/index.js';
import * as testing from '../../../src/testing/index.js';
import * as workflow from '../../../src/workflow/index.js';

/**
 * Every entry point of the package, by the name users import it under, read from the sources.
 * Mirrors `tsup.config.ts` and package.json `exports`; the first test of convention.test.ts fails
 * when a subpath is added there and not here.
 */
export const entryPoints: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  renda: main,
  'renda/model': model,
  'renda/workflow': workflow,
  'renda/suggestion': suggestion,
  'renda/calendar': calendar,
  'renda/connections': connections,
  'renda/opinion': opinion,
  'renda/livelihood': livelihood,
  'renda/import': importArea,
  'renda/stats': stats,
  'renda/metrics': metrics,
  'renda/i18n': i18n,
  'renda/testing': testing,
};

/** A public function as the tests call it: any arguments, any result. */
export type AnyFunction = (...args: unknown[]) => unknown;

/** One function export, once however many entry points re-export it. */
export interface FunctionExport {
  readonly name: string;
  readonly fn: AnyFunction;
  /** The entry points that export it under this name. */
  readonly entries: readonly string[];
}

/** Whether a function is a class (calling it without `new` is a TypeError by the language). */
export function isClass(value: unknown): boolean {
  return typeof value === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(value));
}

/** The name of the result-returning twin of `name`: `dueDate` → `safeDueDate`. */
export function safeNameOf(name: string): string {
  return `safe${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

/** The name of the throwing twin of a `safeX` name: `safeDueDate` → `dueDate`. */
export function throwingNameOf(safeName: string): string {
  const rest = safeName.slice('safe'.length);
  return `${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
}

/** Whether `name` follows the `safeX` pattern (and is not a word like `safety`). */
export function isSafeName(name: string): boolean {
  return /^safe[A-Z]/.test(name);
}

/** Every function export of every entry point, classes included, in a stable order. */
export function functionExports(): readonly FunctionExport[] {
  const byName = new Map<string, { fn: AnyFunction; entries: string[] }>();
  for (const [entry, module] of Object.entries(entryPoints)) {
    for (const [name, value] of Object.entries(module)) {
      if (typeof value !== 'function') continue;
      const seen = byName.get(name);
      if (seen === undefined) byName.set(name, { fn: value as AnyFunction, entries: [entry] });
      else seen.entries.push(entry);
    }
  }
  return [...byName.entries()]
    .map(([name, { fn, entries }]) => ({ name, fn, entries }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
