import type { BilingualText, Label } from '../../model/shared/localized.js';
import type { TransitionErrorCode } from '../types.js';

/** What the messages may mention. */
export interface MessageParams {
  readonly workflow: string;
  readonly event: string;
  readonly eventLabel?: Label | undefined;
  readonly state?: string | undefined;
  readonly stateLabel?: Label | undefined;
  readonly role?: string | undefined;
  readonly detail?: BilingualText | undefined;
}

function eventName(p: MessageParams): BilingualText {
  return p.eventLabel ?? { 'zh-Hans': p.event, en: p.event };
}

function stateName(p: MessageParams): BilingualText {
  return p.stateLabel ?? { 'zh-Hans': p.state ?? '', en: p.state ?? '' };
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
    'zh-Hans': `流程「${p.workflow}」没有事件「${p.event}」`,
    en: `workflow "${p.workflow}" has no event "${p.event}"`,
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
    'zh-Hans': `角色「${p.role ?? ''}」无权执行「${eventName(p)['zh-Hans']}」`,
    en: `role "${p.role ?? ''}" may not perform "${eventName(p).en}"`,
  }),
  GUARD_FAILED: (p) => ({
    'zh-Hans': `不满足执行「${eventName(p)['zh-Hans']}」的条件${p.detail ? `：${p.detail['zh-Hans']}` : ''}`,
    en: `a condition for "${eventName(p).en}" is not met${p.detail ? `: ${p.detail.en}` : ''}`,
  }),
  EFFECT_FAILED: (p) => ({
    'zh-Hans': `执行「${eventName(p)['zh-Hans']}」时流程定义出错${p.detail ? `：${p.detail['zh-Hans']}` : ''}`,
    en: `the workflow definition failed while performing "${eventName(p).en}"${p.detail ? `: ${p.detail.en}` : ''}`,
  }),
};

/** Details of `EFFECT_FAILED`, and of definition errors. */
export const engineDetails = {
  threw: (what: string, error: unknown): BilingualText => {
    const text = error instanceof Error ? error.message : String(error);
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
    'zh-Hans': `目标状态「${String(target)}」不在该事件声明的 targets 中`,
    en: `target state "${String(target)}" is not among the event's declared targets`,
  }),
  unexpectedPayload: {
    'zh-Hans': '该事件不接受事件内容',
    en: 'this event takes no payload',
  },
  recordedBeforeHappened: {
    'zh-Hans': '登记时间不得早于发生时间',
    en: 'must not be earlier than the time it happened',
  },
  unknownState: {
    'zh-Hans': '记录的状态不属于该流程',
    en: "the record's state is not a state of this workflow",
  },
  malformedRecord: {
    'zh-Hans': '记录缺少 state 或 history',
    en: 'the record lacks a state or a history',
  },
} as const;
