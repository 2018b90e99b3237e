import { describe, expectTypeOf, it } from 'vitest';
import {
  countPeople,
  type DuplicatePersonReason,
  type LikelyDuplicatePerson,
  likelyDuplicatePeople,
  type PeopleCount,
  safeCountPeople,
} from '../../../src/connections/people/index.js';
import type { Deputy } from '../../../src/model/deputy.js';
import type { Result } from '../../../src/model/shared/result.js';
import type { ValidationError } from '../../../src/model/shared/validationError.js';

declare const deputies: Deputy[];

describe('people types', () => {
  it('counts and flags', () => {
    expectTypeOf(countPeople(deputies)).toEqualTypeOf<PeopleCount>();
    expectTypeOf(likelyDuplicatePeople(deputies)).toEqualTypeOf<readonly LikelyDuplicatePerson[]>();
    expectTypeOf<LikelyDuplicatePerson['reason']>().toEqualTypeOf<DuplicatePersonReason>();
    expectTypeOf<Deputy['personId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf(safeCountPeople(deputies)).toEqualTypeOf<Result<PeopleCount, ValidationError>>();
    // @ts-expect-error: seats are deputy records
    countPeople([{ id: 'D-1' }]);
  });
});
