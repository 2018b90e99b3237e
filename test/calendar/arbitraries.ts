import * as fc from 'fast-check';
import { addCalendarDays } from '../../src/calendar/addCalendarDays.js';

/** Any real day from 1900-01-01 to 2099-12-31. */
export const dayArbitrary: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 73_048 })
  .map((offset) => addCalendarDays('1900-01-01', offset));

/** A day in the official calendar's years, 2020–2026. */
export const officialDayArbitrary: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 2556 })
  .map((offset) => addCalendarDays('2020-01-01', offset));

/** An instant (epoch ms) from 1900 to 2100. */
export const epochArbitrary: fc.Arbitrary<number> = fc.integer({
  min: -2_208_988_800_000,
  max: 4_102_444_800_000,
});
