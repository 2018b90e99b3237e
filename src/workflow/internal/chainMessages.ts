import type { BilingualText } from '../../model/shared/localized.js';

/** The bilingual messages of the history chain (哈希链提示), keyed by what went wrong. */
export const CHAIN_MESSAGES = {
  NO_CHAIN: {
    'zh-Hans': '记录没有历史记录哈希链（尚未封存）',
    en: 'the record has no history chain (it was never sealed)',
  },
  UNSEALED: (index: number): BilingualText => ({
    'zh-Hans': `第 ${index} 条起的历史记录没有摘要（追加后未封存）；请用 sealHistory 封存`,
    en: `history entries from ${index} on have no digest (appended without sealing); seal the record with sealHistory`,
  }),
  ALTERED: (index: number): BilingualText => ({
    'zh-Hans': `第 ${index} 条历史记录与哈希链不符：该条被改动，或在它之前有记录被删除、插入或调换顺序`,
    en: `history entry ${index} does not match the chain: it was altered, or an entry before it was removed, inserted or reordered`,
  }),
  TRUNCATED: (digests: number, entries: number): BilingualText => ({
    'zh-Hans': `哈希链有 ${digests} 条摘要，历史记录只有 ${entries} 条：末尾的记录被删除`,
    en: `the chain has ${digests} digests but the history only ${entries} entries: entries were removed from the end`,
  }),
  ANCHOR_MISSING: (head: string): BilingualText => ({
    'zh-Hans': `哈希链中没有另行保存的摘要 ${head}：历史记录被截断或改写`,
    en: `the chain does not contain the digest kept elsewhere (${head}): the history was cut short or rewritten`,
  }),
  NOT_PLAIN: {
    'zh-Hans': '记录须为普通 JSON 数据（对象、数组、字符串、有限数字、布尔值），且嵌套不超过 40 层',
    en: 'the record must be plain JSON data (objects, arrays, strings, finite numbers, booleans) at most 40 levels deep',
  },
  NO_WEB_CRYPTO: {
    'zh-Hans': '当前环境没有 Web Crypto（globalThis.crypto.subtle），无法计算摘要',
    en: 'this platform has no Web Crypto (globalThis.crypto.subtle) to compute digests',
  },
  BAD_HEAD: {
    'zh-Hans': 'head 须为 64 位小写十六进制摘要',
    en: 'head must be a 64-character lowercase hex digest',
  },
  UNREADABLE: (detail: string): BilingualText => ({
    'zh-Hans': `记录无法读取（${detail}）`,
    en: `the record cannot be read (${detail})`,
  }),
} as const;
