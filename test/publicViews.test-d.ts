import { describe, expectTypeOf, it } from 'vitest';
import type { PopoloExport, ToPopoloOptions } from '../src/model/popolo.js';
import { safeToPopolo, toPopolo } from '../src/model/popolo.js';
import type { PublicViewError, PublicViewResult } from '../src/model/publicViewError.js';
import type { Suggestion } from '../src/model/suggestion.js';
import {
  type PublicSuggestion,
  safeToPublicSuggestion,
  toPublicSuggestion,
} from '../src/suggestion/toPublicSuggestion.js';

declare const record: Suggestion;

describe('public view types', () => {
  it('the throwing views return the view; the safe twins a result with PublicViewError', () => {
    expectTypeOf(toPublicSuggestion(record)).toEqualTypeOf<PublicSuggestion>();
    expectTypeOf(safeToPublicSuggestion(record)).toEqualTypeOf<
      PublicViewResult<PublicSuggestion>
    >();
    expectTypeOf(toPopolo({})).toEqualTypeOf<PopoloExport>();
    expectTypeOf(safeToPopolo({})).toEqualTypeOf<PublicViewResult<PopoloExport>>();
    const result = safeToPopolo({});
    if (!result.ok) {
      expectTypeOf(result.error).toEqualTypeOf<PublicViewError>();
      expectTypeOf(result.error.code).toEqualTypeOf<'INVALID_INPUT'>();
      expectTypeOf(result.error.path).toEqualTypeOf<readonly (string | number)[]>();
    }
  });

  it('the closure and congress of a public suggestion have only their named fields', () => {
    type Closure = NonNullable<PublicSuggestion['closure']>;
    expectTypeOf<keyof Closure>().toEqualTypeOf<'at' | 'reason'>();
    expectTypeOf<keyof PublicSuggestion['congress']>().toEqualTypeOf<
      'jurisdiction' | 'level' | 'term'
    >();
  });

  it('options are optional and typed', () => {
    expectTypeOf(toPopolo).parameter(1).toEqualTypeOf<ToPopoloOptions | undefined>();
    // @ts-expect-error: a namer is a function of the congress, not a string
    toPopolo({}, { congressName: '深圳市人大' });
    // @ts-expect-error: a public view of a suggestion takes a suggestion
    toPublicSuggestion({ id: 'S-1' });
  });
});
