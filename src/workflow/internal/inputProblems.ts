import { quote } from '../../internal/quote.js';
import type { BilingualText } from '../../model/shared/localized.js';
import type { ValidationIssue } from '../../model/shared/validationError.js';
import type { AnyWorkflow } from '../types.js';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether `value` has the shape the engine reads of a workflow (an id and tables of states,
 * events and guards). Anything `defineWorkflow` or `extendWorkflow` returned passes; this only
 * keeps a missing or foreign value from reaching the engine as a TypeError.
 */
export function isWorkflowLike(value: unknown): value is AnyWorkflow {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    isObject(value.states) &&
    isObject(value.events) &&
    isObject(value.guards)
  );
}

/** What a thrown value says, quoted and never throwing (a Proxy error may trap every read). */
export function describeThrown(thrown: unknown): string {
  try {
    if (thrown instanceof Error) return quote(thrown.message);
  } catch {
    // A Proxy whose traps throw: fall through to its type.
  }
  return quote(typeof thrown === 'object' && thrown !== null ? '[object]' : thrown);
}

/** One input issue with its bilingual field name and message. */
export function inputIssue(
  path: readonly (string | number)[],
  field: BilingualText,
  message: BilingualText,
  code = 'INVALID_TYPE',
): ValidationIssue {
  return { code, path, field, message };
}

/** The field names the engine's own input issues use. */
export const inputFields = {
  workflow: { 'zh-Hans': '流程定义', en: 'workflow' },
  options: { 'zh-Hans': '参数', en: 'options' },
  record: { 'zh-Hans': '记录', en: 'record' },
  history: { 'zh-Hans': '历史记录', en: 'history' },
  at: { 'zh-Hans': '判断时间', en: 'time judged at' },
  input: { 'zh-Hans': '输入', en: 'input' },
  payload: { 'zh-Hans': '事件内容', en: 'event payload' },
} as const;
