/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { ENUM_GROUPS } from '../../src/i18n/enumGroups.js';
import { labelOf, labels, safeLabelOf, safeLabels } from '../../src/i18n/labels.js';
import { LOCALES } from '../../src/model/shared/localized.js';
import { RendaError } from '../../src/model/shared/validationError.js';

// Every module of the model area, so a schema added later is walked without editing this test.
const modules = import.meta.glob('../../src/model/**/*.ts', { eager: true }) as Record<
  string,
  Record<string, unknown>
>;

interface Def {
  type: string;
  [key: string]: unknown;
}
const defOf = (schema: unknown): Def | undefined =>
  (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/** Collects the value sets of every enum reachable from a schema. */
function enumsIn(schema: unknown, found: string[][], seen = new Set<unknown>()): string[][] {
  const def = defOf(schema);
  if (!def || seen.has(schema)) return found;
  seen.add(schema);
  const walk = (inner: unknown) => enumsIn(inner, found, seen);
  switch (def.type) {
    case 'enum':
      found.push(Object.values(def.entries as Record<string, string>));
      break;
    case 'object':
      for (const field of Object.values(def.shape as Record<string, unknown>)) walk(field);
      break;
    case 'array':
      walk(def.element);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      walk(def.innerType);
      break;
    case 'union':
      for (const option of def.options as unknown[]) walk(option);
      break;
    case 'intersection':
      walk(def.left);
      walk(def.right);
      break;
    case 'pipe':
      walk(def.in);
      walk(def.out);
      break;
    case 'record':
      walk(def.keyType);
      walk(def.valueType);
      break;
  }
  return found;
}

const schemas = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([name, value]) => name.endsWith('Schema') && defOf(value) !== undefined)
    .map(([name, value]) => ({ name: `${file.replace(/^.*src\//, '')}#${name}`, schema: value })),
);

describe('labels', () => {
  it('walks a real set of schemas', () => {
    expect(schemas.length).toBeGreaterThan(30);
    const suggestion = schemas.find((s) => s.name.endsWith('model/suggestion.ts#SuggestionSchema'));
    const found = enumsIn(suggestion?.schema, []).map((values) => values.join('|'));
    expect(found).toContain('lead|assisting|joint|separate|sole');
    expect(found).toContain('satisfied|basicallySatisfied|dissatisfied');
  });

  it('has a label group for every enum of every model schema', () => {
    const groups = Object.values(ENUM_GROUPS).map((values) => new Set<string>(values));
    const missing: string[] = [];
    for (const { name, schema } of schemas) {
      for (const values of enumsIn(schema, [])) {
        if (!groups.some((group) => values.every((value) => group.has(value)))) {
          missing.push(`${name}: ${values.join('|')}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('labels every value of every group in every locale, with no empty label', () => {
    for (const locale of LOCALES) {
      const table = labels(locale) as unknown as Record<string, Record<string, string>>;
      for (const [group, values] of Object.entries(ENUM_GROUPS)) {
        for (const value of values) {
          const text = table[group]?.[value];
          expect(text, `${locale} ${group}.${value}`).toMatch(/\S/);
        }
      }
    }
  });

  it('speaks the right language', () => {
    expect(labels('zh-Hans').suggestionState.replied).toBe('已答复');
    expect(labels('zh-Hant').suggestionState.replied).toBe('已答覆');
    expect(labels('en').suggestionState.replied).toBe('Replied');
    expect(labelOf('handlingRole', 'separate', 'zh-Hans')).toBe('分办');
  });

  it('returns frozen tables', () => {
    const table = labels('en');
    expect(Object.isFrozen(table)).toBe(true);
    expect(Object.isFrozen(table.handlingRole)).toBe(true);
  });

  it('refuses an unknown locale, group or value with a RendaError, and the safe twins never throw', () => {
    expect(() => labels('fr' as 'en')).toThrow(RendaError);
    expect(() => labelOf('handlingRole', 'chair' as 'lead', 'en')).toThrow(RendaError);
    expect(() => labelOf('nope' as 'handlingRole', 'lead', 'en')).toThrow(RendaError);
    for (const bad of ['fr', '__proto__', 'toString', null, undefined, 5, Symbol('x')]) {
      const table = safeLabels(bad as 'en');
      expect(table.ok).toBe(false);
      if (!table.ok) expect(table.error.code).toBe('INVALID_LOCALE');
      const one = safeLabelOf('handlingRole', bad as 'lead', 'en');
      expect(one.ok).toBe(false);
      if (!one.ok) expect(one.error.code).toBe('UNKNOWN_LABEL');
    }
    expect(safeLabelOf('handlingRole', 'lead', 'en')).toEqual({ ok: true, value: 'Lead' });
  });
});
