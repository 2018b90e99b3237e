import { quote } from '../../internal/quote.js';
import type { BilingualText } from '../../model/shared/localized.js';

/**
 * What a message of the metrics area may say about the argument (internal): its name in both
 * languages, what was expected, what was given.
 */
export interface MessageParams {
  readonly field: BilingualText;
  /**
   * Whom the sentence speaks of, when not the field itself (a rule's `points` inside the field
   * `items`, an exclusion of `exclude`); an empty text in a language leaves the subject out there.
   */
  readonly subject?: BilingualText;
  /** What the argument must be, in both languages (e.g. "a whole number from 0 to 6"). */
  readonly expected?: BilingualText;
  /**
   * What the argument must do, modal included, when "must be" + `expected` does not say it (e.g.
   * 必须返回字符串 / must return a string).
   */
  readonly rule?: BilingualText;
  /** The value given; quoted, never more than about 200 characters of it. */
  readonly got?: unknown;
  /** The bound a value went past (`TOO_BIG`): its name and value. */
  readonly limit?: { readonly name: BilingualText; readonly value: unknown };
}

const got = (params: MessageParams): { zh: string; en: string } =>
  'got' in params
    ? { zh: `，收到 ${quote(params.got)}`, en: `, got ${quote(params.got)}` }
    : { zh: '', en: '' };

const must = (params: MessageParams): { zh: string; en: string } => ({
  zh: params.expected?.['zh-Hans'] ?? '',
  en: params.expected?.en ?? '',
});

// A Latin name before Chinese text takes a space ("init 必须是函数"), as Chinese typesetting has it.
const LATIN_END = /[A-Za-z0-9_)\]]$/;

/**
 * One sentence of a rule: its subject (the field unless given), what it must be or do, and what
 * was given. Every rule-like code reads this way, so a rule reads the same wherever it is checked.
 */
function sentence(params: MessageParams): BilingualText {
  const subject = params.subject ?? params.field;
  const zh = subject['zh-Hans'];
  const rule = params.rule ?? {
    'zh-Hans': `必须是${must(params).zh}`,
    en: `must be ${must(params).en}`,
  };
  return {
    'zh-Hans': `${zh}${LATIN_END.test(zh) ? ' ' : ''}${rule['zh-Hans']}${got(params).zh}`,
    en: `${subject.en === '' ? '' : `${subject.en} `}${rule.en}${got(params).en}`,
  };
}

/**
 * The one table of messages of the metrics area (stats, connections, the suggestion figures),
 * keyed by issue code. Every argument check of every metrics function builds its message here,
 * so one code always reads the same.
 */
export const METRICS_MESSAGES = {
  /** The summary of an error without issues (the function's name as `field`). */
  INVALID_INPUT: (p: MessageParams): BilingualText => ({
    'zh-Hans': `${p.field['zh-Hans']}：输入无效`,
    en: `${p.field.en}: invalid input`,
  }),
  REQUIRED: (p: MessageParams): BilingualText => ({
    'zh-Hans': `须提供${p.field['zh-Hans']}`,
    en: `${p.field.en} is required`,
  }),
  INVALID_TYPE: sentence,
  INVALID_VALUE: sentence,
  INVALID_FORMAT: (p: MessageParams): BilingualText => ({
    'zh-Hans': `${p.field['zh-Hans']}格式不对，应为${must(p).zh}${got(p).zh}`,
    en: `${p.field.en} must be ${must(p).en}${got(p).en}`,
  }),
  UNKNOWN_VALUE: (p: MessageParams): BilingualText => ({
    'zh-Hans': `未知的${p.field['zh-Hans']}${got(p).zh.replace('，收到 ', '：')}，可选：${must(p).zh}`,
    en: `unknown ${p.field.en}${got(p).en.replace(', got ', ' ')}; one of ${must(p).en}`,
  }),
  NOT_ITERABLE: (p: MessageParams): BilingualText => ({
    'zh-Hans': `${p.field['zh-Hans']}必须是数组或可迭代对象${got(p).zh}`,
    en: `${p.field.en} must be an array or an iterable${got(p).en}`,
  }),
  END_BEFORE_START: (p: MessageParams): BilingualText => ({
    'zh-Hans': `${p.field['zh-Hans']}的终止日不得早于起始日`,
    en: `${p.field.en} ends before it starts`,
  }),
  PERIOD_TOO_LONG: (p: MessageParams): BilingualText => ({
    'zh-Hans': `${p.field['zh-Hans']}过长：${must(p).zh}`,
    en: `${p.field.en} is too long: ${must(p).en}`,
  }),
  TOO_BIG: (p: MessageParams): BilingualText => ({
    'zh-Hans': `${p.field['zh-Hans']}（${quote(p.got)}）不能大于${p.limit?.name['zh-Hans'] ?? ''}（${quote(p.limit?.value)}）`,
    en: `${p.field.en} (${quote(p.got)}) must not exceed ${p.limit?.name.en ?? ''} (${quote(p.limit?.value)})`,
  }),
  DUPLICATE_REASON: (p: MessageParams): BilingualText => ({
    'zh-Hans': `${(p.subject ?? p.field)['zh-Hans']}「${quote(p.got)}」重复`,
    en: `${(p.subject ?? p.field).en} '${quote(p.got)}' appears twice`,
  }),
  UNREADABLE: (p: MessageParams): BilingualText => ({
    'zh-Hans': `无法读取${p.field['zh-Hans']}${got(p).zh.replace('，收到', '：')}`,
    en: `${p.field.en} could not be read${got(p).en.replace(', got', ':')}`,
  }),
  INCOMPATIBLE_STATES: sentence,
  /** A hierarchy (a roll-up's `parentOf`, a station's `parentId`) that leads back to where it started. */
  PARENT_CYCLE: sentence,
  /** A parent named that is not in the hierarchy (a station's `parentId` naming no station). */
  UNKNOWN_PARENT: sentence,
  /** A hierarchy deeper than a roll-up follows (a `parentOf` that makes up new keys forever). */
  TOO_DEEP: sentence,
} as const;

/** A code of {@link METRICS_MESSAGES}. */
export type MetricsIssueCode = keyof typeof METRICS_MESSAGES;
