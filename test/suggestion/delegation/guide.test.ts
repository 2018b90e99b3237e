import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DELEGATION_ITEM_STATES } from '../../../src/model/delegationItem.js';
import { delegationItemWorkflow } from '../../../src/suggestion/delegation/delegationItemWorkflow.js';

const guide = readFileSync(new URL('../../../docs/delegation-items.md', import.meta.url), 'utf8');

describe('the delegation items guide (docs/delegation-items.md)', () => {
  it('lists every state and every event of the workflow, with each event’s guards', () => {
    for (const state of DELEGATION_ITEM_STATES) expect(guide).toContain(`| \`${state}\``);
    for (const [type, spec] of Object.entries(delegationItemWorkflow.events)) {
      const row = guide.split('\n').find((line) => line.startsWith(`| \`${type}\``));
      expect(row, type).toBeDefined();
      for (const guard of spec.guards ?? [])
        expect(row, `${type}: ${guard}`).toContain(`\`${guard}\``);
    }
  });
});
