import { quote } from '../../internal/quote.js';
import type { BilingualText, Label } from '../../model/shared/localized.js';
import type { TransitionErrorCode } from '../types.js';
import { describeThrown } from './inputProblems.js';
import type { DefinitionProblem } from './validateDefinition.js';

/** What the messages may mention. */
export interface MessageParams {
  readonly workflow: string;
  readonly event: string;
  readonly eventLabel?: Label | undefined;
  readonly state?: string | undefined;
  readonly stateLabel?: Label | undefined;
  readonly role?: string | undefined;
  readonly detail?: BilingualText | undefined;
  /** The rules version the record runs under (`RULES_VERSION_MISMATCH`). */
  readonly recordRules?: string | undefined;
  /** The rules version the context applies (`RULES_VERSION_MISMATCH`). */
  readonly contextRules?: string | undefined;
}

function eventName(p: MessageParams): BilingualText {
  return p.eventLabel ?? { 'zh-Hans': quote(p.event), en: quote(p.event) };
}

function stateName(p: MessageParams): BilingualText {
  return p.stateLabel ?? { 'zh-Hans': quote(p.state ?? ''), en: quote(p.state ?? '') };
}

/**
 * The bilingual messages of the workflow engine, keyed by error code (流转错误提示). Guard
 * refusals use the guard's own message and input errors the field-level summary, so these are
 * the engine's fallbacks and its own verdicts.
 */
export const transitionMessages: {
  readonly [C in TransitionErrorCode]: (params: MessageParams) => BilingualText;
} = {
  INVALID_EVENT: (p) => ({
    'zh-Hans': `流程「${quote(p.workflow)}」没有事件「${quote(p.event)}」`,
    en: `workflow "${quote(p.workflow)}" has no event "${quote(p.event)}"`,
  }),
  INVALID_INPUT: (p) => ({
    'zh-Hans': `「${eventName(p)['zh-Hans']}」的输入不正确${p.detail ? `：${p.detail['zh-Hans']}` : ''}`,
    en: `invalid input for "${eventName(p).en}"${p.detail ? `: ${p.detail.en}` : ''}`,
  }),
  NOT_ALLOWED_IN_STATE: (p) => ({
    'zh-Hans': `当前状态「${stateName(p)['zh-Hans']}」下不能执行「${eventName(p)['zh-Hans']}」`,
    en: `"${eventName(p).en}" is not possible in state "${stateName(p).en}"`,
  }),
  FORBIDDEN: (p) => ({
    'zh-Hans': `角色「${quote(p.role ?? '')}」无权执行「${eventName(p)['zh-Hans']}」`,
    en: `role "${quote(p.role ?? '')}" may not perform "${eventName(p).en}"`,
  }),
  GUARD_FAILED: (p) => ({
    'zh-Hans': `不满足执行「${eventName(p)['zh-Hans']}」的条件${p.detail ? `：${p.detail['zh-Hans']}` : ''}`,
    en: `a condition for "${eventName(p).en}" is not met${p.detail ? `: ${p.detail.en}` : ''}`,
  }),
  RULES_VERSION_MISMATCH: (p) => ({
    'zh-Hans': `记录适用规则「${quote(p.recordRules)}」，不能按规则「${quote(p.contextRules)}」执行「${eventName(p)['zh-Hans']}」；请先迁移规则版本`,
    en: `the record runs under rules "${quote(p.recordRules)}" and cannot perform "${eventName(p).en}" under rules "${quote(p.contextRules)}"; migrate it first`,
  }),
  EFFECT_FAILED: (p) => ({
    'zh-Hans': `执行「${eventName(p)['zh-Hans']}」时流程定义出错${p.detail ? `：${p.detail['zh-Hans']}` : ''}`,
    en: `the workflow definition failed while performing "${eventName(p).en}"${p.detail ? `: ${p.detail.en}` : ''}`,
  }),
};

/** `FORBIDDEN` for an event only a replay may apply (an import's adoption entry). */
export const replayOnlyDetail: BilingualText = {
  'zh-Hans': '该事件只能在按历史记录重放时出现（如导入时补记的历史），不能直接执行',
  en: 'this event only appears when a history is replayed (such as the entry an import writes); it cannot be sent',
};

/** `FORBIDDEN` for an actor whose role may not send the event on behalf of another. */
export function forbiddenOnBehalf(p: MessageParams): BilingualText {
  return {
    'zh-Hans': `角色「${quote(p.role ?? '')}」不能代为执行「${eventName(p)['zh-Hans']}」`,
    en: `role "${quote(p.role ?? '')}" may not perform "${eventName(p).en}" on behalf of another`,
  };
}

/** Details of `EFFECT_FAILED`, and of definition errors. */
export const engineDetails = {
  threw: (what: string, error: unknown): BilingualText => {
    const text = describeThrown(error);
    return { 'zh-Hans': `${what} 抛出异常（${text}）`, en: `${what} threw (${text})` };
  },
  effectReturned: {
    'zh-Hans': 'effect 返回了值（应只修改草稿，不返回）',
    en: 'the effect returned a value (it must only change the draft)',
  },
  effectTouchedEngineFields: {
    'zh-Hans': 'effect 修改了 state 或 history（由引擎维护）',
    en: 'the effect changed state or history (the engine maintains them)',
  },
  unknownTarget: (target: unknown): BilingualText => ({
    'zh-Hans': `目标状态「${quote(target)}」不在该事件声明的 targets 中`,
    en: `target state "${quote(target)}" is not among the event's declared targets`,
  }),
  unexpectedPayload: {
    'zh-Hans': '该事件不接受事件内容',
    en: 'this event takes no payload',
  },
  /** A parsed payload that is not plain JSON; `refusal` says what is not (一个大整数…). */
  payloadNotJson: (refusal: { readonly zh: string; readonly en: string }): BilingualText => ({
    'zh-Hans': `事件内容${refusal.zh}`,
    en: `the event payload ${refusal.en}`,
  }),
  recordedBeforeHappened: {
    'zh-Hans': '登记时间不得早于发生时间',
    en: 'must not be earlier than the time it happened',
  },
  unknownState: {
    'zh-Hans': '记录的状态不属于该流程',
    en: "the record's state is not a state of this workflow",
  },
  notAWorkflow: {
    'zh-Hans': 'workflow 须为 defineWorkflow 或 extendWorkflow 返回的流程定义',
    en: 'workflow must be a workflow made by defineWorkflow or extendWorkflow',
  },
  notAnObject: {
    'zh-Hans': '参数须为对象',
    en: 'the options must be an object',
  },
  unreadable: (error: unknown): BilingualText => ({
    'zh-Hans': `输入无法读取（${describeThrown(error)}）`,
    en: `the input could not be read (${describeThrown(error)})`,
  }),
  rulesVersionThrew: {
    'zh-Hans': '读取规则版本时出错',
    en: 'reading the rules version failed',
  },
  malformedRecord: {
    'zh-Hans': '记录缺少 state 或 history',
    en: 'the record lacks a state or a history',
  },
} as const;

/**
 * The head of `INVALID_WORKFLOW` and the problems `defineWorkflow` finds before it can read the
 * definition; the problems of a definition it can read are listed by `validateDefinition`.
 */
export const definitionDetails = {
  invalid: { zh: '流程定义有误', en: 'the workflow definition is invalid' },
  notAnObject: { zh: '定义须为对象', en: 'the definition must be an object' },
} as const satisfies Record<string, DefinitionProblem>;
