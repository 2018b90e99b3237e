import { createHash } from 'node:crypto';
import * as fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/internal/canonicalJson.js';
import type { Suggestion } from '../../src/model/suggestion.js';
import { safeVerifyOpinion } from '../../src/opinion/verifyOpinion.js';
import { definePolicyRegistry } from '../../src/suggestion/policyRegistry.js';
import { safeVerifySuggestion } from '../../src/suggestion/verifySuggestion.js';
import { generateSample } from '../../src/testing/generateSample.js';
import {
  safeSealHistory,
  safeVerifyHistoryChain,
  sealHistory,
  verifyHistoryChain,
} from '../../src/workflow/historyChain.js';
import type { HistoryEntry } from '../../src/workflow/historyEntry.js';
import { safeTransition } from '../../src/workflow/safeTransition.js';
import { ctx, newTicket, ticketWorkflow } from './support/ticketWorkflow.js';
import { untyped } from './support/untyped.js';

const sample = generateSample({ seed: 1, size: 'town' });
const policies = definePolicyRegistry([sample.policy]);
const long = sample.suggestions.reduce((a, b) => (b.history.length > a.history.length ? b : a));

let sealed: Suggestion & { readonly historyChain: { readonly digests: readonly string[] } };
beforeAll(async () => {
  sealed = await sealHistory(long);
});

function entries(record: { readonly history: readonly HistoryEntry[] }): HistoryEntry[] {
  return [...record.history];
}

describe('canonical JSON', () => {
  it('sorts keys at every level and drops undefined values', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: undefined } })).toBe(
      '{"a":{"d":[1,"x"]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });
});

describe('sealHistory', () => {
  it('stores one digest per entry, each SHA-256 of the previous digest, a line feed and the entry', () => {
    expect(long.history.length).toBeGreaterThan(5);
    expect(sealed.historyChain.digests).toHaveLength(long.history.length);
    // Recomputed here with node:crypto, independently of Web Crypto.
    let previous = '';
    long.history.forEach((entry, i) => {
      previous = createHash('sha256')
        .update(`${previous}\n${canonicalJson(entry)}`)
        .digest('hex');
      expect(sealed.historyChain.digests[i]).toBe(previous);
    });
    expect(sealed.id).toBe(long.id);
    expect(Object.isFrozen(sealed)).toBe(true);
  });

  it('extends a sealed chain with the entries appended since, keeping its digests', async () => {
    const shorter = { ...long, history: long.history.slice(0, 3), historyChain: undefined };
    const first = await sealHistory(shorter);
    const extended = await sealHistory({ ...long, historyChain: first.historyChain });
    expect(extended.historyChain).toEqual(sealed.historyChain);
  });

  it('refuses to reseal over a chain that no longer matches', async () => {
    const history = entries(sealed);
    history[1] = { ...(history[1] as HistoryEntry), type: 'withdraw' };
    const result = await safeSealHistory({ ...sealed, history });
    expect(result.ok ? undefined : [result.error.code, result.error.index]).toEqual([
      'TAMPERED',
      1,
    ]);
  });

  it('refuses a malformed history, naming the field, and never rejects', async () => {
    const result = await safeSealHistory(untyped({ history: [{ type: 'x', at: 'yesterday' }] }));
    expect(result.ok ? undefined : result.error.code).toBe('INVALID_INPUT');
    if (!result.ok) expect(result.error.issues?.[0]?.path.slice(0, 2)).toEqual(['history', 0]);
    for (const input of [null, 42, 'x', [], { history: 'no' }]) {
      const refused = await safeSealHistory(untyped(input));
      expect(refused.ok ? undefined : refused.error.code).toBe('INVALID_INPUT');
    }
  });
});

describe('safeVerifyHistoryChain', () => {
  it('accepts a sealed sample record and gives its head', async () => {
    const result = await safeVerifyHistoryChain(sealed);
    expect(result).toEqual({
      ok: true,
      value: { entries: long.history.length, head: sealed.historyChain.digests.at(-1) },
    });
  });

  const caught = async (history: HistoryEntry[], options = {}) => {
    const result = await safeVerifyHistoryChain({ ...sealed, history }, options);
    return result.ok ? undefined : [result.error.code, result.error.index];
  };

  it('catches an altered entry, at that entry', async () => {
    const history = entries(sealed);
    const entry = history[4] as HistoryEntry;
    history[4] = { ...entry, actor: { ...entry.actor, id: 'SOMEONE-ELSE' } };
    expect(await caught(history)).toEqual(['TAMPERED', 4]);
  });

  it('catches a removed entry, at the place it was removed from', async () => {
    const history = entries(sealed);
    history.splice(2, 1);
    expect(await caught(history)).toEqual(['TAMPERED', 2]);
  });

  it('catches entries removed from the end while the chain keeps their digests', async () => {
    expect(await caught(entries(sealed).slice(0, -2))).toEqual([
      'TAMPERED',
      long.history.length - 2,
    ]);
  });

  it('catches a reordering, at the first entry out of place', async () => {
    const history = entries(sealed);
    [history[3], history[5]] = [history[5] as HistoryEntry, history[3] as HistoryEntry];
    expect(await caught(history)).toEqual(['TAMPERED', 3]);
  });

  it('catches an inserted entry, at the place it was inserted', async () => {
    const history = entries(sealed);
    history.splice(1, 0, history[0] as HistoryEntry);
    expect(await caught(history)).toEqual(['TAMPERED', 1]);
  });

  it('reports entries appended without sealing, and a record never sealed', async () => {
    const history = [...entries(sealed), entries(sealed).at(-1) as HistoryEntry];
    expect(await caught(history)).toEqual(['UNSEALED', long.history.length]);
    const never = await safeVerifyHistoryChain(long);
    expect(never.ok ? undefined : never.error.code).toBe('UNSEALED');
  });

  it('catches a history cut short together with its chain when the head was kept elsewhere', async () => {
    const { head } = await verifyHistoryChain(sealed);
    const cut = await sealHistory({ ...long, history: long.history.slice(0, -1) });
    expect((await safeVerifyHistoryChain(cut)).ok).toBe(true);
    const result = await safeVerifyHistoryChain(cut, head === undefined ? {} : { head });
    expect(result.ok ? undefined : result.error.code).toBe('TAMPERED');
    await expect(verifyHistoryChain(cut, head === undefined ? {} : { head })).rejects.toMatchObject(
      {
        code: 'TAMPERED',
      },
    );
  });

  it('reads in three scripts', async () => {
    const result = await safeVerifyHistoryChain(long);
    expect(result.ok ? undefined : Object.keys(result.error.message).sort()).toEqual([
      'en',
      'zh-Hans',
      'zh-Hant',
    ]);
  });
});

