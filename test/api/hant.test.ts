import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as renda from '../../src/index.js';
import { toHant } from '../../src/internal/hant.js';

// Every message renda hands out reads in zh-Hans, zh-Hant and en (issue 7 item 3). The texts are
// written once, in simplified Chinese and English; the traditional form is added where errors
// leave the library. These tests look at what leaves it.

type Text = { readonly 'zh-Hans': string; readonly 'zh-Hant'?: unknown; readonly en: string };

/** Every `{ 'zh-Hans', en }` text inside a value, at any depth. */
function textsIn(value: unknown, found: Text[] = [], depth = 0): Text[] {
  if (typeof value !== 'object' || value === null || depth > 12) return found;
  const record = value as Record<string, unknown>;
  if (typeof record['zh-Hans'] === 'string' && typeof record.en === 'string') {
    found.push(record as unknown as Text);
  }
  for (const key of Object.keys(record)) textsIn(record[key], found, depth + 1);
  return found;
}

const safeFunctions = Object.entries(renda).filter(
  (entry): entry is [string, (...args: unknown[]) => unknown] =>
    entry[0].startsWith('safe') && typeof entry[1] === 'function',
);

describe('messages in three scripts', () => {
  it('every safeX error carries zh-Hant, the simplified text in traditional characters', async () => {
    let errors = 0;
    for (const [name, safe] of safeFunctions) {
      const result = (await safe(undefined, undefined, undefined)) as {
        ok: boolean;
        error?: unknown;
      };
      if (result.ok) continue;
      errors++;
      const texts = textsIn(result.error);
      expect(texts.length, name).toBeGreaterThan(0);
      for (const text of texts) {
        expect(text['zh-Hant'], `${name}: ${text['zh-Hans']}`).toBe(toHant(text['zh-Hans']));
      }
    }
    // The check above must have looked at errors from every area, not at none.
    expect(errors).toBeGreaterThan(40);
  });

  it('reads in traditional characters where the simplified text has simplified ones', () => {
    const result = renda.safeParseSuggestion({});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.error.issues.find((i) => i.path[0] === 'title');
    expect(issue?.message['zh-Hans']).toContain('标题');
    expect(issue?.message['zh-Hant']).toContain('標題');
  });

  it('a thrown RendaError carries the same three texts as the safe twin’s error', () => {
    let thrown: unknown;
    try {
      renda.parseSuggestion({});
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(renda.RendaError);
    const safe = renda.safeParseSuggestion({});
    expect(!safe.ok && (thrown as renda.RendaError).detail).toEqual(!safe.ok && safe.error);
  });

  it('the zod error map speaks zh-Hant too', () => {
    const result = renda.SuggestionSchema.safeParse({}, { error: renda.rendaErrorMap('zh-Hant') });
    const messages = result.success ? [] : result.error.issues.map((issue) => issue.message);
    expect(messages.some((message) => message.includes('標題'))).toBe(true);
    expect(messages.join('')).not.toContain('标题');
    expect(z.string().safeParse(1, { error: renda.rendaErrorMap('zh-Hans') }).success).toBe(false);
  });
});
