import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { livelihoodWorkflow } from '../../src/livelihood/livelihoodWorkflow.js';
import { toMermaid } from '../../src/workflow/toMermaid.js';

const guide = readFileSync(new URL('../../docs/livelihood.md', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the livelihood guide (docs/livelihood.md)', () => {
  it('draws the workflow as toMermaid does, regenerated', () => {
    expect(/```mermaid\n([\s\S]*?)```/.exec(guide)?.[1]).toBe(toMermaid(livelihoodWorkflow));
  });

  it('lists every event of the workflow', () => {
    for (const event of Object.keys(livelihoodWorkflow.events))
      expect(guide).toContain(`| \`${event}\``);
  });

  it('is linked from the README’s guide table', () => {
    expect(readme).toContain('| [Livelihood-project votes](docs/livelihood.md) |');
  });
});
