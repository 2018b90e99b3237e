import type { Locale } from '../model/shared/localized.js';
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
 * @param workflow - The workflow to draw.
 * @param locale - The language of the labels.
 * @param options - How to show events that keep the state.
 * @returns The diagram's source.
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
  const loops = options.selfTransitions === 'loops';
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
