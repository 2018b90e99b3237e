import type * as z from 'zod';

// The cross-field rules of a suggestion record, typed against only the fields they read so the
// same check runs on any extended shape (`z.object({ ...SuggestionSchema.shape, … })
// .check(suggestionRules)`).

/**
 * The fields of a suggestion that its cross-field rules read (校验规则所需字段): any shape that has
 * them, extended or not, can run {@link suggestionRules}.
 *
 * @example
 * ```ts
 * import type { SuggestionRuleFields } from 'renda';
 *
 * const leads = (s: SuggestionRuleFields) => s.proposers.filter((p) => p.role === 'lead').length;
 * ```
 * @category Models
 */
export interface SuggestionRuleFields {
  readonly state: string;
  readonly round: number;
  readonly proposers: readonly { readonly deputyId: string; readonly role: string }[];
  readonly mergedFrom?: readonly string[] | undefined;
  readonly mergedProposers?:
    | readonly { readonly deputyId: string; readonly itemId: string }[]
    | undefined;
  readonly assignments: readonly {
    readonly unitId: string;
    readonly active: boolean;
    readonly mustReply: boolean;
    readonly assignedDay: string;
    readonly deadline: { readonly day: string };
  }[];
  readonly assistingInputs?:
    | readonly {
        readonly unitId: string;
        readonly round: number;
        readonly at: string;
        readonly recordedAt: string;
      }[]
    | undefined;
  readonly holdingReplies?:
    | readonly {
        readonly unitId: string;
        readonly round: number;
        readonly at: string;
        readonly recordedAt: string;
      }[]
    | undefined;
  readonly replies: readonly {
    readonly unitId: string;
    readonly round: number;
    readonly at: string;
    readonly recordedAt: string;
  }[];
  readonly directRoute?:
    | {
        readonly at: string;
        readonly instructions: readonly { readonly at: string; readonly recordedAt: string }[];
      }
    | undefined;
  readonly evaluations: readonly {
    readonly deputyId: string;
    readonly round: number;
    readonly at: string;
    readonly recordedAt: string;
  }[];
  readonly screening?:
    | { readonly registered: boolean; readonly reason?: string | undefined }
    | undefined;
  readonly withdrawal?: unknown;
  readonly mergedInto?: string | undefined;
  readonly closure?: unknown;
}

type Issue = { path: (string | number)[]; code: string; zh: string; en: string };

const STATES_AFTER_ASSIGNMENT = new Set(['assigned', 'inHandling', 'replied', 'reHandling']);

