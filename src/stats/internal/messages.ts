import { quote } from '../../internal/quote.js';
import type { BilingualText } from '../../model/shared/localized.js';

/**
 * What a message of the metrics area may say about the argument (internal): its name in both
 * languages, what was expected, what was given.
 */
export interface MessageParams {
  readonly field: BilingualText;
  /** What the argument must be, in both languages (e.g. "a whole number from 0 to 6"). */
  readonly expected?: BilingualText;
  /** The value given; quoted, never more than about 200 characters of it. */
  readonly got?: unknown;
}

const got = (params: MessageParams): { zh: string; en: string } =>
  'got' in params
    ? { zh: `，收到 ${quote(params.got)}`, en: `, got ${quote(params.got)}` }
    : { zh: '', en: '' };

const must = (params: MessageParams): { zh: string; en: string } => ({
  zh: params.expected?.['zh-Hans'] ?? '',
  en: params.expected?.en ?? '',
});

/**
 * The one table of messages of the metrics area, keyed by issue code. Every argument check of
 * every metrics function builds its message here, so one code always reads the same.
 */
export const METRICS_MESSAGES = {
  REQUIRED: (p: MessageParams): BilingualText => ({
    'zh-Hans': `须提供${p.field['zh-Hans']}`,
    en: `${p.field.en} is required`,
  }),
  INVALID_TYPE: (p: MessageParams): BilingualText => ({
    'zh-Hans': `${p.field['zh-Hans']}必须是${must(p).zh}${got(p).zh}`,
    en: `${p.field.en} must be ${must(p).en}${got(p).en}`,
  }),
  INVALID_VALUE: (p: MessageParams): BilingualText => ({
    'zh-Hans': `${p.field['zh-Hans']}必须是${must(p).zh}${got(p).zh}`,
    en: `${p.field.en} must be ${must(p).en}${got(p).en}`,
  }),
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
  UNREADABLE: (p: MessageParams): BilingualText => ({
    'zh-Hans': `无法读取${p.field['zh-Hans']}${got(p).zh.replace('，收到', '：')}`,
    en: `${p.field.en} could not be read${got(p).en.replace(', got', ':')}`,
  }),
  INCOMPATIBLE_STATES: (p: MessageParams): BilingualText => ({
    'zh-Hans': `${p.field['zh-Hans']}：${must(p).zh}`,
    en: `${p.field.en}: ${must(p).en}`,
  }),
} as const;

/** A code of {@link METRICS_MESSAGES}. */
export type MetricsIssueCode = keyof typeof METRICS_MESSAGES;
