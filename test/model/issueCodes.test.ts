import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { QUOTE_LIMIT } from '../../src/internal/quote.js';
import { safeParseDeputy } from '../../src/model/deputy.js';
import { nearestKey } from '../../src/model/shared/nearestKey.js';
import { DateRangeSchema } from '../../src/model/shared/primitives.js';
import { toValidationError } from '../../src/model/shared/toValidationError.js';
import { safeParseSuggestion } from '../../src/model/suggestion.js';
import { repliedSuggestion } from '../support/suggestionFixture.js';

function issuesOf(input: unknown) {
  const result = safeParseSuggestion(input);
  if (result.ok) throw new Error('expected a validation error');
  return result.error.issues;
}

const codeAt = (input: unknown, path: readonly (string | number)[]) =>
  issuesOf(input).find((issue) => JSON.stringify(issue.path) === JSON.stringify(path))?.code;

describe('honest issue codes', () => {
  it('says REQUIRED only for a missing or undefined value', () => {
    const { title: _title, ...missing } = repliedSuggestion();
    expect(codeAt(missing, ['title'])).toBe('REQUIRED');
    expect(codeAt({ ...repliedSuggestion(), title: undefined }, ['title'])).toBe('REQUIRED');
  });

  it('says INVALID_TYPE for a present value of the wrong type, null included', () => {
    for (const bad of [5, true, null, {}, [], 10n]) {
      expect(codeAt({ ...repliedSuggestion(), title: bad }, ['title'])).toBe('INVALID_TYPE');
    }
    for (const bad of [5, 'true', null, {}, [], 10n]) {
      expect(codeAt({ ...repliedSuggestion(), confidential: bad }, ['confidential'])).toBe(
        'INVALID_TYPE',
      );
    }
  });

  it('tells a missing enum, an enum of the wrong type and a string outside it apart', () => {
    const { kind: _kind, ...missing } = repliedSuggestion();
    expect(codeAt(missing, ['kind'])).toBe('REQUIRED');
    expect(codeAt({ ...repliedSuggestion(), kind: 5 }, ['kind'])).toBe('INVALID_TYPE');
    expect(codeAt({ ...repliedSuggestion(), kind: null }, ['kind'])).toBe('INVALID_TYPE');
    expect(codeAt({ ...repliedSuggestion(), kind: 'petition' }, ['kind'])).toBe('INVALID_VALUE');
  });

  it('names the type expected and the type received, in both languages', () => {
    const issue = issuesOf({ ...repliedSuggestion(), confidential: 'yes' }).find(
      (i) => i.path[0] === 'confidential',
    );
    expect(issue?.message.en).toContain('must be of type boolean (received string)');
    expect(issue?.message['zh-Hans']).toContain('应为布尔值（实际为字符串）');
  });

  it('gives one REQUIRED for a missing discriminated union and INVALID_VALUE for a bad tag', () => {
    const deputyIssues = (input: unknown) => {
      const result = safeParseDeputy(input);
      return result.ok ? [] : result.error.issues;
    };
    const noStatus = deputyIssues({ id: 'D-1' }).find((i) => i.path[0] === 'status');
    expect(noStatus?.code).toBe('REQUIRED');
    const badTag = deputyIssues({ id: 'D-1', status: { status: 'retired' } }).find(
      (i) => i.path[0] === 'status',
    );
    expect(badTag?.code).toBe('INVALID_VALUE');
    const wrongType = deputyIssues({ id: 'D-1', status: { status: 7 } }).find(
      (i) => i.path[0] === 'status',
    );
    expect(wrongType?.code).toBe('INVALID_TYPE');
  });

  it('says INVALID_TYPE when every branch of a union refuses the type', () => {
    const schema = z.object({ amount: z.union([z.string(), z.number()]) });
    const parsed = schema.safeParse({ amount: true }, { reportInput: true });
    const error = toValidationError(
      { id: 'T', 'zh-Hans': '测试', en: 'Test' },
      parsed.error?.issues ?? [],
      {},
    );
    expect(error.issues[0]?.code).toBe('INVALID_TYPE');
    expect(error.issues[0]?.message.en).toContain('string or number');
  });

  it('keeps models stripping unknown keys', () => {
    const result = safeParseSuggestion({ ...repliedSuggestion(), facetoFace: true });
    expect(result.ok).toBe(true);
    if (result.ok) expect('facetoFace' in result.value).toBe(false);
  });

  it('words a rule that raised END_BEFORE_START without its own text', () => {
    const parsed = DateRangeSchema.safeParse({ from: '2023-01-01', to: '2022-01-01' });
    const error = toValidationError(
      { id: 'T', 'zh-Hans': '测试', en: 'Test' },
      parsed.error?.issues ?? [],
      {},
    );
    expect(error.issues[0]?.code).toBe('END_BEFORE_START');
    expect(error.issues[0]?.message.en).toBe(
      'Test: end date (to) cannot be earlier than the start',
    );
  });
});

