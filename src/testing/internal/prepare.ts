import type { SampleOptions } from '../sampleTypes.js';
import type { SampleContext } from './context.js';
import { createContext } from './createContext.js';
import { buildRoster, type Roster } from './roster.js';

/** The context and roster of a sample's options (defaults: size `'town'`, year 2025). */
export function prepare(options: SampleOptions): { ctx: SampleContext; roster: Roster } {
  const ctx = createContext(options.seed, options.size ?? 'town', options.year ?? 2025);
  return { ctx, roster: buildRoster(ctx) };
}
