// What a throwing call threw, as the issue codes and paths the tests compare.
import { expect } from 'vitest';
import { RendaError } from '../../../src/model/shared/validationError.js';

/** The `INVALID_INPUT` issues' paths of the RendaError `call` throws; fails if it throws none. */
export function thrownPaths(call: () => unknown): unknown[][] {
  let thrown: unknown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(RendaError);
  const detail = (thrown as RendaError).detail as unknown as {
    code: string;
    issues: { path: unknown[] }[];
  };
  expect(detail.code).toBe('INVALID_INPUT');
  return detail.issues.map((i) => i.path);
}
