import { describe, expect, it } from 'vitest';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import { stateCategory } from '../../src/workflow/stateCategory.js';
import { toMermaid } from '../../src/workflow/toMermaid.js';
import { workflowStates } from '../../src/workflow/workflowStates.js';

describe('suggestionWorkflow as data', () => {
  it('has the 11 model states with labels in three locales, categories and terminal flags', () => {
    expect(workflowStates(suggestionWorkflow)).toEqual([
      'draft',
      'submitted',
      'registered',
      'notRegistered',
      'assigned',
      'inHandling',
      'replied',
      'reHandling',
      'closed',
      'withdrawn',
      'merged',
    ]);
    expect(suggestionWorkflow.states.replied.label).toEqual({
      'zh-Hans': '已答复',
      'zh-Hant': '已答覆',
      en: 'Replied',
    });
    expect(stateCategory(suggestionWorkflow, 'replied')).toBe('replied');
    expect(stateCategory(suggestionWorkflow, 'reHandling')).toBe('open');
    expect(stateCategory(suggestionWorkflow, 'merged')).toBe('closed');
    const terminal = Object.entries(suggestionWorkflow.states)
      .filter(([, s]) => s.terminal === true)
      .map(([n]) => n);
    expect(terminal).toEqual(['notRegistered', 'withdrawn', 'merged']);
  });

  it('labels every event in three locales and gives every guard a bilingual message', () => {
    for (const spec of Object.values(suggestionWorkflow.events)) {
      expect(Object.keys(spec.label).sort()).toEqual(['en', 'zh-Hans', 'zh-Hant']);
    }
    for (const guard of Object.values(suggestionWorkflow.guards)) {
      expect(guard.message['zh-Hans'].length).toBeGreaterThan(0);
      expect(guard.message.en.length).toBeGreaterThan(0);
    }
  });

  it('draws every transition of the definition in Mermaid', () => {
    for (const locale of ['zh-Hans', 'en'] as const) {
      const diagram = toMermaid(suggestionWorkflow, locale);
      expect(diagram.startsWith('stateDiagram-v2\n  [*] --> draft\n')).toBe(true);
      for (const spec of Object.values(suggestionWorkflow.events)) {
        const targets = typeof spec.to === 'function' ? (spec.targets ?? []) : [spec.to];
        for (const from of spec.from) {
          for (const to of targets) {
            expect(diagram).toContain(`  ${from} --> ${to} : ${spec.label[locale]}`);
          }
        }
      }
      for (const name of ['notRegistered', 'withdrawn', 'merged']) {
        expect(diagram).toContain(`  ${name} --> [*]`);
      }
    }
  });
});
