import { deepFreeze } from '../../internal/deepFreeze.js';
import { quote } from '../../internal/quote.js';
import { RendaError } from './validationError.js';

// The readers of the public views (toPublicSuggestion, toPopolo). A public view copies only the
// fields it names, and each leaf it copies must be a string, a finite number or a boolean: an
// object that reached a view through a field the view names could carry fields the view does not
// name (an office's `closure.handlerPhone`), and it would be shared with the caller and frozen
// under them. So every leaf goes through one of these readers, which return the primitive or
// throw a RendaError naming the path.

/** A field path, e.g. `['closure', 'at']`. */
export type Path = readonly (string | number)[];

const pathText = (path: Path): string => (path.length === 0 ? '(root)' : path.join('.'));

/** Throws the RendaError of a public view whose input is not what the view reads. */
export function badField(path: Path, zh: string, en: string, value: unknown): never {
  const where = pathText(path);
  throw new RendaError(
    viewError([...path], {
      'zh-Hans':
        value === undefined
          ? `「${where}」必填（应为${zh}）`
          : `「${where}」应为${zh}，收到 ${quote(value)}`,
      en:
        value === undefined
          ? `${where} is required (${en})`
          : `${where} must be ${en}; got ${quote(value)}`,
    }),
  );
}

/** The frozen error value a public view fails with (what its safe twin returns). */
function viewError(
  path: Path,
  message: { 'zh-Hans': string; en: string },
): { code: string; path: Path; message: { 'zh-Hans': string; en: string } } {
  return deepFreeze({ code: 'INVALID_INPUT', path, message });
}

/** A plain object (not null, not an array), whose fields the caller then reads by name. */
export function objectAt(value: unknown, path: Path): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    badField(path, '对象', 'an object', value);
  }
  return value as Readonly<Record<string, unknown>>;
}

/** A string. */
export function textAt(value: unknown, path: Path): string {
  if (typeof value !== 'string') badField(path, '文本', 'a string', value);
  return value;
}

/** A finite number. */
export function numberAt(value: unknown, path: Path): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    badField(path, '有限数值', 'a finite number', value);
  }
  return value;
}

/** A boolean. */
export function flagAt(value: unknown, path: Path): boolean {
  if (typeof value !== 'boolean') badField(path, '布尔值', 'a boolean', value);
  return value;
}

/** One of the listed strings. */
export function oneOfAt<const T extends string>(
  value: unknown,
  allowed: readonly T[],
  path: Path,
): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    badField(path, `${allowed.join('、')}之一`, `one of ${allowed.join(', ')}`, value);
  }
  return value as T;
}

/**
 * An array mapped item by item: `read(item, itemPath)` returns the copy of each item. Only the
 * indexes below `length` are read, so a sparse array or an array with extra properties gives
 * nothing more than its items.
 */
export function listAt<T>(value: unknown, path: Path, read: (item: unknown, at: Path) => T): T[] {
  if (!Array.isArray(value)) badField(path, '数组', 'an array', value);
  const length = value.length;
  const out: T[] = [];
  for (let i = 0; i < length; i++) out.push(read(value[i], [...path, i]));
  return out;
}

/** Calls `read` on the value unless it is `undefined`; absent stays absent. */
export function optionalAt<T>(
  value: unknown,
  path: Path,
  read: (value: unknown, path: Path) => T,
): T | undefined {
  return value === undefined ? undefined : read(value, path);
}

/**
 * Runs the body of a public view so that it fails only with a RendaError: a Proxy's trap, a
 * throwing getter or a callback's own error becomes `INVALID_INPUT` at the root.
 */
export function readView<T>(what: { zh: string; en: string }, body: () => T): T {
  try {
    return body();
  } catch (thrown) {
    if (isRendaError(thrown)) throw thrown;
    const reason = reasonOf(thrown);
    throw new RendaError(
      viewError([], {
        'zh-Hans': `无法读取${what.zh}：${reason}`,
        en: `${what.en} could not be read: ${reason}`,
      }),
    );
  }
}

// A thrown value can itself be hostile (a Proxy whose traps throw): read it defensively.
function isRendaError(thrown: unknown): boolean {
  try {
    return thrown instanceof RendaError;
  } catch {
    return false;
  }
}

function reasonOf(thrown: unknown): string {
  try {
    if (thrown instanceof Error) return quote(thrown.message);
  } catch {
    // fall through to quoting the value itself
  }
  return quote(thrown);
}
