import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  MODEL_SCHEMAS,
  type ModelName,
  modelJsonSchema,
  safeModelJsonSchema,
} from '../../src/model/jsonSchema.js';
import { RendaError } from '../../src/model/shared/validationError.js';
import { repliedSuggestion } from '../support/suggestionFixture.js';

// A real JSON Schema validator, as a Java or Python back end would use one.
function validatorFor(name: ModelName) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv.compile(modelJsonSchema(name));
}

describe('modelJsonSchema', () => {
  it('produces a draft 2020-12 schema for every model that ajv compiles', () => {
    for (const name of Object.keys(MODEL_SCHEMAS) as ModelName[]) {
      const schema = modelJsonSchema(name);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(() => validatorFor(name)).not.toThrow();
    }
    // ajv compiles fifteen schemas: seconds on a busy CI runner.
  }, 30_000);

  it('accepts a valid suggestion, with +08:00 offsets as on input', () => {
    const validate = validatorFor('Suggestion');
    expect(validate(repliedSuggestion())).toBe(true);
  });

  it('rejects broken suggestions: a bad enum, a missing field, an impossible date', () => {
    const validate = validatorFor('Suggestion');
    expect(validate({ ...repliedSuggestion(), state: 'lost' })).toBe(false);
    const { title: _title, ...noTitle } = repliedSuggestion();
    expect(validate(noTitle)).toBe(false);
    const input = repliedSuggestion();
    const [assignment] = input.assignments;
    if (!assignment) throw new Error('fixture');
    assignment.assignedDay = '2023-02-29';
    expect(validate(input)).toBe(false);
  });

  it('accepts a handling unit and rejects a wrong kind', () => {
    const validate = validatorFor('HandlingUnit');
    const unit = {
      id: 'U-1',
      name: '县教育局',
      kind: 'government',
      level: 'county',
      active: { from: '2021-01-01' },
    };
    expect(validate(unit)).toBe(true);
    expect(validate({ ...unit, kind: 'bank' })).toBe(false);
  });

  it('refuses a name that is not a model, and its safe twin never throws', () => {
    expect(() => modelJsonSchema('constructor' as ModelName)).toThrow(RendaError);
    for (const bad of ['constructor', '__proto__', 'Nope', null, 5, Symbol('x')]) {
      const result = safeModelJsonSchema(bad as ModelName);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('UNKNOWN_MODEL');
    }
  });

  it('returns a frozen schema that describes a payload as an object', () => {
    const schema = modelJsonSchema('Suggestion');
    expect(Object.isFrozen(schema)).toBe(true);
    expect(JSON.stringify(schema)).toContain('"payload":{"type":"object"');
  });
});
