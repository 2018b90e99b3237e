import { deepFreeze } from '../internal/deepFreeze.js';
import { quote } from '../internal/quote.js';
import { type BilingualText, LOCALES, type Locale } from '../model/shared/localized.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError } from '../model/shared/validationError.js';
import { isDefinedWorkflow, notAWorkflow } from './internal/definedWorkflows.js';
import type { AnyWorkflow } from './types.js';
import { workflowTransitions } from './workflowTransitions.js';

/**
 * The options of {@link toMermaid}.
 *
 * @example
 * ```ts
 * import type { ToMermaidOptions } from 'renda';
 *
 * const options: ToMermaidOptions = { selfTransitions: 'loops' };
 * ```
 * @category Workflow engine
 */
export interface ToMermaidOptions {
  /**
   * How to show events that keep the state (自环): `'notes'` (the default), one note per state
   * listing them, or `'loops'`, one arrow `s --> s : label` per state and event.
   */
  readonly selfTransitions?: 'notes' | 'loops';
}

/** Mermaid ends a label at a newline and reads `;` and `#` specially; keep labels on one line. */
function clean(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/;/g, '；')
    .replace(/#/g, '＃');
}

const STAYS: Readonly<Record<Locale, { readonly lead: string; readonly join: string }>> = {
  'zh-Hans': { lead: '状态不变：', join: '、' },
  'zh-Hant': { lead: '狀態不變：', join: '、' },
  en: { lead: 'Stays: ', join: ', ' },
};

/**
 * Draws a workflow as a Mermaid state diagram (流程图): every state with its label, every
 * safeTransition `from --> to : event label`, the initial state and the terminal states.
 *
 * @remarks
 * The arrows are {@link workflowTransitions}: `'*'` is drawn from every non-terminal state, an
 * event with a function `to` to each of its `targets` (per source state, when given as a map).
 * Transitions that keep the state — events without `to`, and a fixed or computed target equal to
 * the source — are not drawn as arrows: each state that has any gets one note,
 * `note right of s : 状态不变：沟通面商、督办`, listing those events in definition order, so the
 * arrows show only real moves. `options.selfTransitions: 'loops'` draws them as self-loops
 * `s --> s : label` instead. Labels are in `locale` (simplified Chinese by default). The output is
 * `stateDiagram-v2` text, for Markdown that renders Mermaid.
 *
 * Throws a `RendaError`: `INVALID_WORKFLOW` when `workflow` was not made by
 * {@link defineWorkflow} or {@link extendWorkflow}, `INVALID_INPUT` for an unknown locale or
 * option. {@link safeToMermaid} returns the same error as a value.
 *
 * @param workflow - The workflow to draw.
 * @param locale - The language of the labels.
 * @param options - How to show events that keep the state.
 * @returns The diagram's source.
 * @throws RendaError `INVALID_WORKFLOW` or `INVALID_INPUT`.
 *
 * @example
 * ```ts
 * import { defineWorkflow, toMermaid, type WorkflowRecord } from 'renda';
 *
 * const label = (zh: string, en: string) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en });
 * const workflow = defineWorkflow({
 *   id: 'ticket',
 *   version: 1,
 *   types: {} as { record: WorkflowRecord; role: 'clerk'; context: undefined },
 *   initial: 'open',
 *   states: {
 *     open: { label: label('待处理', 'Open'), category: 'open' },
 *     done: { label: label('已办结', 'Done'), category: 'closed', terminal: true },
 *   },
 *   events: {
 *     remind: { label: label('催办', 'Remind'), from: ['open'], roles: ['clerk'] },
 *     close: { label: label('办结', 'Close'), from: ['open'], to: 'done', roles: ['clerk'] },
 *   },
 * });
 *
 * const diagram = toMermaid(workflow, 'en');
 * console.log(diagram.includes('open --> done : Close')); // true
 * console.log(diagram.includes('note right of open : Stays: Remind')); // true
 * ```
 * @category Workflow engine
 */
export function toMermaid(
  workflow: AnyWorkflow,
  locale: Locale = 'zh-Hans',
  options: ToMermaidOptions = {},
): string {
  const result = safeToMermaid(workflow, locale, options);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}

/**
 * Why {@link safeToMermaid} could not draw (流程图错误): not a workflow made by
 * {@link defineWorkflow} or {@link extendWorkflow} (`INVALID_WORKFLOW`), or an unknown locale or
 * option (`INVALID_INPUT`, with `path` naming it).
 *
 * @example
 * ```ts
 * import type { ToMermaidError } from 'renda';
 *
 * const error: ToMermaidError = {
 *   code: 'INVALID_INPUT',
 *   message: { 'zh-Hans': '语言须为 zh-Hans、zh-Hant、en 之一', en: 'locale must be one of zh-Hans, zh-Hant, en' },
 *   path: ['locale'],
 * };
 * ```
 * @category Workflow engine
 */
