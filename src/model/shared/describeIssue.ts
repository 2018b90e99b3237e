import type * as z from 'zod';
import { quote } from '../../internal/quote.js';

// What one zod issue means in renda's words: its honest code and its text in Chinese and English.
// Shared by toValidationError (the parsers' errors) and rendaErrorMap (zod's own messages), so a
// form and a parser say the same thing.

/** An issue's renda code and text, without the field it is about. */
export interface IssueText {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
}

/**
 * What is known of the value an issue is about: `missing` (undefined or absent), `present` with the
 * value, or `unknown` when zod did not report the input and the caller gave none.
 */
export type Seen =
  | { readonly kind: 'missing' }
  | { readonly kind: 'present'; readonly value: unknown }
  | { readonly kind: 'unknown' };

const TYPE_NAMES: Readonly<Record<string, readonly [zh: string, en: string]>> = {
  string: ['字符串', 'string'],
  number: ['数字', 'number'],
  int: ['整数', 'integer'],
  boolean: ['布尔值', 'boolean'],
  object: ['对象', 'object'],
  array: ['数组', 'array'],
  bigint: ['大整数（BigInt）', 'BigInt'],
  symbol: ['符号（Symbol）', 'symbol'],
  function: ['函数', 'function'],
  date: ['日期对象', 'Date'],
  map: ['Map', 'Map'],
  set: ['Set', 'Set'],
  null: ['空值 null', 'null'],
  undefined: ['未定义', 'undefined'],
  nan: ['NaN', 'NaN'],
};

const typeName = (type: string, lang: 0 | 1): string => TYPE_NAMES[type]?.[lang] ?? quote(type);

/** The type of a value as messages name it: arrays, null and NaN apart from `object`/`number`. */
export function typeOfValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

/** Texts for the codes of shared rules that raise a custom issue without their own text. */
const RULE_TEXTS: Readonly<Record<string, readonly [zh: string, en: string]>> = {
  END_BEFORE_START: ['不得早于起始日期', 'cannot be earlier than the start'],
};

const REQUIRED: IssueText = { code: 'REQUIRED', zh: '必填', en: 'is required' };

function invalidType(expected: readonly string[], seen: Seen): IssueText {
  const zh = expected.map((t) => typeName(t, 0)).join('或');
  const en = expected.map((t) => typeName(t, 1)).join(' or ');
  if (seen.kind !== 'present') {
    return { code: 'INVALID_TYPE', zh: `类型不正确，应为${zh}`, en: `must be of type ${en}` };
  }
  const received = typeOfValue(seen.value);
  return {
    code: 'INVALID_TYPE',
    zh: `类型不正确，应为${zh}（实际为${typeName(received, 0)}）`,
    en: `must be of type ${en} (received ${typeName(received, 1)})`,
  };
}

const listOf = (values: readonly unknown[], separator: string): string =>
  quote(values.map((v) => (typeof v === 'string' ? v : quote(v))).join(separator));

/** An enum or literal: missing is REQUIRED, a value of no allowed type INVALID_TYPE. */
function invalidValue(values: readonly unknown[], seen: Seen): IssueText {
  if (seen.kind === 'missing') return REQUIRED;
  if (seen.kind === 'present') {
    const allowedTypes = [...new Set(values.map(typeOfValue))];
    if (!allowedTypes.includes(typeOfValue(seen.value))) return invalidType(allowedTypes, seen);
  }
  return {
    code: 'INVALID_VALUE',
    zh: `取值不在允许范围内（${listOf(values, '、')}）`,
    en: `must be one of ${listOf(values, ', ')}`,
  };
}

/** A union no branch accepted: missing is REQUIRED; a wrong type in every branch INVALID_TYPE. */
function invalidUnion(issue: z.core.$ZodIssueInvalidUnion, seen: Seen): IssueText {
  if (seen.kind === 'missing') return REQUIRED;
  const branches = issue.errors ?? [];
  const expected = new Set<string>();
  const everyBranchRefusesType =
    branches.length > 0 &&
    branches.every((branch) =>
      branch.some((inner) => {
        if (inner.path.length > 0) return false;
        if (inner.code === 'invalid_type') {
          expected.add(inner.expected);
          return true;
        }
        return false;
      }),
    );
  if (everyBranchRefusesType) return invalidType([...expected], seen);
  return {
    code: 'INVALID_UNION',
    zh: '不符合任何一种允许的形式',
    en: 'matches none of the allowed forms',
  };
}

