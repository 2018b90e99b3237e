import { quote } from '../../internal/quote.js';
import type { BilingualText } from '../../model/shared/localized.js';

// The one table of messages of the suggestion area (creating, registering policies, verifying a
// stored record), keyed by error or issue code, so that one code reads the same wherever it is
// raised. The guards' refusals are not here: each guard is its own entry of the guard tables.

/** A thing named in a message, in both languages. */
type Named = BilingualText;

/** Where a stored record first parts from its replay, as `DIVERGED` quotes it. */
interface DivergedAt {
  readonly index: number;
  readonly path: readonly (string | number)[];
  readonly expected?: unknown;
  readonly found?: unknown;
}

/** A value as a message quotes it: an object reads `[object]`, never its contents. */
function shown(value: unknown): string {
  return typeof value === 'object' && value !== null ? '[object]' : quote(value);
}

const at = (d: DivergedAt): string => `#${d.index} ${d.path.map((p) => quote(p)).join('.')}`;

/**
 * The messages of the suggestion area, keyed by code (internal). Each takes only what its
 * sentence mentions.
 */
export const SUGGESTION_MESSAGES = {
  /** The summary of a refused input: the model's name, then the first issue. */
  INVALID_INPUT: (p: { readonly model: Named; readonly first: BilingualText }): BilingualText => ({
    'zh-Hans': `${p.model['zh-Hans']}：${p.first['zh-Hans']}`,
    en: `${p.model.en}: ${p.first.en}`,
  }),
  /** A missing option, named by its key under `options`. */
  REQUIRED: (p: { readonly field: Named; readonly option: string }): BilingualText => ({
    'zh-Hans': `缺少${p.field['zh-Hans']}（options.${p.option}）`,
    en: `options.${p.option} is required`,
  }),
  /** A value of the wrong kind; `subject` is left out where the path names it. */
  INVALID_TYPE: (p: {
    readonly subject?: Named;
    readonly expected: Named;
    /** The value given, when it is worth quoting (absent: not quoted at all). */
    readonly got?: unknown;
  }): BilingualText => {
    const got = 'got' in p ? { zh: `，收到 ${shown(p.got)}`, en: `; got ${shown(p.got)}` } : null;
    return {
      'zh-Hans': `${p.subject?.['zh-Hans'] ?? ''}须为${p.expected['zh-Hans']}${got?.zh ?? ''}`,
      en: `${p.subject === undefined ? '' : `${p.subject.en} `}must be ${p.expected.en}${got?.en ?? ''}`,
    };
  },
  /** An argument that threw when read; `detail` is what it threw, when known. */
  UNREADABLE: (p: { readonly what: Named; readonly detail?: string }): BilingualText => ({
    'zh-Hans': `${p.what['zh-Hans']}无法读取${p.detail === undefined ? '' : `（${p.detail}）`}`,
    en: `${p.what.en} could not be read${p.detail === undefined ? '' : ` (${p.detail})`}`,
  }),
  DUPLICATE_RULES_VERSION: (p: { readonly rules: string }): BilingualText => ({
    'zh-Hans': `规则版本「${quote(p.rules)}」已登记为另一套办理规则`,
    en: `rules version "${quote(p.rules)}" already names another policy`,
  }),
  UNKNOWN_RULES_VERSION: (p: {
    readonly rules: string;
    readonly index: number;
  }): BilingualText => ({
    'zh-Hans': `未登记规则版本「${quote(p.rules)}」（第 ${p.index} 条历史记录）`,
    en: `rules version "${quote(p.rules)}" is not registered (history entry ${p.index})`,
  }),
  REPLAY_REFUSED: (p: {
    readonly index: number;
    readonly cause: BilingualText;
  }): BilingualText => ({
    'zh-Hans': `第 ${p.index} 条历史记录无法重放：${p.cause['zh-Hans']}`,
    en: `history entry ${p.index} does not replay: ${p.cause.en}`,
  }),
  DIVERGED: (p: DivergedAt): BilingualText => ({
    'zh-Hans': `记录与其历史记录不一致（${at(p)}：重放得到 ${quote(p.expected)}，记录为 ${quote(p.found)}）`,
    en: `the record does not match its history (${at(p)}: the replay gives ${quote(p.expected)}, the record has ${quote(p.found)})`,
  }),
} as const;

/** What a thrown value says, for `UNREADABLE` (never throws: a Proxy may trap every read). */
export function thrownText(thrown: unknown): string {
  try {
    return thrown instanceof Error ? quote(thrown.message) : quote(thrown);
  } catch {
    return '?';
  }
}
