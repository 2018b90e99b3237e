import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ActorSchema } from '../../src/model/shared/actor.js';
import { IsoTimestampSchema } from '../../src/model/shared/primitives.js';
import { parseTiming } from '../../src/workflow/internal/parseTiming.js';

/** What the model schemas alone make of the input: the reference the fast path must match. */
function reference(input: { actor: unknown; at: unknown; recordedAt?: unknown }) {
  const actor = ActorSchema.safeParse(input.actor);
  const at = IsoTimestampSchema.safeParse(input.at);
  const recordedAt =
    input.recordedAt === undefined ? at : IsoTimestampSchema.safeParse(input.recordedAt);
  if (!actor.success || !at.success || !recordedAt.success) return undefined;
  if (recordedAt.data < at.data) return undefined;
  return { actor: actor.data, at: at.data, recordedAt: recordedAt.data };
}

const digits = (n: number, max: number) =>
  fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'));
/** Timestamps near the valid grammar: impossible days, hour 24, offsets, fractions, `Z`/`z`. */
const timestamp = fc
  .tuple(
    digits(4, 9999),
    digits(2, 13),
    digits(2, 32),
    digits(2, 24),
    digits(2, 60),
    digits(2, 60),
    fc.constantFrom('', '.0', '.123', '.1234567', '.'),
    fc.constantFrom('Z', 'z', '+08:00', '-05:30', '+23:59', '+24:00', '+0800', ''),
  )
  .map(([y, mo, d, h, mi, s, frac, zone]) => `${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${zone}`);
const actor = fc.oneof(
  fc.record({ role: fc.constantFrom('clerk', ' clerk', '', 'x'.repeat(65)), id: fc.string() }),
  fc.constantFrom(null, 'clerk', ['clerk'], { role: 'clerk' }, { role: 'clerk', id: 'C-1', x: 1 }),
);

describe('parseTiming', () => {
  it('gives what the actor and timestamp schemas give, on valid and invalid input', () => {
    fc.assert(
      fc.property(actor, timestamp, fc.option(timestamp, { nil: undefined }), (a, at, rec) => {
        const input = rec === undefined ? { actor: a, at } : { actor: a, at, recordedAt: rec };
        const result = parseTiming(input);
        const expected = reference(input);
        if (expected === undefined) expect(result.ok).toBe(false);
        else expect(result).toEqual({ ok: true, value: expected });
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a canonical UTC time as it is and canonicalises offsets', () => {
    const actorIn = { role: 'clerk', id: 'C-1' };
    const canonical = parseTiming({ actor: actorIn, at: '2024-02-29T23:59:59.999Z' });
    expect(canonical).toEqual({
      ok: true,
      value: {
        actor: actorIn,
        at: '2024-02-29T23:59:59.999Z',
        recordedAt: '2024-02-29T23:59:59.999Z',
      },
    });
    expect(canonical.ok && canonical.value.actor).not.toBe(actorIn);
    const offset = parseTiming({ actor: actorIn, at: '2025-03-01T10:00:00+08:00' });
    expect(offset.ok && offset.value.at).toBe('2025-03-01T02:00:00.000Z');
    expect(parseTiming({ actor: actorIn, at: '2025-02-29T00:00:00.000Z' }).ok).toBe(false);
  });

  it('reports RECORDED_BEFORE_HAPPENED at recordedAt', () => {
    const result = parseTiming({
      actor: { role: 'clerk', id: 'C-1' },
      at: '2025-03-01T10:00:00.000Z',
      recordedAt: '2025-03-01T09:00:00.000Z',
    });
    expect(!result.ok && result.error.issues.map((i) => [i.code, i.path])).toEqual([
      ['RECORDED_BEFORE_HAPPENED', ['recordedAt']],
    ]);
  });
});
