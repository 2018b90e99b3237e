import type { BilingualText } from '../../../model/shared/localized.js';
import type { CoverageSentence } from '../coverageResult.js';

/** Who a coverage figure counts: the noun with its measure word (名, 个, 件), in both languages. */
export interface CoverageSubject {
  readonly zh: string;
  /** The measure word: 名 for people, 个 for stations, groups and places, 件 for opinions. */
  readonly measure: string;
  readonly en: string;
}

/**
 * The report sentence of a coverage figure (internal), the way annual reports word it:
 * "1000名代表全部进站，覆盖率100%，实现全覆盖" and "1000名代表中962名进站，覆盖率96.2%". `did`
 * is what a covered one did (进站, 受常委会组成人员联系); `rate` the figure's word for its rate
 * (覆盖率, 达标率…); `full` whether every one covered is 全覆盖 (a coverage target) or only a rate
 * of 100% (an on-time rate).
 */
export function coverageSentence(
  who: CoverageSubject,
  did: { readonly zh: string; readonly en: string },
  rate: BilingualText = { 'zh-Hans': '覆盖率', en: 'coverage' },
  full = true,
): CoverageSentence {
  const m = who.measure;
  return {
    all: {
      'zh-Hans': `{denominator}${m}${who.zh}全部${did.zh}，${rate['zh-Hans']}{percent}${full ? '，实现全覆盖' : ''}`,
      en: `all {denominator} ${who.en} ${did.en} (${rate.en} {percent}${full ? ', full coverage' : ''})`,
    },
    some: {
      'zh-Hans': `{denominator}${m}${who.zh}中{numerator}${m}${did.zh}，${rate['zh-Hans']}{percent}`,
      en: `{numerator} of {denominator} ${who.en} ${did.en} (${rate.en} {percent})`,
    },
  };
}

/** Deputies, the subject of most coverage figures. */
export const DEPUTIES: CoverageSubject = { zh: '代表', measure: '名', en: 'deputies' };
