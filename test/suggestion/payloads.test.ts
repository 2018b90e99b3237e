import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { payloadFieldNames } from '../../src/suggestion/internal/payloads.js';
import { suggestionWorkflow } from '../../src/suggestion/suggestionWorkflow.js';
import { assigned, attempt, unit } from './support/walk.js';

// Strict commands: every payload schema of the suggestion workflow refuses a key it does not know,
// at every depth, and names each of its fields in Chinese and English.

const at = '2024-12-20T10:00:00+08:00';

/** Every object key a schema accepts, at any depth, with the object it belongs to. */
function keysOf(schema: z.ZodType, into: { key: string; strict: boolean }[] = []) {
  if (schema instanceof z.ZodOptional) return keysOf(schema.unwrap() as z.ZodType, into);
  if (schema instanceof z.ZodArray) return keysOf(schema.element as z.ZodType, into);
  if (schema instanceof z.ZodObject) {
    // zod 4 marks a strict object by a catchall of `never`.
    const strict = schema.def.catchall instanceof z.ZodNever;
    for (const [key, field] of Object.entries(schema.shape)) {
      into.push({ key, strict });
      keysOf(field as z.ZodType, into);
    }
  }
  return into;
}

const withPayload = Object.entries(suggestionWorkflow.events).filter(
  ([, spec]) => spec.payload !== undefined,
);

describe('suggestion payload schemas', () => {
  it('cover the events that take a payload, and name the fields of each', () => {
    expect(withPayload.length).toBe(28);
    for (const [type, spec] of withPayload) {
      const keys = keysOf(spec.payload as z.ZodType);
      expect(keys.length, type).toBeGreaterThan(0);
      for (const { key, strict } of keys) {
        expect(strict, `${type}.${key} in a strict object`).toBe(true);
        const names = payloadFieldNames[type as keyof typeof payloadFieldNames];
        expect(names[key], `${type}.${key} named`).toMatchObject({
          'zh-Hans': expect.stringMatching(/\p{Script=Han}/u),
          en: expect.any(String),
        });
      }
      // The workflow passes the same table with the event, for the engine's messages.
      expect(spec.fieldNames).toEqual(payloadFieldNames[type as keyof typeof payloadFieldNames]);
    }
  });

  it('names from and to by what they mean in each event', () => {
    expect(payloadFieldNames.merge.from?.['zh-Hans']).toBe('并入本件的建议');
    expect(payloadFieldNames.reassign.from?.['zh-Hans']).toBe('原承办单位');
    expect(payloadFieldNames.reassign.to?.['zh-Hans']).toBe('改交单位');
  });

  it('refuse an unknown key instead of dropping it (facetoFace would store faceToFace: false)', () => {
    const record = assigned([{ unitId: 'U-1', role: 'sole' }], '2024-11-30T10:00:00+08:00');
    const result = attempt(
      record,
      'reply',
      { outcomeClass: 'A', facetoFace: true },
      unit('U-1'),
      at,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.issues?.[0]?.path[0]).toBe('payload');
    // How the issue names the key (UNKNOWN_KEY, with the nearest known key) is toValidationError's.
    expect(record.replies).toEqual([]);
  });

  it('refuse an unknown key deep inside a payload', () => {
    const registered = assigned([{ unitId: 'U-1', role: 'sole' }], '2024-11-30T10:00:00+08:00');
    const schema = suggestionWorkflow.events.assign.payload as z.ZodType;
    const parsed = schema.safeParse({ units: [{ unitId: 'U-1', role: 'sole', rol: 'lead' }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['units', 0]);
    expect(registered.state).toBe('assigned');
  });

  it('still accept what they accepted, and parse a parsed payload to itself', () => {
    for (const [type, spec] of withPayload) {
      const schema = spec.payload as z.ZodType;
      const sample: Record<string, unknown> = {
        reply: { outcomeClass: 'A', faceToFace: true, content: '已答复' },
        assign: { units: [{ unitId: 'U-1', role: 'lead' }], anchorDay: '2025-01-10' },
        reassign: { from: 'U-1', to: 'U-2' },
      };
      if (!(type in sample)) continue;
      const once = schema.parse(sample[type]);
      expect(schema.parse(once), type).toEqual(once);
    }
  });
});
