import { describe, expect, it } from 'vitest';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import { stateCategory } from '../../src/workflow/stateCategory.js';
import { toMermaid } from '../../src/workflow/toMermaid.js';
import { workflowStates } from '../../src/workflow/workflowStates.js';
import { workflowTransitions } from '../../src/workflow/workflowTransitions.js';

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

  it('draws every transition of the definition in Mermaid: moves as arrows, stays in notes', () => {
    for (const locale of ['zh-Hans', 'en'] as const) {
      const diagram = toMermaid(suggestionWorkflow, locale);
      const lines = diagram.split('\n');
      expect(diagram.startsWith('stateDiagram-v2\n  [*] --> draft\n')).toBe(true);
      for (const { from, event, to } of workflowTransitions(suggestionWorkflow)) {
        const label = suggestionWorkflow.events[event].label[locale];
        if (from !== to) expect(lines).toContain(`  ${from} --> ${to} : ${label}`);
        else {
          const note = lines.find((l) => l.startsWith(`  note right of ${from} : `));
          expect(note, `${from} ${event}`).toContain(label);
        }
      }
      for (const name of ['notRegistered', 'withdrawn', 'merged']) {
        expect(diagram).toContain(`  ${name} --> [*]`);
      }
    }
  });

  it('draws no arrow between two different states that the definition cannot take', () => {
    // The moves the rules allow (from → to : event), by hand. `withdraw` lists replied and
    // reHandling in `from`, where its `noReplyYet` guard always refuses; the diagram follows the
    // definition's `from`, not its guards.
    const moves = [
      'draft submitted submit',
      'submitted registered register',
      'submitted notRegistered refuseRegistration',
      ...['submitted', 'registered', 'assigned', 'inHandling'].map((s) => `${s} merged merge`),
      ...['submitted', 'registered', 'assigned', 'inHandling'].map(
        (s) => `${s} withdrawn withdraw`,
      ),
      'registered assigned assign',
      'assigned inHandling accept',
      'assigned replied reply',
      'assigned inHandling reply',
      'inHandling replied reply',
      'reHandling replied reply',
      'replied closed evaluate',
      'replied reHandling evaluate',
      'replied closed lapseEvaluation',
      'replied closed close',
      'reHandling closed close',
    ];
    const byLabel = new Map(
      Object.entries(suggestionWorkflow.events).map(([name, spec]) => [
        spec.label['zh-Hans'],
        name,
      ]),
    );
    const drawn = toMermaid(suggestionWorkflow)
      .split('\n')
      .map((line) => /^ {2}(\w+) --> (\w+) : (.+)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => `${m[1]} ${m[2]} ${byLabel.get(m[3] as string)}`);
    expect(drawn.filter((row) => row.split(' ')[0] !== row.split(' ')[1]).sort()).toEqual(
      [...moves].sort(),
    );
    // No self-loops either: events that keep the state are listed in notes.
    expect(drawn.filter((row) => row.split(' ')[0] === row.split(' ')[1])).toEqual([]);
  });

  it('lists the events that keep the state in one note per state', () => {
    const notes = toMermaid(suggestionWorkflow)
      .split('\n')
      .filter((l) => l.startsWith('  note right of '));
    expect(notes).toContain(
      '  note right of closed : 状态不变：记录领导批示、跟踪办理答复、公开、迁移规则版本',
    );
    expect(notes.find((l) => l.startsWith('  note right of inHandling'))).toContain('沟通面商');
    // A draft keeps its state to be talked over with a unit before submission (提出前沟通) and to
    // migrate its rules (migrateRules leaves every non-terminal state).
    expect(notes).toContain('  note right of draft : 状态不变：提出前沟通、迁移规则版本');
  });
});
