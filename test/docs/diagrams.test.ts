import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module of the docs build, without type declarations
import { DIAGRAM_TITLES, diagramSvg } from '../../scripts/lib/diagramSvg.mjs';
import { livelihoodWorkflow } from '../../src/livelihood/livelihoodWorkflow.js';
import { opinionWorkflow } from '../../src/opinion/opinionWorkflow.js';
import { delegationItemWorkflow } from '../../src/suggestion/delegation/delegationItemWorkflow.js';
import { motionWorkflow } from '../../src/suggestion/motion/motionWorkflow.js';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import type { AnyWorkflow } from '../../src/workflow/types.js';
import { workflowTransitions } from '../../src/workflow/workflowTransitions.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

// Named by id: a test name formatted from the workflow object itself would be megabytes long.
const diagrams: readonly [string, AnyWorkflow, string][] = [
  ['suggestion', suggestionWorkflow, 'docs/suggestion-workflow.md'],
  ['motion', motionWorkflow, 'docs/motions.md'],
  ['opinion', opinionWorkflow, 'docs/opinions.md'],
  ['livelihood', livelihoodWorkflow, 'docs/livelihood.md'],
  ['delegationItem', delegationItemWorkflow, 'docs/delegation-items.md'],
];

describe.each(diagrams)('the %s workflow’s diagram', (id, workflow, guide) => {
  const svg = read(`docs/diagrams/${workflow.id}.svg`);

  it('is what the definition draws (run scripts/build-diagrams.mjs after changing it)', () => {
    expect(workflow.id).toBe(id);
    const title = DIAGRAM_TITLES[workflow.id];
    expect(title).toBeDefined();
    expect(svg).toBe(diagramSvg(workflow, workflowTransitions(workflow), title));
  });

  it('names every state in Chinese and English, and every move by its events', () => {
    for (const [name, state] of Object.entries(workflow.states)) {
      expect(svg).toContain(`data-state="${name}"`);
      expect(svg).toContain(`>${state.label['zh-Hans']}</text>`);
      expect(svg).toContain(`>${state.label.en}</text>`);
    }
    for (const { from, event, to } of workflowTransitions(workflow)) {
      if (from !== to) expect(svg).toContain(workflow.events[event]?.label['zh-Hans']);
    }
  });

  it('is shown by its guide, which no longer carries a hand-kept Mermaid copy', () => {
    const text = read(guide);
    expect(text).toContain(`](diagrams/${workflow.id}.svg)`);
    expect(text).not.toContain('```mermaid');
  });
});
