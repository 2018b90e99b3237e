import { LOCALES } from '../../model/shared/localized.js';
import { RendaError } from '../../model/shared/validationError.js';
import { STATE_CATEGORIES } from '../types.js';

/** The loose runtime shape every definition is checked against. */
export interface LooseDefinition {
  readonly id: unknown;
  readonly version: unknown;
  readonly initial: unknown;
  readonly states: Readonly<Record<string, unknown>>;
  readonly events: Readonly<Record<string, unknown>>;
  readonly guards: Readonly<Record<string, unknown>>;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

function checkLabel(v: unknown, where: string, locales: readonly string[], problems: string[]) {
  if (!isObject(v) || !locales.every((l) => isText(v[l]))) {
    problems.push(`${where} needs a text for each of ${locales.join(', ')}`);
  }
}

/** The states an event may leave, `'*'` expanded; `undefined` when `from` is malformed. */
function sourcesOf(from: unknown, states: Readonly<Record<string, unknown>>): string[] | undefined {
  if (!Array.isArray(from)) return undefined;
  if (!from.includes('*')) return from.filter((s): s is string => typeof s === 'string');
  return Object.keys(states).filter((s) => !(isObject(states[s]) && states[s].terminal === true));
}

/**
 * Checks `to` and `targets`: no `to` (the event stays) takes no `targets`; a state `to` must be a
 * state; a function `to` needs its `targets`, a non-empty list of states or a map giving every
 * source state (and only those) a non-empty list of states.
 */
function checkTarget(
  event: Record<string, unknown>,
  at: string,
  states: Readonly<Record<string, unknown>>,
  problems: string[],
): void {
  const hasState = (s: unknown) => typeof s === 'string' && Object.hasOwn(states, s);
  const checkList = (list: unknown, where: string) => {
    if (!Array.isArray(list) || list.length === 0) {
      problems.push(`${at} ${where} must be a non-empty list of states`);
      return;
    }
    for (const s of list) {
      if (!hasState(s)) problems.push(`${at} target "${String(s)}" is not a state`);
    }
  };
  const { to, targets } = event;
  if (to === undefined) {
    if (targets !== undefined) problems.push(`${at} stays (no to) and must not list targets`);
  } else if (typeof to === 'function') {
    if (targets === undefined || (Array.isArray(targets) && targets.length === 0)) {
      problems.push(`${at} has a function target and must list its targets`);
    } else if (Array.isArray(targets)) {
      checkList(targets, 'targets');
    } else if (!isObject(targets)) {
      problems.push(`${at} targets must be a list of states or a map by source state`);
    } else {
      const sources = sourcesOf(event.from, states) ?? [];
      for (const source of Object.keys(targets)) {
        if (!sources.includes(source)) {
          problems.push(`${at} targets names "${source}", which the event does not leave`);
        } else checkList(targets[source], `targets.${source}`);
      }
      for (const source of sources) {
        if (!Object.hasOwn(targets, source)) {
          problems.push(`${at} targets has no entry for source state "${source}"`);
        }
      }
    }
  } else if (!hasState(to)) {
    problems.push(`${at} to "${String(to)}" is not a state`);
  } else if (targets !== undefined) {
    problems.push(`${at} has a fixed target and must not list targets`);
  }
}

/**
 * Checks a workflow definition and throws one `RendaError` (`INVALID_WORKFLOW`) listing every
 * problem: a definition error is a developer's bug, found when the module loads.
 */
export function validateDefinition(def: LooseDefinition): void {
  const problems: string[] = [];
  if (!isText(def.id)) problems.push('id must be a non-empty string');
  if (typeof def.version !== 'number' || !Number.isInteger(def.version) || def.version < 1) {
    problems.push('version must be a positive integer');
  }
  if (!isObject(def.states) || Object.keys(def.states).length === 0) {
    problems.push('states must list at least one state');
  }
  const states = isObject(def.states) ? def.states : {};
  const guards = isObject(def.guards) ? def.guards : {};
  const hasState = (s: unknown) => typeof s === 'string' && Object.hasOwn(states, s);
  const isTerminal = (s: string) => isObject(states[s]) && states[s].terminal === true;

  if (!hasState(def.initial))
    problems.push(`initial state "${String(def.initial)}" is not a state`);
  for (const [name, state] of Object.entries(states)) {
    if (!isObject(state)) {
      problems.push(`state "${name}" must be an object`);
      continue;
    }
    checkLabel(state.label, `state "${name}" label`, LOCALES, problems);
    if (!(STATE_CATEGORIES as readonly unknown[]).includes(state.category)) {
      problems.push(`state "${name}" category must be one of ${STATE_CATEGORIES.join(', ')}`);
    }
  }
  for (const [name, guard] of Object.entries(guards)) {
    if (!isObject(guard) || typeof guard.check !== 'function') {
      problems.push(`guard "${name}" needs a check function`);
      continue;
    }
    checkLabel(guard.message, `guard "${name}" message`, ['zh-Hans', 'en'], problems);
  }
  if (!isObject(def.events)) problems.push('events must be an object');
  for (const [name, event] of Object.entries(isObject(def.events) ? def.events : {})) {
    const at = `event "${name}"`;
    if (!isObject(event)) {
      problems.push(`${at} must be an object`);
      continue;
    }
    checkLabel(event.label, `${at} label`, LOCALES, problems);
    if (!Array.isArray(event.from) || event.from.length === 0) {
      problems.push(`${at} needs a non-empty from`);
    } else {
      for (const s of event.from) {
        if (s === '*') continue;
        if (!hasState(s)) problems.push(`${at} from "${String(s)}" is not a state`);
        else if (isTerminal(s)) problems.push(`${at} cannot leave terminal state "${s}"`);
      }
    }
    checkTarget(event, at, states, problems);
    if (!Array.isArray(event.roles) || event.roles.length === 0 || !event.roles.every(isText)) {
      problems.push(`${at} needs a non-empty list of roles`);
    }
    if (event.guards !== undefined) {
      if (!Array.isArray(event.guards)) problems.push(`${at} guards must be a list of names`);
      else {
        for (const g of event.guards) {
          if (typeof g !== 'string' || !Object.hasOwn(guards, g)) {
            problems.push(`${at} guard "${String(g)}" is not defined`);
          }
        }
      }
    }
    if (event.effect !== undefined && typeof event.effect !== 'function') {
      problems.push(`${at} effect must be a function`);
    }
    if (
      event.payload !== undefined &&
      (!isObject(event.payload) || typeof event.payload.safeParse !== 'function')
    ) {
      problems.push(`${at} payload must be a zod schema`);
    }
  }
  if (problems.length > 0) {
    throw new RendaError({
      code: 'INVALID_WORKFLOW',
      message: {
        'zh-Hans': `流程定义「${String(def.id)}」有误：${problems.join('；')}`,
        en: `workflow definition "${String(def.id)}" is invalid: ${problems.join('; ')}`,
      },
    });
  }
}
