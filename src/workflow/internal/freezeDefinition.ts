import { setOwn } from '../../internal/deepFreeze.js';
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

/**
 * The frozen copies made for one definition, by original: a table many events share (a payload's
 * field names) is copied once, which was most of the work of defining a workflow at import.
 */
type Copies = Map<object, unknown>;

/** A frozen copy of plain data (arrays and objects), leaving functions as they are. */
function copyData(value: unknown, depth: number, copies: Copies): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_DEPTH) throw tooDeep();
  const known = copies.get(value);
  if (known !== undefined) return known;
  let copy: unknown;
  if (Array.isArray(value)) {
    copy = Object.freeze(value.map((item) => copyData(item, depth + 1, copies)));
  } else {
    const fields: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      setOwn(fields, key, copyData(item, depth + 1, copies));
    }
    copy = Object.freeze(fields);
  }
  copies.set(value, copy);
  return copy;
}

/** Copies a spec and freezes its data, leaving the payload schema and functions alone. */
function freezeSpec(spec: Spec, copies: Copies): Spec {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(spec)) {
    // A zod schema caches lazily on itself, so freezing it would break it; functions are code.
    setOwn(copy, key, key === 'payload' ? value : copyData(value, 2, copies));
  }
  return Object.freeze(copy);
}

function freezeTable(table: Readonly<Record<string, unknown>>, copies: Copies): Spec {
  const copy: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(table)) {
    setOwn(copy, name, freezeSpec(spec as Spec, copies));
  }
  return Object.freeze(copy);
}

/**
 * A deep-frozen copy of a checked definition: every state, event and guard table is copied to
 * its leaves and frozen, so freezing never reaches the caller's objects; payload schemas and
 * functions are shared as they are. The result is recorded as a workflow made here.
 */
export function freezeDefinition<T>(def: LooseDefinition): T {
  const copies: Copies = new Map();
  return markDefined(
    Object.freeze({
      id: def.id,
      version: def.version,
      types: Object.freeze({}),
      initial: def.initial,
      states: freezeTable(def.states, copies),
      events: freezeTable(def.events, copies),
      guards: freezeTable(def.guards, copies),
      ...(def.rulesVersion === undefined
        ? {}
        : { rulesVersion: freezeSpec(def.rulesVersion as Spec, copies) }),
      ...(def.agentPolicy === undefined
        ? {}
        : { agentPolicy: freezeSpec(def.agentPolicy as Spec, copies) }),
    }),
  ) as T;
}
