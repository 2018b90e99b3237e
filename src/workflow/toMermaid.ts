import type { Locale } from '../model/shared/localized.js';
import type { LooseEventSpec } from './eventChecks.js';
import type { AnyWorkflow } from './types.js';

/** Mermaid ends a label at a newline and reads `;` and `#` specially; keep labels on one line. */
function clean(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/;/g, '；')
    .replace(/#/g, '＃');
}

/** The states an event may leave: `'*'` is every non-terminal state. */
function sourcesOf(workflow: AnyWorkflow, spec: LooseEventSpec): string[] {
  if (spec.from.includes('*')) {
    return Object.keys(workflow.states).filter((s) => workflow.states[s]?.terminal !== true);
  }
  return [...spec.from];
}

/**
 * Draws a workflow as a Mermaid state diagram (流程图): every state with its label, every
 * transition `from --> to : event label`, the initial state and the terminal states.
 *
 * @remarks
 * `'*'` is drawn as one arrow from every non-terminal state; an event with a function `to` is
 * drawn to every state in its `targets`. Labels are in `locale` (simplified Chinese by
 * default). The output is `stateDiagram-v2` text, for Markdown that renders Mermaid.
 *
 * @param workflow - The workflow to draw.
 * @param locale - The language of the labels.
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
 *   events: { close: { label: label('办结', 'Close'), from: ['open'], to: 'done', roles: ['clerk'] } },
 * });
 *
 * console.log(toMermaid(workflow, 'en').includes('open --> done : Close')); // true
 * ```
 * @category Workflow engine
 */
export function toMermaid(workflow: AnyWorkflow, locale: Locale = 'zh-Hans'): string {
  const lines = ['stateDiagram-v2', `  [*] --> ${workflow.initial}`];
  for (const [name, state] of Object.entries(workflow.states)) {
    lines.push(`  ${name} : ${clean(state.label[locale])}`);
  }
  for (const spec of Object.values(workflow.events) as unknown as LooseEventSpec[]) {
    const targets = typeof spec.to === 'function' ? (spec.targets ?? []) : [spec.to];
    const label = clean(spec.label[locale]);
    for (const from of sourcesOf(workflow, spec)) {
      for (const to of targets) lines.push(`  ${from} --> ${to} : ${label}`);
    }
  }
  for (const [name, state] of Object.entries(workflow.states)) {
    if (state.terminal === true) lines.push(`  ${name} --> [*]`);
  }
  return `${lines.join('\n')}\n`;
}
