import type { CanonicalOutcome } from '../model/shared/canonicalOutcome.js';
import type { Label } from '../model/shared/localized.js';

/**
 * One class of an outcome taxonomy (答复类别): its code as printed on the reply, its labels, the
 * canonical outcomes it covers, and how reports count it.
 *
 * @example
 * ```ts
 * import type { OutcomeClass } from 'renda';
 *
 * const a: OutcomeClass = {
 *   code: 'A',
 *   label: { 'zh-Hans': '已解决或基本解决', 'zh-Hant': '已解決或基本解決', en: 'Solved or basically solved' },
 *   covers: ['resolved'],
 *   solvedOrPlanned: true,
 *   adopted: true,
 *   followUp: false,
 * };
 * ```
 * @category Suggestion workflow
 */
export interface OutcomeClass {
  /** The code as printed, e.g. `A`, `甲`. */
  readonly code: string;
  /** What it means, in three locales. */
  readonly label: Label;
  /** The canonical outcomes it covers. */
  readonly covers: readonly CanonicalOutcome[];
  /** Counts in "solved or planned" (解决或计划逐步解决). */
  readonly solvedOrPlanned: boolean;
  /** Counts in the adoption rate (采纳率 / 解决吸纳率). */
  readonly adopted: boolean;
  /** Needs follow-up handling and a further reply (跟踪办理). */
  readonly followUp: boolean;
}

/**
 * A set of outcome classes (答复分类办法), with an id that reports can cite.
 *
 * @example
 * ```ts
 * import { nationalOutcomeTaxonomy } from 'renda';
 *
 * console.log(nationalOutcomeTaxonomy.classes.map((c) => c.code)); // ['A', 'B', 'C', 'D']
 * ```
 * @category Suggestion workflow
 */
export interface OutcomeTaxonomy {
  /** e.g. `national-abcd`. */
  readonly id: string;
  /** Where it comes from. */
  readonly source: string;
  /** The classes, best first. */
  readonly classes: readonly OutcomeClass[];
}

const label = (zh: string, hant: string, en: string): Label => ({
  'zh-Hans': zh,
  'zh-Hant': hant,
  en,
});

/**
 * The national A/B/C/D classes (全国人大代表建议答复分类, 2005 procedure): A solved or basically
 * solved; B being solved or planned; C to wait for conditions; D kept for reference. The default.
 *
 * @example
 * ```ts
 * import { nationalOutcomeTaxonomy } from 'renda';
 *
 * console.log(nationalOutcomeTaxonomy.classes[1]?.followUp); // true
 * ```
 * @category Suggestion workflow
 */
export const nationalOutcomeTaxonomy: OutcomeTaxonomy = {
  id: 'national-abcd',
  source: '全国人大代表建议、批评和意见办理工作办法（2005）',
  classes: [
    {
      code: 'A',
      label: label('已解决或基本解决', '已解決或基本解決', 'Solved or basically solved'),
      covers: ['resolved'],
      solvedOrPlanned: true,
      adopted: true,
      followUp: false,
    },
    {
      code: 'B',
      label: label(
        '正在解决或列入计划逐步解决',
        '正在解決或列入計劃逐步解決',
        'Being solved or planned',
      ),
      covers: ['inProgress', 'planned'],
      solvedOrPlanned: true,
      adopted: true,
      followUp: true,
    },
    {
      code: 'C',
      label: label(
        '因条件限制需待以后解决',
        '因條件限制需待以後解決',
        'To be solved when conditions allow',
      ),
      covers: ['deferred'],
      solvedOrPlanned: false,
      adopted: false,
      followUp: false,
    },
    {
      code: 'D',
      label: label('留作参考', '留作參考', 'Kept for reference'),
      covers: ['reference'],
      solvedOrPlanned: false,
      adopted: false,
      followUp: false,
    },
  ],
};

/**
 * A local four-tier variant (地方四类): A solved (incl. through other channels); B being solved;
 * C planned; D reference after explanation. Note B/C split "in progress" from "planned".
 *
 * @example
 * ```ts
 * import { localFourTierOutcomeTaxonomy } from 'renda';
 *
 * console.log(localFourTierOutcomeTaxonomy.classes[2]?.covers); // ['planned']
 * ```
 * @category Suggestion workflow
 */