describe('unknown keys of strict schemas (event payloads)', () => {
  const Reply = z.strictObject({
    outcomeClass: z.string(),
    faceToFace: z.boolean(),
    content: z.string().optional(),
  });
  const model = { id: 'suggestion', 'zh-Hans': '事件「答复」', en: 'Event reply' };
  const run = (payload: Record<string, unknown>, withSchema = true) => {
    const parsed = Reply.safeParse(payload);
    const prefixed = (parsed.error?.issues ?? []).map((issue) => ({
      ...issue,
      path: ['payload', ...issue.path],
    }));
    return toValidationError(
      model,
      prefixed,
      {},
      withSchema ? { schema: Reply, input: payload, at: ['payload'] } : {},
    );
  };

  it('gives one UNKNOWN_KEY per key, with its path and the nearest known key', () => {
    const error = run({ outcomeClass: 'A', faceToFace: false, facetoFace: true, contnet: 'x' });
    const unknown = error.issues.filter((i) => i.code === 'UNKNOWN_KEY');
    expect(unknown.map((i) => i.path)).toEqual([
      ['payload', 'facetoFace'],
      ['payload', 'contnet'],
    ]);
    expect(unknown[0]?.message.en).toContain('did you mean faceToFace?');
    expect(unknown[0]?.message['zh-Hans']).toContain('是否应为「faceToFace」');
    expect(unknown[1]?.message.en).toContain('did you mean content?');
  });

  it('lists the known keys when no key is near', () => {
    const error = run({ outcomeClass: 'A', faceToFace: false, zzzzzzzz: 1 });
    expect(error.issues[0]?.message.en).toContain('known keys: outcomeClass, faceToFace, content');
  });

  it('still names the key without the schema (three-argument callers)', () => {
    const error = run({ outcomeClass: 'A', faceToFace: false, facetoFace: true }, false);
    expect(error.issues[0]?.code).toBe('UNKNOWN_KEY');
    expect(error.issues[0]?.message.en).toContain('facetoFace');
  });

  it('judges presence from the input when zod did not report it', () => {
    const error = run({ outcomeClass: 'A', faceToFace: 'yes' });
    expect(error.issues[0]?.code).toBe('INVALID_TYPE');
    expect(run({ outcomeClass: 'A' }).issues[0]?.code).toBe('REQUIRED');
  });

  it('finds keys through arrays, optionals and unions', () => {
    const Deep = z.strictObject({
      units: z.array(z.strictObject({ unitId: z.string(), role: z.string() })).optional(),
      choice: z.union([
        z.strictObject({ alpha: z.string() }),
        z.strictObject({ beta: z.number() }),
      ]),
    });
    const input = { units: [{ unitId: 'U', role: 'lead', rloe: 1 }], choice: { alpah: 'x' } };
    const parsed = Deep.safeParse(input);
    const error = toValidationError(model, parsed.error?.issues ?? [], {}, { schema: Deep, input });
    const messages = error.issues.map((i) => i.message.en).join('\n');
    expect(messages).toContain('did you mean role?');
  });
});

describe('nearestKey', () => {
  it('prefers a key that differs only in case', () => {
    expect(nearestKey('facetoface', ['faceToFace', 'followUp'])).toBe('faceToFace');
  });

  it('never proposes a key that is not known, and gives up on long keys', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.string({ maxLength: 20 }), { maxLength: 10 }),
        (key, known) => {
          const found = nearestKey(key, known);
          if (found !== undefined) expect(known).toContain(found);
        },
      ),
    );
    expect(nearestKey('x'.repeat(10_000), ['x'])).toBeUndefined();
  });
});

describe('messages quote at most about 200 characters of a bad value', () => {
  it('cuts a 10 MB key or value', () => {
    const huge = 'k'.repeat(10 * 1024 * 1024);
    const Strict = z.strictObject({ a: z.string() });
    const input = { a: 'x', [huge]: 1 };
    const parsed = Strict.safeParse(input);
    const error = toValidationError(
      { id: 'T', 'zh-Hans': '测试', en: 'Test' },
      parsed.error?.issues ?? [],
      {},
      { schema: Strict, input },
    );
    for (const issue of error.issues) {
      expect(issue.message.en.length).toBeLessThan(4 * QUOTE_LIMIT);
      expect(issue.message['zh-Hans'].length).toBeLessThan(4 * QUOTE_LIMIT);
    }
    expect(error.message.en.length).toBeLessThan(4 * QUOTE_LIMIT);
  });
});
