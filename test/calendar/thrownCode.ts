import { RendaError } from '../../src/model/shared/validationError.js';

/** The `code` of the RendaError that `run` throws; fails the test if it throws nothing else. */
export function thrownCode(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof RendaError) return error.code;
    throw error;
  }
  throw new Error('expected a RendaError, but nothing was thrown');
}
