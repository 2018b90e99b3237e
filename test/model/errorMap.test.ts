import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { rendaErrorMap, safeRendaErrorMap } from '../../src/model/shared/errorMap.js';
import { RendaError } from '../../src/model/shared/validationError.js';
import { SuggestionSchema, suggestionFieldNames } from '../../src/model/suggestion.js';
import { repliedSuggestion } from '../support/suggestionFixture.js';

const messageAt = (
  result: { error?: { issues: readonly { path: PropertyKey[]; message: string }[] } },
  path: string,
) => result.error?.issues.find((issue) => issue.path.join('.') === path)?.message;

describe('rendaErrorMap', () => {
  afterEach(() => {
    z.config({ customError: undefined });
  });

  it('words a form’s issues as renda does, in Chinese and in English', () => {
    const input = { ...repliedSuggestion(), title: '', kind: 5, period: 'later' };
    const zh = SuggestionSchema.safeParse(input, {
      error: rendaErrorMap('zh-Hans', suggestionFieldNames),
    });
    expect(messageAt(zh, 'title')).toBe('「标题」长度至少为 1');
    expect(messageAt(zh, 'kind')).toBe('「类别」类型不正确，应为字符串（实际为数字）');
    expect(messageAt(zh, 'period')).toBe(
      '「提出时间段」取值不在允许范围内（duringSession、betweenSessions）',
    );
    const en = SuggestionSchema.safeParse(input, {
      error: rendaErrorMap('en', suggestionFieldNames),
    });
    expect(messageAt(en, 'title')).toBe('title must have at least 1 characters');
    expect(messageAt(en, 'period')).toBe(
      'submission period must be one of duringSession, betweenSessions',
    );
  });

  it('says required only for a missing field', () => {
    const { title: _title, ...missing } = repliedSuggestion();
    const result = SuggestionSchema.safeParse(missing, { error: rendaErrorMap('en') });
    expect(messageAt(result, 'title')).toBe('title is required');
  });

  it('words the cross-field rules with their own text', () => {
    const input = { ...repliedSuggestion(), proposers: [{ deputyId: 'D-1', role: 'co' }] };
    const result = SuggestionSchema.safeParse(input, {
      error: rendaErrorMap('zh-Hans', suggestionFieldNames),
    });
    expect(messageAt(result, 'proposers')).toBe('「提出人」必须有且只有一名领衔代表（现有 0 名）');
  });

  it('names the nearest known key of an unknown key in a strict schema', () => {
    const Payload = z.strictObject({ faceToFace: z.boolean() });
    const result = Payload.safeParse(
      { faceToFace: false, facetoFace: true },
      { error: rendaErrorMap('en') },
    );
    expect(result.error?.issues[0]?.message).toBe(
      'facetoFace is not a known key; did you mean faceToFace?',
    );
  });

  it('works app-wide through z.config', () => {
    z.config({ customError: rendaErrorMap('zh-Hans') });
    expect(z.object({ title: z.string() }).safeParse({}).error?.issues[0]?.message).toBe(
      '「标题」必填',
    );
  });

  it('refuses a locale renda does not write, and its safe twin never throws', () => {
    expect(() => rendaErrorMap('fr' as 'en')).toThrow(RendaError);
    for (const bad of ['fr', null, undefined, 5, Symbol('x'), { toString: () => 'en' }]) {
      const result = safeRendaErrorMap(bad as 'en');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('INVALID_LOCALE');
    }
  });

  it('never throws inside a parse, whatever the issue', () => {
    const map = rendaErrorMap('en');
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(() => map(hostile as never)).not.toThrow();
    expect(() => map({ code: 'custom', path: [], input: hostile } as never)).not.toThrow();
  });
});
