import type { KeyItemPlan } from '../../model/keyItemPlan.js';
import type { Result } from '../../model/shared/result.js';
import type { ValidationError } from '../../model/shared/validationError.js';
import { guard, safely } from '../../stats/internal/invalidInput.js';
import { KEY_ITEM_METRICS } from '../../suggestion/keyItems/keyItemMetrics.js';
import type { KeyItemPlanStatusResult } from '../../suggestion/keyItems/keyItemPlanStatus.js';
import type { KeyItemVoteTally } from '../../suggestion/keyItems/tallyKeyItemVote.js';
import { reportOf } from './internal.js';
import type { ReportOptions, ReportSentence } from './reportTypes.js';
import { fill } from './sentenceFill.js';

/**
 * The key-item figures a report states (重点督办报告数据): the plan's progress, the vote's tally,
 * or both, and the plan to name the items by their topics.
 *
 * @example
 * ```ts
 * import type { KeyItemReportInput } from 'renda/import';
 *
 * const input: KeyItemReportInput = {};
 * ```
 * @category Reports
 */
export interface KeyItemReportInput {
  /** `keyItemPlanStatus(plan, asOf)`: the plan's 节点按期完成率. */
  readonly status?: KeyItemPlanStatusResult;
  /** `tallyKeyItemVote(vote)`: each item's 满意率, broad and narrow. */
  readonly tally?: KeyItemVoteTally;
  /** The plan, so that each item is named by its topic (事项名称); else by its id. */
  readonly plan?: KeyItemPlan;
}

const MODEL = 'keyItemReportSentences';

function build(input: KeyItemReportInput, options: ReportOptions | undefined): ReportSentence[] {
  const report = reportOf(MODEL, options);
  const out: ReportSentence[] = [];
  const push = (filled: ReportSentence | undefined) => {
    if (filled !== undefined) out.push(filled);
  };
  const { status, tally, plan } = input;
  if (status !== undefined) {
    const { id, sentence } = KEY_ITEM_METRICS.milestonesMet;
    const rate = status.milestonesMet;
    push(fill(id, sentence, { n: rate.denominator, rate }, report));
  }
  if (tally !== undefined) {
    const topics = new Map((plan?.items ?? []).map((item) => [item.id, item.topic]));
    const { satisfactionRate: broad, narrowSatisfactionRate: narrow } = KEY_ITEM_METRICS;
    for (const item of tally.items) {
      const text = { item: topics.get(item.itemId) ?? item.itemId };
      for (const [figure, rate] of [
        [broad, item.satisfactionRate],
        [narrow, item.narrowSatisfactionRate],
      ] as const)
        push(
          fill(
            figure.id,
            figure.sentence,
            { n: rate.denominator, rate, text, itemId: item.itemId },
            report,
          ),
        );
    }
  }
  return out;
}

/**
 * The report sentences of key-item supervision (重点督办报告语句), filled with their figures: the
 * sentence of each figure of `KEY_ITEM_METRICS` (held on its descriptor) with `{numerator}`,
 * `{denominator}`, `{percent}` (the publisher's rounding) and `{item}` filled in, in Chinese
 * (simplified or traditional) or English — "重点督办节点已完成或到期12个，按期完成10个，节点按期完成率
 * 83.3%", "「农村道路养护」测评有效票29张，满意和基本满意28张，满意率96.6%".
 *
 * @remarks
 * The plan's milestones met on time come from `status` (one sentence, `keyItemMilestonesMet`);
 * each item of `tally` gives two, its broad and its narrow satisfaction rate, with its `itemId`.
 * A rate over nothing (no milestone judged yet, no valid vote) gives no sentence.
 *
 * @param input - `status` (`keyItemPlanStatus`), `tally` (`tallyKeyItemVote`) or both, and the
 *   `plan` for the items' topics.
 * @param options - Locale, percent decimals and rounding.
 * @returns The sentences: the plan's, then each item's in the tally's order.
 * @throws {@link RendaError} `INVALID_INPUT` for bad options or figures that cannot be read.
 * @example
 * ```ts
 * import { tallyKeyItemVote } from 'renda';
 * import { keyItemReportSentences } from 'renda/import';
 * import { generateSample, sampleKeyItems } from 'renda/testing';
 *
 * const { plan, vote } = sampleKeyItems(generateSample({ seed: 1, size: 'town' }));
 * const tally = tallyKeyItemVote(vote);
 * const [first] = keyItemReportSentences({ tally, plan }, { decimals: 0 });
 * const topic = plan.items.find((item) => item.id === tally.items[0]?.itemId)?.topic;
 * console.log(first?.text.startsWith(`「${topic}」测评有效票${tally.items[0]?.valid}张`)); // true
 * ```
 * @category Reports
 */
export function keyItemReportSentences(
  input: KeyItemReportInput,
  options?: ReportOptions,
): readonly ReportSentence[] {
  return guard(MODEL, () => build(input, options));
}

/**
 * {@link keyItemReportSentences} without throwing.
 *
 * @param input - The plan's status, the vote's tally, the plan.
 * @param options - Locale, percent decimals and rounding.
 * @example
 * ```ts
 * import { safeKeyItemReportSentences } from 'renda/import';
 *
 * console.log(safeKeyItemReportSentences({ tally: {} as never }).ok); // false
 * ```
 * @category Reports
 */
export function safeKeyItemReportSentences(
  input: KeyItemReportInput,
  options?: ReportOptions,
): Result<readonly ReportSentence[], ValidationError> {
  return safely(MODEL, () => keyItemReportSentences(input, options));
}
