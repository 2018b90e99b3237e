import { expect } from 'vitest';
import { RendaError } from '../../../src/model/shared/validationError.js';

/** The `INVALID_WORKFLOW` error `run` throws, its zh-Hans and en messages apart. */
export function thrownDefinitionError(run: () => unknown): { zh: string; en: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RendaError);
    const { code, message } = (error as RendaError).detail;
    expect(code).toBe('INVALID_WORKFLOW');
    return { zh: message['zh-Hans'], en: message.en };
  }
  return expect.unreachable('expected an INVALID_WORKFLOW error');
}

/** Three English words in a row: an English sentence left in a Chinese message. */
export const ENGLISH_SENTENCE = /[A-Za-z]+ [A-Za-z]+ [A-Za-z]+/;