/** Lists what is wrong across the fields of one suggestion; empty when it holds together. */
export function suggestionIssues(value: SuggestionRuleFields): Issue[] {
  const issues: Issue[] = [];
  const leads = value.proposers.filter((p) => p.role === 'lead').length;
  if (leads !== 1) {
    issues.push({
      path: ['proposers'],
      code: 'LEAD_PROPOSER_COUNT',
      zh: `必须有且只有一名领衔代表（现有 ${leads} 名）`,
      en: `must have exactly one lead proposer (has ${leads})`,
    });
  }
  const proposerIds = new Set<string>();
  value.proposers.forEach((p, i) => {
    if (proposerIds.has(p.deputyId)) {
      issues.push({
        path: ['proposers', i, 'deputyId'],
        code: 'DUPLICATE_PROPOSER',
        zh: '同一代表不得重复列为提出人',
        en: 'lists the same deputy twice',
      });
    }
    proposerIds.add(p.deputyId);
  });
  // 并案代表 come from the items merged into this one, each deputy once per item; they evaluate
  // as the item's own proposers do.
  const mergedItems = new Set(value.mergedFrom ?? []);
  const mergedKeys = new Set<string>();
  const evaluatorIds = new Set(proposerIds);
  (value.mergedProposers ?? []).forEach((p, i) => {
    if (!mergedItems.has(p.itemId)) {
      issues.push({
        path: ['mergedProposers', i, 'itemId'],
        code: 'MERGED_PROPOSER_ITEM_NOT_MERGED',
        zh: '并案代表所属建议不在并入本件的建议之列',
        en: 'names an item that was not merged into this one',
      });
    }
    const key = `${p.itemId}\u0000${p.deputyId}`;
    if (mergedKeys.has(key)) {
      issues.push({
        path: ['mergedProposers', i, 'deputyId'],
        code: 'DUPLICATE_PROPOSER',
        zh: '同一代表不得重复列为提出人',
        en: 'lists the same deputy twice',
      });
    }
    mergedKeys.add(key);
    evaluatorIds.add(p.deputyId);
  });

  const activeUnits = new Set<string>();
  const assignedUnits = new Set<string>();
  value.assignments.forEach((a, i) => {
    assignedUnits.add(a.unitId);
    if (a.deadline.day < a.assignedDay) {
      issues.push({
        path: ['assignments', i, 'deadline', 'day'],
        code: 'DUE_BEFORE_ASSIGNMENT',
        zh: '答复期限不得早于交办日期',
        en: 'must not fall before the day of assignment',
      });
    }
    if (a.active) {
      if (activeUnits.has(a.unitId)) {
        issues.push({
          path: ['assignments', i, 'unitId'],
          code: 'DUPLICATE_ASSIGNMENT',
          zh: '同一单位不得重复交办',
          en: 'assigns the same unit twice',
        });
      }
      activeUnits.add(a.unitId);
    }
  });
  if (STATES_AFTER_ASSIGNMENT.has(value.state) && activeUnits.size === 0) {
    issues.push({
      path: ['assignments'],
      code: 'STATE_DETAILS_MISSING',
      zh: `状态为 ${value.state} 时至少应有一个有效的交办单位`,
      en: `needs at least one active assignment in state ${value.state}`,
    });
  }

  // 协办意见 comes only from a unit assigned to assist (须答复代表 false), once per round.
  const assistingUnits = new Set(
    value.assignments.filter((a) => !a.mustReply).map((a) => a.unitId),
  );
  const sentInputs = new Set<string>();
  (value.assistingInputs ?? []).forEach((input, i) => {
    if (!assistingUnits.has(input.unitId)) {
      issues.push({
        path: ['assistingInputs', i, 'unitId'],
        code: 'INPUT_FROM_NON_ASSISTING_UNIT',
        zh: '提交协办意见的单位不是协办或会办单位',
        en: 'is not a unit assigned to assist (协办 or 会办)',
      });
    }
    if (input.round > value.round) {
      issues.push(roundAhead(['assistingInputs', i, 'round'], '协办意见'));
    }
    const key = `${input.round}\u0000${input.unitId}`;
    if (sentInputs.has(key)) {
      issues.push({
        path: ['assistingInputs', i],
        code: 'DUPLICATE_INPUT',
        zh: '同一单位在同一轮次只提交一次协办意见',
        en: 'repeats a unit’s input for the same round',
      });
    }
    sentInputs.add(key);
    if (input.recordedAt < input.at) {
      issues.push(recordedBefore(['assistingInputs', i, 'recordedAt']));
    }
  });

  // 阶段性答复 comes from a unit the item was assigned to, in a round it has reached.
  (value.holdingReplies ?? []).forEach((h, i) => {
    if (!assignedUnits.has(h.unitId)) {
      issues.push({
        path: ['holdingReplies', i, 'unitId'],
        code: 'REPLY_FROM_UNASSIGNED_UNIT',
        zh: '答复单位不在交办单位之列',
        en: 'is not a unit the suggestion was assigned to',
      });
    }
    if (h.round > value.round) issues.push(roundAhead(['holdingReplies', i, 'round'], '答复'));
    if (h.recordedAt < h.at) issues.push(recordedBefore(['holdingReplies', i, 'recordedAt']));
  });
  // 领导批示 come after the item was sent by the direct route.
  value.directRoute?.instructions.forEach((instruction, i) => {
    const path = ['directRoute', 'instructions', i];
    if (instruction.at < (value.directRoute as { at: string }).at) {
      issues.push({
        path: [...path, 'at'],
        code: 'INSTRUCTION_BEFORE_ROUTING',
        zh: '批示时间不得早于报送时间',
        en: 'cannot be earlier than the time the item was sent',
      });
    }
    if (instruction.recordedAt < instruction.at)
      issues.push(recordedBefore([...path, 'recordedAt']));
  });

  const repliedRounds = new Set<number>();
  value.replies.forEach((r, i) => {
    repliedRounds.add(r.round);
    if (!assignedUnits.has(r.unitId)) {
      issues.push({
        path: ['replies', i, 'unitId'],
        code: 'REPLY_FROM_UNASSIGNED_UNIT',
        zh: '答复单位不在交办单位之列',
        en: 'is not a unit the suggestion was assigned to',
      });
    }
    if (r.round > value.round) issues.push(roundAhead(['replies', i, 'round'], '答复'));
    if (r.recordedAt < r.at) issues.push(recordedBefore(['replies', i, 'recordedAt']));
  });

  const evaluated = new Set<string>();
  value.evaluations.forEach((e, i) => {
    if (!repliedRounds.has(e.round)) {
      issues.push({
        path: ['evaluations', i, 'round'],
        code: 'EVALUATION_WITHOUT_REPLY',
        zh: '该轮次尚无答复，不能评价',
        en: 'evaluates a round that has no reply',
      });
    }
    if (!evaluatorIds.has(e.deputyId)) {
      issues.push({
        path: ['evaluations', i, 'deputyId'],
        code: 'EVALUATOR_NOT_PROPOSER',
        zh: '评价代表不是本建议或并入本件建议的提出人',
        en: 'is not a proposer of this suggestion or of an item merged into it',
      });
    }
    const key = `${e.deputyId}\u0000${e.round}`;
    if (evaluated.has(key)) {
      issues.push({
        path: ['evaluations', i],
        code: 'DUPLICATE_EVALUATION',
        zh: '同一代表在同一轮次只能评价一次',
        en: 'evaluates the same round twice for one deputy',
      });
    }
    evaluated.add(key);
    if (e.recordedAt < e.at) issues.push(recordedBefore(['evaluations', i, 'recordedAt']));
  });

  const missing = stateDetailMissing(value);
  if (missing) issues.push(missing);
  return issues;
}

