import type * as z from 'zod';
import { commonFieldNames, type FieldNames } from './fieldNames.js';
import type { BilingualText } from './localized.js';
import type { ValidationError, ValidationIssue } from './validationError.js';

/** A model's name in both languages, e.g. `{ 'zh-Hans': '代表建议', en: 'Suggestion' }`. */
export interface ModelName {
  readonly id: string;
  readonly 'zh-Hans': string;
  readonly en: string;
}

function fieldOf(path: readonly PropertyKey[], names: FieldNames): BilingualText {
  // The nearest named key: `['proposers', 0, 'deputyId']` is named by `deputyId`.
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key !== 'string') continue;
    const known = names[key] ?? commonFieldNames[key];
    if (known !== undefined) return known;
    return { 'zh-Hans': key, en: key };
  }
  return { 'zh-Hans': '记录', en: 'record' };
}

function describe(issue: z.core.$ZodIssue): { code: string; zh: string; en: string } {
  // zod reports a missing enum or literal as invalid_value with no input: it is a missing field.
  if (issue.code === 'invalid_value' && (!('input' in issue) || issue.input === undefined)) {
    return { code: 'REQUIRED', zh: '必填', en: 'is required' };
  }
  switch (issue.code) {
    case 'invalid_type':
      if (!('input' in issue) || issue.input === undefined) {
        return { code: 'REQUIRED', zh: '必填', en: 'is required' };
      }
      return {
        code: 'INVALID_TYPE',
        zh: `类型不正确，应为 ${issue.expected}`,
        en: `must be of type ${issue.expected}`,
      };
    case 'invalid_format':
      return {
        code: 'INVALID_FORMAT',
        zh: `格式不正确，应为 ${issue.format}`,
        en: `must be in ${issue.format} format`,
      };
    case 'invalid_value':
      return {
        code: 'INVALID_VALUE',
        zh: `取值不在允许范围内（${issue.values.map(String).join('、')}）`,
        en: `must be one of ${issue.values.map(String).join(', ')}`,
      };
    case 'too_small':
      return issue.origin === 'string'
        ? {
            code: 'TOO_SMALL',
            zh: `长度至少为 ${issue.minimum}`,
            en: `must have at least ${issue.minimum} characters`,
          }
        : issue.origin === 'array'
          ? {
              code: 'TOO_SMALL',
              zh: `至少需要 ${issue.minimum} 项`,
              en: `must have at least ${issue.minimum} items`,
            }
          : {
              code: 'TOO_SMALL',
              zh: `不得小于 ${issue.minimum}`,
              en: `must be at least ${issue.minimum}`,
            };
    case 'too_big':
      return issue.origin === 'string'
        ? {
            code: 'TOO_BIG',
            zh: `长度不得超过 ${issue.maximum}`,
            en: `must have at most ${issue.maximum} characters`,
          }
        : issue.origin === 'array'
          ? {
              code: 'TOO_BIG',
              zh: `不得超过 ${issue.maximum} 项`,
              en: `must have at most ${issue.maximum} items`,
            }
          : {
              code: 'TOO_BIG',
              zh: `不得大于 ${issue.maximum}`,
              en: `must be at most ${issue.maximum}`,
            };
    case 'invalid_union':
      return {
        code: 'INVALID_UNION',
        zh: '不符合任何一种允许的形式',
        en: 'matches none of the allowed forms',
      };
    case 'invalid_key':
      return { code: 'INVALID_KEY', zh: '键名不正确', en: 'has an invalid key' };
    case 'custom': {
      // Cross-field rules put their machine code and bilingual text in params.
      const params = (issue.params ?? {}) as { code?: string; zh?: string; en?: string };
      return {
        code: params.code ?? 'INVALID_VALUE',
        zh: params.zh ?? issue.message,
        en: params.en ?? issue.message,
      };
    }
    default:
      return { code: 'INVALID_VALUE', zh: '取值不正确', en: 'is invalid' };
  }
}

/** Formats a path the way a developer writes it: `proposers[0].deputyId`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
  return out || '(root)';
}

/** Turns zod's issues into renda's bilingual, field-naming validation error. */
export function toValidationError(
  model: ModelName,
  issues: readonly z.core.$ZodIssue[],
  names: FieldNames,
): ValidationError {
  const mapped: ValidationIssue[] = issues.map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const field = fieldOf(path, names);
    const { code, zh, en } = describe(issue);
    const where = formatPath(path);
    return {
      code,
      path,
      field,
      message: {
        'zh-Hans': `${model['zh-Hans']}的「${field['zh-Hans']}」（${where}）${zh}`,
        en: `${model.en}: ${field.en} (${where}) ${en}`,
      },
    };
  });
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
