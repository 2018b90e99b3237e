import type * as z from 'zod';
import { quote } from '../../internal/quote.js';
import { describeIssue, type IssueText, type Seen } from './describeIssue.js';
import { commonFieldNames, type FieldNames } from './fieldNames.js';
import { knownKeysAt } from './knownKeys.js';
import type { BilingualText } from './localized.js';
import { nearestKey } from './nearestKey.js';
import type { ValidationError, ValidationIssue } from './validationError.js';

/** A model's name in both languages, e.g. `{ 'zh-Hans': '代表建议', en: 'Suggestion' }`. */
export interface ModelName {
  readonly id: string;
  readonly 'zh-Hans': string;
  readonly en: string;
}

/**
 * What the caller of {@link toValidationError} may add so the issues read honestly: the schema
 * that raised them (to name the nearest known key of an unknown one) and the value it parsed (to
 * tell a missing field from a wrong type when zod was not asked to report inputs).
 */
export interface IssueContext {
  /** The schema that was parsed: the root of the issues' paths below {@link IssueContext.at}. */
  readonly schema?: z.core.$ZodType;
  /** The value that was parsed, at the same place as `schema`. */
  readonly input?: unknown;
  /**
   * Where `schema` and `input` sit within the issues' paths, when the caller prefixed them: the
   * engine reports payload issues under `['payload', …]` and passes the payload schema with
   * `at: ['payload']`. Empty by default.
   */
  readonly at?: readonly (string | number)[];
}

type Path = readonly (string | number)[];

function fieldOf(path: Path, names: FieldNames): BilingualText {
  // The nearest named key: `['proposers', 0, 'deputyId']` is named by `deputyId`.
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key !== 'string') continue;
    const known = Object.hasOwn(names, key)
      ? names[key]
      : Object.hasOwn(commonFieldNames, key)
        ? commonFieldNames[key]
        : undefined;
    if (known !== undefined) return known;
    const shown = quote(key);
    return { 'zh-Hans': shown, en: shown };
  }
  return { 'zh-Hans': '记录', en: 'record' };
}

/** Formats a path the way a developer writes it: `proposers[0].deputyId`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
  return quote(out || '(root)');
}

/** `path` below `at`, or undefined when the path does not start with `at`. */
function below(path: Path, at: Path): Path | undefined {
  if (path.length < at.length) return undefined;
  for (let i = 0; i < at.length; i++) if (path[i] !== at[i]) return undefined;
  return path.slice(at.length);
}

/** The value at `path` below `root`, read as zod read it; a throwing read makes it unknown. */
function seenAt(root: unknown, path: Path): Seen {
  try {
    let value = root;
    for (const key of path) {
      if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
        return { kind: 'missing' };
      }
      value = (value as Record<string | number, unknown>)[key];
    }
    return value === undefined ? { kind: 'missing' } : { kind: 'present', value };
  } catch {
    return { kind: 'unknown' };
  }
}

/** What is known of the value an issue is about, from the issue, the caller's input, or zod. */
function seenOf(issue: z.core.$ZodIssue, path: Path, context: IssueContext): Seen {
  const discriminator = (issue as { discriminator?: unknown }).discriminator;
  if ('input' in issue) {
    // A discriminated union reports the whole object; the value at fault is its discriminator.
    if (issue.code === 'invalid_union' && typeof discriminator === 'string') {
      return seenAt(issue.input, [discriminator]);
    }
    return issue.input === undefined
      ? { kind: 'missing' }
      : { kind: 'present', value: issue.input };
  }
  if ('input' in context) {
    const rest = below(path, context.at ?? []);
    if (rest !== undefined) return seenAt(context.input, rest);
  }
  // Last resort, zod's own English text (the default locale) says what it received.
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) {
    return { kind: 'missing' };
  }
  return { kind: 'unknown' };
}

function unknownKeyText(key: string, known: readonly string[] | undefined): IssueText {
  const nearest = known === undefined ? undefined : nearestKey(key, known);
  if (nearest !== undefined) {
    return {
      code: 'UNKNOWN_KEY',
      zh: `不是已知字段，是否应为「${nearest}」？`,
      en: `is not a known key; did you mean ${nearest}?`,
    };
  }
  if (known !== undefined && known.length > 0) {
    return {
      code: 'UNKNOWN_KEY',
      zh: `不是已知字段（已知字段：${quote(known.join('、'))}）`,
      en: `is not a known key (known keys: ${quote(known.join(', '))})`,
    };
  }
  return { code: 'UNKNOWN_KEY', zh: '不是已知字段', en: 'is not a known key' };
}

/**
 * Turns zod's issues into renda's bilingual, field-naming validation error: the one place zod
 * issues become renda issues. Codes are honest: `REQUIRED` only for a missing value,
 * `INVALID_TYPE` for a present value of the wrong type (enums and unions too), and each key of
 * zod's `unrecognized_keys` becomes its own `UNKNOWN_KEY` issue naming the nearest known key.
 *
 * @param context - Optional (older callers pass three arguments): the parsed schema, so unknown
 * keys can name their nearest known key, and the parsed input, for issues zod reported without
 * their input (`safeParse` without `reportInput: true`).
 */
export function toValidationError(
  model: ModelName,
  issues: readonly z.core.$ZodIssue[],
  names: FieldNames,
  context: IssueContext = {},
): ValidationError {
  const mapped: ValidationIssue[] = [];
  const push = (path: Path, text: IssueText, field: BilingualText = fieldOf(path, names)) => {
    const where = formatPath(path);
    mapped.push({
      code: text.code,
      path,
      field,
      message: {
        'zh-Hans': `${model['zh-Hans']}的「${field['zh-Hans']}」（${where}）${text.zh}`,
        en: `${model.en}: ${field.en} (${where}) ${text.en}`,
      },
    });
  };
  for (const issue of issues) {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const rest = below(path, context.at ?? []);
      const known =
        context.schema !== undefined && rest !== undefined
          ? knownKeysAt(context.schema, rest)
          : undefined;
      for (const key of issue.keys) {
        const shown = quote(key);
        push([...path, key], unknownKeyText(key, known), { 'zh-Hans': shown, en: shown });
      }
      continue;
    }
    push(path, describeIssue(issue, seenOf(issue, path, context)));
  }
  const first = mapped[0];
  const more = mapped.length > 1 ? mapped.length - 1 : 0;
  return {
    code: 'INVALID_INPUT',
    model: model.id,
    issues: mapped,
    message: {
      'zh-Hans': `${first?.message['zh-Hans'] ?? `${model['zh-Hans']}校验失败`}${more ? `（另有 ${more} 处问题）` : ''}`,
      en: `${first?.message.en ?? `${model.en} is invalid`}${more ? ` (and ${more} more)` : ''}`,
    },
  };
}