function recordedBefore(path: (string | number)[]): Issue {
  return {
    path,
    code: 'RECORDED_BEFORE_HAPPENED',
    zh: '登记时间不得早于发生时间',
    en: 'cannot be earlier than the time it happened',
  };
}

/** A reply or an input for a round the record has not reached. */
function roundAhead(path: (string | number)[], what: '答复' | '协办意见'): Issue {
  return {
    path,
    code: 'ROUND_AHEAD',
    zh: `${what}轮次不得超过当前办理轮次`,
    en: 'cannot be later than the current round',
  };
}

function stateDetailMissing(value: SuggestionRuleFields): Issue | undefined {
  const need = (field: string, zh: string, en: string): Issue => ({
    path: [field],
    code: 'STATE_DETAILS_MISSING',
    zh: `状态为 ${value.state} 时必须有${zh}`,
    en: `is required in state ${value.state} (${en})`,
  });
  switch (value.state) {
    case 'notRegistered':
      return value.screening?.registered === false && value.screening.reason !== undefined
        ? undefined
        : need('screening', '不予立案的理由', 'the reason it was not registered');
    case 'withdrawn':
      return value.withdrawal === undefined
        ? need('withdrawal', '撤回记录', 'the withdrawal')
        : undefined;
    case 'merged':
      return value.mergedInto === undefined
        ? need('mergedInto', '并入的建议', 'the primary item')
        : undefined;
    case 'closed':
      return value.closure === undefined ? need('closure', '办结记录', 'the closure') : undefined;
    default:
      return undefined;
  }
}

/**
 * The cross-field rules of a suggestion (建议的校验规则) as a zod check, for schemas that spread
 * `SuggestionSchema.shape` and want the same rules.
 *
 * @remarks Codes: `LEAD_PROPOSER_COUNT`, `DUPLICATE_PROPOSER`, `DUE_BEFORE_ASSIGNMENT`,
 * `DUPLICATE_ASSIGNMENT`, `INPUT_FROM_NON_ASSISTING_UNIT`, `DUPLICATE_INPUT`,
 * `REPLY_FROM_UNASSIGNED_UNIT`, `ROUND_AHEAD`, `EVALUATION_WITHOUT_REPLY`, `EVALUATOR_NOT_PROPOSER`, `DUPLICATE_EVALUATION`,
 * `RECORDED_BEFORE_HAPPENED`, `STATE_DETAILS_MISSING`.
 * @param ctx - zod's check context.
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { SuggestionSchema, suggestionRules } from 'renda';
 *
 * const MySuggestionSchema = z
 *   .object({ ...SuggestionSchema.shape, internalRef: z.string() })
 *   .check(suggestionRules);
 * ```
 * @category Models
 */
export function suggestionRules(ctx: z.core.ParsePayload<SuggestionRuleFields>): void {
  for (const issue of suggestionIssues(ctx.value)) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      path: issue.path,
      params: { code: issue.code, zh: issue.zh, en: issue.en },
    });
  }
}
