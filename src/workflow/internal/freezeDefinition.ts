import { RendaError } from '../../model/shared/validationError.js';
import { markDefined } from './definedWorkflows.js';
import type { LooseDefinition } from './validateDefinition.js';

type Spec = Readonly<Record<string, unknown>>;

/**
 * How deep a definition's data may nest (a label in a state in a table is three levels; a
 * `targets` map four). Deeper data is a mistake, or a cycle, and is refused instead of copied.
 */
const MAX_DEPTH = 16;

const tooDeep = () =>
  new RendaError({
    code: 'INVALID_WORKFLOW',
    message: {
      'zh-Hans': `流程定义的数据嵌套过深（超过 ${MAX_DEPTH} 层）或含有循环引用`,
      en: `the workflow definition nests deeper than ${MAX_DEPTH} levels or holds a cycle`,
    },
  });

/** Sets an own data property, so that a name such as `__proto__` stays a plain key. */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** A frozen copy of plain data (arrays and objects), leaving functions as they are. */
function copyData(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_DEPTH) throw tooDeep();
  if (Array.isArray(value)) return Object.freeze(value.map((item) => copyData(item, depth + 1)));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) put(copy, key, copyData(item, depth + 1));
  return Object.freeze(copy);
}

/** Copies a spec and freezes its data, leaving the payload schema and functions alone. */
function freezeSpec(spec: Spec): Spec {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(spec)) {
    // A zod schema caches lazily on itself, so freezing it would break it; functions are code.
    put(copy, key, key === 'payload' ? value : copyData(value, 2));
  }
  return Object.freeze(copy);
}

function freezeTable(table: Readonly<Record<string, unknown>>): Spec {
  const copy: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(table)) put(copy, name, freezeSpec(spec as Spec));
  return Object.freeze(copy);
}

/**
 * A deep-frozen copy of a checked definition: every state, event and guard table is copied to
 * its leaves and frozen, so freezing never reaches the caller's objects; payload schemas and
 * functions are shared as they are. The result is recorded as a workflow made here.
 */
export function freezeDefinition<T>(def: LooseDefinition): T {
  return markDefined(
    Object.freeze({
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
      ...(def.agentPolicy === undefined
        ? {}
        : { agentPolicy: freezeSpec(def.agentPolicy as Spec) }),
    }),
  ) as T;
}