describe('verifySuggestion and the stored chain', () => {
  it('verifies a sealed record, and refuses a chain that does not cover exactly the history', async () => {
    expect(safeVerifySuggestion(sealed, { policies }).ok).toBe(true);
    const short = {
      ...sealed,
      historyChain: { algorithm: 'SHA-256', digests: sealed.historyChain.digests.slice(1) },
    };
    const result = safeVerifySuggestion(short, { policies });
    expect(result.ok ? undefined : [result.error.code, result.error.divergence?.path]).toEqual([
      'DIVERGED',
      ['historyChain', 'digests', 'length'],
    ]);
    const malformed = safeVerifySuggestion(
      { ...sealed, historyChain: { algorithm: 'MD5', digests: [] } },
      { policies },
    );
    expect(malformed.ok ? undefined : malformed.error.code).toBe('INVALID_INPUT');
  });
});

describe('the other records with a history', () => {
  it('seal and verify: motions, opinions and livelihood projects', async () => {
    const opinion = sample.opinions.find((o) => o.history.length > 2);
    expect(opinion).toBeDefined();
    const sealedOpinion = await sealHistory(opinion as NonNullable<typeof opinion>);
    expect((await safeVerifyHistoryChain(sealedOpinion)).ok).toBe(true);
    expect(safeVerifyOpinion(sealedOpinion, { policy: sample.opinionPolicy }).ok).toBe(true);
    const cut = { ...sealedOpinion, history: sealedOpinion.history.slice(1) };
    const refused = safeVerifyOpinion(cut, { policy: sample.opinionPolicy });
    expect(refused.ok).toBe(false);
    const project = sample.livelihoodProjects.find((p) => (p.history?.length ?? 0) > 1);
    if (project !== undefined) {
      const sealedProject = await sealHistory(project);
      expect(sealedProject.historyChain.digests).toHaveLength(project.history?.length ?? 0);
      expect((await safeVerifyHistoryChain(sealedProject)).ok).toBe(true);
    }
  });
});

describe('chain properties', () => {
  const stepArb = fc.record({
    type: fc.constantFrom(...Object.keys(ticketWorkflow.events)),
    role: fc.constantFrom('clerk', 'engineer', 'manager'),
    assignee: fc.constantFrom('E-1', 'E-2'),
    minutes: fc.integer({ min: 0, max: 60 * 24 * 30 }),
  });

  it('over random workflow walks, any change to a sealed history is caught at the first entry changed', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb, { minLength: 1, maxLength: 25 }),
        fc.nat(),
        fc.constantFrom('alter', 'remove', 'swap', 'insert'),
        async (steps, pick, change) => {
          let record = newTicket();
          let clock = Date.parse('2025-01-01T00:00:00Z');
          for (const step of steps) {
            clock += step.minutes * 60_000;
            const result = safeTransition(
              record,
              untyped({
                type: step.type,
                payload: { assignee: step.assignee, note: '已联系', reason: '补充材料' },
              }),
              {
                workflow: ticketWorkflow,
                context: ctx,
                actor: untyped({ role: step.role, id: 'X-1' }),
                at: new Date(clock).toISOString(),
              },
            );
            if (result.ok) record = result.value.record;
          }
          const chained = await sealHistory(record);
          expect((await safeVerifyHistoryChain(chained)).ok).toBe(true);
          const history = [...chained.history];
          const n = history.length;
          if (n < 2) return;
          const i = pick % n;
          const j = (i + 1 + (pick % (n - 1))) % n;
          let first: number;
          if (change === 'alter') {
            const entry = history[i] as HistoryEntry;
            history[i] = {
              ...entry,
              recordedAt: new Date(Date.parse(entry.recordedAt) + 1000).toISOString(),
            };
            first = i;
          } else if (change === 'remove') {
            history.splice(i, 1);
            first = i;
          } else if (change === 'insert') {
            history.splice(i, 0, { ...(history[j] as HistoryEntry), type: 'comment' });
            first = i;
          } else {
            if (canonicalJson(history[i]) === canonicalJson(history[j])) return;
            [history[i], history[j]] = [history[j] as HistoryEntry, history[i] as HistoryEntry];
            first = Math.min(i, j);
          }
          const result = await safeVerifyHistoryChain({ ...chained, history });
          expect(result.ok ? undefined : [result.error.code, result.error.index]).toEqual([
            'TAMPERED',
            first,
          ]);
          checked++;
        },
      ),
      { numRuns: 150 },
    );
    expect(checked).toBeGreaterThan(30);
  });
});