function sized(
  kind: 'TOO_SMALL' | 'TOO_BIG',
  origin: string,
  bound: number | bigint,
  inclusive: boolean | undefined,
): IssueText {
  const small = kind === 'TOO_SMALL';
  const n = String(bound);
  if (origin === 'string') {
    return small
      ? { code: kind, zh: `长度至少为 ${n}`, en: `must have at least ${n} characters` }
      : { code: kind, zh: `长度不得超过 ${n}`, en: `must have at most ${n} characters` };
  }
  if (origin === 'array' || origin === 'set' || origin === 'map') {
    return small
      ? { code: kind, zh: `至少需要 ${n} 项`, en: `must have at least ${n} items` }
      : { code: kind, zh: `不得超过 ${n} 项`, en: `must have at most ${n} items` };
  }
  if (inclusive === false) {
    return small
      ? { code: kind, zh: `必须大于 ${n}`, en: `must be greater than ${n}` }
      : { code: kind, zh: `必须小于 ${n}`, en: `must be less than ${n}` };
  }
  return small
    ? { code: kind, zh: `不得小于 ${n}`, en: `must be at least ${n}` }
    : { code: kind, zh: `不得大于 ${n}`, en: `must be at most ${n}` };
}

/**
 * The honest code and text of one zod issue. `REQUIRED` only when the value is missing; a present
 * value of the wrong type is `INVALID_TYPE` whatever the schema (string, enum, literal, union);
 * a present value of the right type outside an enum is `INVALID_VALUE`. `unrecognized_keys` is
 * described key by key by the caller (see toValidationError), not here.
 */
export function describeIssue(issue: z.core.$ZodIssue, seen: Seen): IssueText {
  switch (issue.code) {
    case 'invalid_type':
      if (seen.kind === 'missing') return REQUIRED;
      return invalidType([issue.expected], seen);
    case 'invalid_value':
      return invalidValue(issue.values, seen);
    case 'invalid_union':
      if ((issue as { note?: string }).note === 'No matching discriminator') {
        // zod reports the object, not its discriminator; the caller resolves `seen` to the latter.
        const options = ((issue as { options?: readonly unknown[] }).options ?? []) as unknown[];
        return invalidValue(options, seen);
      }
      return invalidUnion(issue, seen);
    case 'invalid_format':
      return {
        code: 'INVALID_FORMAT',
        zh: `格式不正确，应为 ${quote(issue.format)}`,
        en: `must be in ${quote(issue.format)} format`,
      };
    case 'too_small':
      return sized('TOO_SMALL', issue.origin, issue.minimum, issue.inclusive);
    case 'too_big':
      return sized('TOO_BIG', issue.origin, issue.maximum, issue.inclusive);
    case 'not_multiple_of':
      return {
        code: 'INVALID_VALUE',
        zh: `必须是 ${String(issue.divisor)} 的倍数`,
        en: `must be a multiple of ${String(issue.divisor)}`,
      };
    case 'invalid_key':
      return { code: 'INVALID_KEY', zh: '键名不正确', en: 'has an invalid key' };
    case 'invalid_element':
      return { code: 'INVALID_VALUE', zh: '含有不正确的元素', en: 'has an invalid element' };
    case 'unrecognized_keys':
      return {
        code: 'UNKNOWN_KEY',
        zh: `含有未知字段（${listOf(issue.keys, '、')}）`,
        en: `has unknown keys (${listOf(issue.keys, ', ')})`,
      };
    case 'custom': {
      // Cross-field rules put their machine code and bilingual text in params.
      const params = (issue.params ?? {}) as { code?: unknown; zh?: unknown; en?: unknown };
      const code = typeof params.code === 'string' ? params.code : 'INVALID_VALUE';
      const known = RULE_TEXTS[code];
      const fallback = quote(issue.message ?? '');
      return {
        code,
        zh: typeof params.zh === 'string' ? params.zh : (known?.[0] ?? fallback),
        en: typeof params.en === 'string' ? params.en : (known?.[1] ?? fallback),
      };
    }
    default:
      return { code: 'INVALID_VALUE', zh: '取值不正确', en: 'is invalid' };
  }
}
