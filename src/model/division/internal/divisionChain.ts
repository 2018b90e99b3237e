import { DIVISION_LEVELS, type DivisionLevel } from '../divisionLevels.js';
import { CODE_ARGUMENT, type CodeArgument, throwDivisionError } from './divisionIssue.js';
import { type DivisionReading, readDivisionCode } from './readDivisionCode.js';

/** Reads a code or throws the RendaError naming the argument (internal). */
export function readOrThrow(
  value: unknown,
  argument: CodeArgument = CODE_ARGUMENT,
): DivisionReading {
  const read = readDivisionCode(value, argument);
  if (!read.ok) throwDivisionError(read.error);
  return read.value;
}

/**
 * A valid code and every division above it, nearest first, up to its province (internal). At
 * most five readings: a parent derived from a valid code is always valid.
 */
export function chainOf(reading: DivisionReading): DivisionReading[] {
  const chain = [reading];
  let current = reading;
  while (current.parent !== null) {
    current = readOrThrow(current.parent);
    chain.push(current);
  }
  return chain;
}

/** The depth of a level, 0 for a province. */
export const depthOf = (level: DivisionLevel): number => DIVISION_LEVELS.indexOf(level);
