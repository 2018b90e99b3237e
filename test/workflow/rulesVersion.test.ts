import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { RendaError } from '../../src/model/shared/validationError.js';
import { defineWorkflow } from '../../src/workflow/defineWorkflow.js';
import { extendWorkflow } from '../../src/workflow/extendWorkflow.js';
import { safeReplay } from '../../src/workflow/safeReplay.js';
import { safeTransition } from '../../src/workflow/safeTransition.js';
import type { WorkflowRecord } from '../../src/workflow/types.js';

const label = (zh: string, en: string) => ({ 'zh-Hans': zh, 'zh-Hant': zh, en });
type Doc = WorkflowRecord & { readonly rulesVersion: string };
type Context = { readonly rules: string };

const definition = {
  id: 'doc',
  version: 1,
  types: {} as { record: Doc; role: 'clerk'; context: Context },
  initial: 'open' as const,
  states: { open: { label: label('进行中', 'Open'), category: 'open' as const } },
  events: {
    touch: { label: label('处理', 'Touch'), from: ['open' as const], roles: ['clerk'] as const },
    migrate: {
      label: label('迁移', 'Migrate'),
      payload: z.object({ to: z.string() }),
      from: ['open' as const],
      roles: ['clerk'] as const,
      effect: (draft: { rulesVersion: string }, event: { payload?: { to: string } }) => {
        if (event.payload) draft.rulesVersion = event.payload.to;
      },
    },
  },
  rulesVersion: { of: (context: Context) => context.rules, migrateEvent: 'migrate' },
};
const docWorkflow = defineWorkflow(definition);
const doc: Doc = { state: 'open', history: [], rulesVersion: 'r@1' };
const act = (rules: string) => ({
  workflow: docWorkflow,
  actor: { role: 'clerk', id: 'C-1' } as const,
  at: '2025-03-01T10:00:00+08:00',
  context: { rules },
});

describe('rules versions in the engine', () => {
  it('refuses a context under other rules, naming both, and accepts the record’s own', () => {
    const refused = safeTransition(doc, { type: 'touch' }, act('r@2'));
    expect(!refused.ok && refused.error.code).toBe('RULES_VERSION_MISMATCH');
    expect(!refused.ok && refused.error.message.en).toMatch(/r@1.*r@2/);
    expect(!refused.ok && refused.error.message['zh-Hans']).toMatch(/r@1.*r@2/);
    expect(safeTransition(doc, { type: 'touch' }, act('r@1')).ok).toBe(true);
  });

  it('lets the migration event through, and then the new rules', () => {
    const migrated = safeTransition(doc, { type: 'migrate', payload: { to: 'r@2' } }, act('r@2'));
    expect(migrated.ok && migrated.value.record.rulesVersion).toBe('r@2');
    if (!migrated.ok) return;
    expect(safeTransition(migrated.value.record, { type: 'touch' }, act('r@2')).ok).toBe(true);
    expect(safeTransition(migrated.value.record, { type: 'touch' }, act('r@1')).ok).toBe(false);
    // The migration entry replays whatever the record's rules; the replay takes the new ones.
    const replayed = safeReplay(doc, migrated.value.record.history, {
      workflow: docWorkflow,
      context: { rules: 'r@2' },
    });
    expect(replayed.ok).toBe(true);
  });

  it('ignores records without a rules version, and workflows without the field', () => {
    const bare = { state: 'open', history: [] } as unknown as Doc;
    expect(safeTransition(bare, { type: 'touch' }, act('r@9')).ok).toBe(true);
  });

  it('is kept by extendWorkflow and checked when defined', () => {
    const extended = extendWorkflow(docWorkflow, { version: 2 });
    expect(extended.rulesVersion?.migrateEvent).toBe('migrate');
    expect(() =>
      defineWorkflow({
        ...definition,
        rulesVersion: { of: 'x' as never, migrateEvent: 'migrate' },
      }),
    ).toThrow(RendaError);
    expect(() =>
      defineWorkflow({
        ...definition,
        rulesVersion: { of: (c: Context) => c.rules, migrateEvent: 'nope' },
      }),
    ).toThrow(/migrateEvent/);
  });

  it('reports a throwing `of` as EFFECT_FAILED', () => {
    const throwing = defineWorkflow({
      ...definition,
      rulesVersion: {
        of: () => {
          throw new Error('no rules');
        },
      },
    });
    const result = safeTransition(doc, { type: 'touch' }, { ...act('r@1'), workflow: throwing });
    expect(!result.ok && result.error.code).toBe('EFFECT_FAILED');
  });
});
