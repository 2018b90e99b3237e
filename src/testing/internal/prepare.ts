import { RendaError } from '../../model/shared/validationError.js';
import type { SampleOptions } from '../sampleTypes.js';
import type { SampleContext } from './context.js';
import { createContext } from './createContext.js';
import { buildRoster, type Roster } from './roster.js';
import { checkedOptions } from './sampleOptions.js';

/** The context and roster of a sample's options (defaults: size `'town'`, year 2025). */
export function prepare(options: SampleOptions): { ctx: SampleContext; roster: Roster } {
  // The lazy samples (streamSample, sampleSuggestions, sampleActivities) refuse bad options as
  // generateSample does: a RendaError naming the option, when iteration starts.
  const checked = checkedOptions(options);
  if ('error' in checked) throw new RendaError(checked.error);
  const { seed, size, year } = checked.options;
  const ctx = createContext(seed, size ?? 'town', year ?? 2025);
  return { ctx, roster: buildRoster(ctx) };
}
