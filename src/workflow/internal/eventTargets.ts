import type { AnyWorkflow } from '../types.js';
import type { LooseEventSpec } from './eventChecks.js';

/** The states an event may leave, in state order for `'*'` (every non-terminal state). */
export function sourcesOf(workflow: AnyWorkflow, spec: LooseEventSpec): string[] {
  if (spec.from.includes('*')) {
    return Object.keys(workflow.states).filter((s) => workflow.states[s]?.terminal !== true);
  }
  return [...spec.from];
}

/**
 * The states the event may lead to from `source`, read from the data alone: the source itself
 * for an event that stays (no `to`), the fixed `to`, or the function's declared `targets` (the
 * list, or the source's entry in a per-source map).
 */
export function targetsFrom(spec: LooseEventSpec, source: string): readonly string[] {
  const { to, targets } = spec;
  if (to === undefined) return [source];
  if (typeof to === 'string') return [to];
  if (targets === undefined) return [];
  if (Array.isArray(targets)) return targets;
  const bySource = targets as Readonly<Record<string, readonly string[] | undefined>>;
  return (Object.hasOwn(bySource, source) ? bySource[source] : undefined) ?? [];
}
