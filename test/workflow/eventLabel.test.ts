import { describe, expect, it } from 'vitest';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import { defineWorkflow } from '../../src/workflow/defineWorkflow.js';
import { eventLabel } from '../../src/workflow/eventLabel.js';
import { untyped } from './support/untyped.js';

const label = (zh: string, en: string) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en });

describe('eventLabel (按角色的事件名称)', () => {
  it('names an event as each role reads it, else by its one label', () => {
    expect(eventLabel(suggestionWorkflow, 'reply', 'handlingUnit')?.['zh-Hans']).toBe('答复代表');
    expect(eventLabel(suggestionWorkflow, 'reply', 'deputy')?.['zh-Hant']).toBe('收到答覆');
    expect(eventLabel(suggestionWorkflow, 'reply', 'supervisor')).toEqual(
      suggestionWorkflow.events.reply.label,
    );
    expect(eventLabel(suggestionWorkflow, 'reply')).toEqual(suggestionWorkflow.events.reply.label);
    expect(eventLabel(suggestionWorkflow, 'evaluate', 'handlingUnit')?.en).toBe(
      'Evaluation received',
    );
  });

  it('answers undefined for what is not an event of the workflow, and never throws', () => {
    expect(eventLabel(suggestionWorkflow, untyped('toString'))).toBeUndefined();
    expect(eventLabel(suggestionWorkflow, untyped(42))).toBeUndefined();
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(eventLabel(untyped(hostile), untyped('reply'))).toBeUndefined();
  });

  it('refuses a definition whose role label lacks a locale', () => {
    const define = () =>
      defineWorkflow({
        id: 'x',
        version: 1,
        types: {} as { record: { state: string; history: [] }; role: 'clerk'; context: null },
        initial: 'open',
        states: { open: { label: label('开', 'Open'), category: 'open' } },
        events: {
          note: {
            label: label('备注', 'Note'),
            from: ['open'],
            roles: ['clerk'],
            roleLabels: { clerk: untyped({ 'zh-Hans': '记', en: 'Write' }) },
          },
        },
      });
    expect(define).toThrow(/label for role "clerk"/);
  });
});
