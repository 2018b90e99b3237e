import { freeze } from 'immer';
import type { LooseDefinition } from './validateDefinition.js';

type Spec = Readonly<Record<string, unknown>>;

/** Copies one level of a spec and deep-freezes its data, leaving schemas and functions alone. */
function freezeSpec(spec: Spec): Spec {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(spec)) {
    // A zod schema caches lazily on itself, so freezing it would break it; functions are code.
    copy[key] =
      key === 'payload' || typeof value === 'function'
        ? value
        : freeze(
            Array.isArray(value)
              ? [...value]
              : value && typeof value === 'object'
                ? { ...value }
                : value,
            true,
          );
  }
  return Object.freeze(copy);
}

function freezeTable(table: Readonly<Record<string, unknown>>): Spec {
  const copy: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(table)) copy[name] = freezeSpec(spec as Spec);
  return Object.freeze(copy);
}

/**
 * A deep-frozen copy of a checked definition: every state, event and guard table is copied and
 * frozen, so freezing never reaches the caller's objects; payload schemas and functions are
 * shared as they are.
 */
export function freezeDefinition<T>(def: LooseDefinition): T {
  return Object.freeze({
    id: def.id,
    version: def.version,
    types: Object.freeze({}),
    initial: def.initial,
    states: freezeTable(def.states),
    events: freezeTable(def.events),
    guards: freezeTable(def.guards),
    ...(def.rulesVersion === undefined
      ? {}
      : { rulesVersion: freezeSpec(def.rulesVersion as Spec) }),
  }) as T;
}