export const localFourTierOutcomeTaxonomy: OutcomeTaxonomy = {
  id: 'local-abcd',
  source: '某设区的市政府 2024 年代表建议办理情况报告',
  classes: [
    {
      code: 'A',
      label: label('已解决或基本解决', '已解決或基本解決', 'Solved or basically solved'),
      covers: ['resolved'],
      solvedOrPlanned: true,
      adopted: true,
      followUp: false,
    },
    {
      code: 'B',
      label: label('正在解决', '正在解決', 'Being solved'),
      covers: ['inProgress'],
      solvedOrPlanned: true,
      adopted: true,
      followUp: true,
    },
    {
      code: 'C',
      label: label('列入计划解决', '列入計劃解決', 'Planned'),
      covers: ['planned'],
      solvedOrPlanned: true,
      adopted: true,
      followUp: true,
    },
    {
      code: 'D',
      label: label('留作参考', '留作參考', 'Kept for reference'),
      covers: ['deferred', 'reference'],
      solvedOrPlanned: false,
      adopted: false,
      followUp: false,
    },
  ],
};

/**
 * Three tiers (三类): A solved; B partly solved or planned; C reference or not feasible.
 *
 * @example
 * ```ts
 * import { threeTierOutcomeTaxonomy } from 'renda';
 *
 * console.log(threeTierOutcomeTaxonomy.classes.length); // 3
 * ```
 * @category Suggestion workflow
 */
export const threeTierOutcomeTaxonomy: OutcomeTaxonomy = {
  id: 'three-tier-abc',
  source: '地方三类答复办法',
  classes: [
    {
      code: 'A',
      label: label('已解决', '已解決', 'Solved'),
      covers: ['resolved'],
      solvedOrPlanned: true,
      adopted: true,
      followUp: false,
    },
    {
      code: 'B',
      label: label('部分解决或列入计划', '部分解決或列入計劃', 'Partly solved or planned'),
      covers: ['inProgress', 'planned'],
      solvedOrPlanned: true,
      adopted: true,
      followUp: true,
    },
    {
      code: 'C',
      label: label('留作参考或不具备条件', '留作參考或不具備條件', 'Reference or not feasible'),
      covers: ['deferred', 'reference'],
      solvedOrPlanned: false,
      adopted: false,
      followUp: false,
    },
  ],
};

/**
 * 甲/乙/丙 (Qinyang style): solved or basically solved; being solved or planned; cannot be solved
 * for now because of policy or conditions.
 *
 * @example
 * ```ts
 * import { jiaYiBingOutcomeTaxonomy } from 'renda';
 *
 * console.log(jiaYiBingOutcomeTaxonomy.classes[0]?.code); // '甲'
 * ```
 * @category Suggestion workflow
 */
export const jiaYiBingOutcomeTaxonomy: OutcomeTaxonomy = {
  id: 'jia-yi-bing',
  source: '沁阳市 2023 年代表建议办理情况报告',
  classes: [
    {
      code: '甲',
      label: label('已解决或基本解决', '已解決或基本解決', 'Solved or basically solved'),
      covers: ['resolved'],
      solvedOrPlanned: true,
      adopted: true,
      followUp: false,
    },
    {
      code: '乙',
      label: label('正在解决或列入计划', '正在解決或列入計劃', 'Being solved or planned'),
      covers: ['inProgress', 'planned'],
      solvedOrPlanned: true,
      adopted: true,
      followUp: true,
    },
    {
      code: '丙',
      label: label(
        '因政策或条件限制暂不能解决',
        '因政策或條件限制暫不能解決',
        'Not possible for now',
      ),
      covers: ['deferred', 'reference'],
      solvedOrPlanned: false,
      adopted: false,
      followUp: false,
    },
  ],
};

/**
 * Two buckets (两类, Beijing 2025 style): adopted and progressing or planned, against reference or
 * explained as not possible.
 *
 * @example
 * ```ts
 * import { twoBucketOutcomeTaxonomy } from 'renda';
 *
 * console.log(twoBucketOutcomeTaxonomy.classes.map((c) => c.code)); // ['adopted', 'explained']
 * ```
 * @category Suggestion workflow
 */
export const twoBucketOutcomeTaxonomy: OutcomeTaxonomy = {
  id: 'two-bucket',
  source: '北京市 2025 年代表建议办理情况报告',
  classes: [
    {
      code: 'adopted',
      label: label(
        '采纳并推进或列入计划',
        '採納並推進或列入計劃',
        'Adopted, progressing or planned',
      ),
      covers: ['resolved', 'inProgress', 'planned'],
      solvedOrPlanned: true,
      adopted: true,
      followUp: true,
    },
    {
      code: 'explained',
      label: label('留作参考或解释说明', '留作參考或解釋說明', 'Reference or explained'),
      covers: ['deferred', 'reference'],
      solvedOrPlanned: false,
      adopted: false,
      followUp: false,
    },
  ],
};