export interface ToMermaidError {
  /** `INVALID_WORKFLOW` or `INVALID_INPUT`. */
  readonly code: 'INVALID_WORKFLOW' | 'INVALID_INPUT';
  /** What is wrong, in Chinese and English. */
  readonly message: BilingualText;
  /** The argument at fault, for `INVALID_INPUT`: `['locale']`, `['options', 'selfTransitions']`. */
  readonly path?: readonly string[];
}

const refuse = (error: ToMermaidError): { ok: false; error: ToMermaidError } =>
  deepFreeze({ ok: false as const, error });

const badInput = (path: readonly string[], zh: string, en: string) =>
  refuse({ code: 'INVALID_INPUT', message: { 'zh-Hans': zh, en }, path: Object.freeze(path) });

/**
 * Draws a workflow as a Mermaid state diagram (流程图) like {@link toMermaid}, but returns a
 * result instead of throwing.
 *
 * @remarks Never throws, whatever it is given: a value that is not a workflow made by
 * {@link defineWorkflow} or {@link extendWorkflow} (a Proxy, a look-alike object, `null`), an
 * unknown locale, or options that are not an object or whose getters throw all come back as a
 * {@link ToMermaidError}. Missing or `null` options mean the defaults.
 * @param workflow - The workflow to draw.
 * @param locale - The language of the labels.
 * @param options - How to show events that keep the state.
 * @returns The diagram's source, or why it cannot be drawn.
 *
 * @example
 * ```ts
 * import { safeToMermaid, suggestionWorkflow } from 'renda';
 *
 * const drawn = safeToMermaid(suggestionWorkflow, 'en');
 * if (drawn.ok) console.log(drawn.value.startsWith('stateDiagram-v2')); // true
 * console.log(safeToMermaid({} as never).ok); // false
 * ```
 * @category Workflow engine
 */
export function safeToMermaid(
  workflow: AnyWorkflow,
  locale: Locale = 'zh-Hans',
  options: ToMermaidOptions | null = {},
): Result<string, ToMermaidError> {
  return neverThrow<string, ToMermaidError>(
    () => {
      if (!isDefinedWorkflow(workflow)) {
        const { code, message } = notAWorkflow('toMermaid', workflow).detail;
        return refuse({ code: code as 'INVALID_WORKFLOW', message });
      }
      if (!(LOCALES as readonly unknown[]).includes(locale)) {
        return badInput(
          ['locale'],
          `语言须为 ${LOCALES.join('、')} 之一，收到 ${quote(locale)}`,
          `locale must be one of ${LOCALES.join(', ')}; got ${quote(locale)}`,
        );
      }
      if (options !== null && options !== undefined && typeof options !== 'object') {
        return badInput(['options'], '选项须为对象', 'options must be an object');
      }
      const mode = options?.selfTransitions;
      if (mode !== undefined && mode !== 'notes' && mode !== 'loops') {
        return badInput(
          ['options', 'selfTransitions'],
          `selfTransitions 须为 notes 或 loops，收到 ${quote(mode)}`,
          `selfTransitions must be notes or loops; got ${quote(mode)}`,
        );
      }
      return Object.freeze({ ok: true as const, value: draw(workflow, locale, mode === 'loops') });
    },
    () =>
      deepFreeze({
        code: 'INVALID_INPUT',
        message: { 'zh-Hans': '选项无法读取', en: 'the options cannot be read' },
        path: ['options'],
      }),
  );
}

/** The diagram of a checked workflow. */
function draw(workflow: AnyWorkflow, locale: Locale, loops: boolean): string {
  const labelOf = (event: string) => clean(workflow.events[event]?.label[locale] ?? event);
  const lines = ['stateDiagram-v2', `  [*] --> ${workflow.initial}`];
  for (const [name, state] of Object.entries(workflow.states)) {
    lines.push(`  ${name} : ${clean(state.label[locale])}`);
  }
  const stays = new Map<string, string[]>();
  for (const { from, event, to } of workflowTransitions(workflow)) {
    if (from !== to || loops) lines.push(`  ${from} --> ${to} : ${labelOf(event)}`);
    else {
      const events = stays.get(from) ?? [];
      if (!events.includes(event)) events.push(event);
      stays.set(from, events);
    }
  }
  const { lead, join } = STAYS[locale];
  for (const name of Object.keys(workflow.states)) {
    const events = stays.get(name);
    if (events) lines.push(`  note right of ${name} : ${lead}${events.map(labelOf).join(join)}`);
  }
  for (const [name, state] of Object.entries(workflow.states)) {
    if (state.terminal === true) lines.push(`  ${name} --> [*]`);
  }
  return `${lines.join('\n')}\n`;
}
