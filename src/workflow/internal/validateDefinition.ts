import { quote } from '../../internal/quote.js';
import { LOCALES } from '../../model/shared/localized.js';
import { RendaError } from '../../model/shared/validationError.js';
import { STATE_CATEGORIES, type WorkflowDefinitionError } from '../types.js';

/** The loose runtime shape every definition is checked against. */
export interface LooseDefinition {
  readonly id: unknown;
  readonly version: unknown;
  readonly initial: unknown;
  readonly states: Readonly<Record<string, unknown>>;
  readonly events: Readonly<Record<string, unknown>>;
  readonly guards: Readonly<Record<string, unknown>>;
  readonly rulesVersion?: unknown;
  readonly agentPolicy?: unknown;
}

/** One definition problem, in Chinese and English. */
export interface DefinitionProblem {
  readonly zh: string;
  readonly en: string;
}

/** The most problems one error lists; a definition broken in a thousand places lists the first fifty. */
const MAX_LISTED = 50;

/** Joins problems into the bilingual `INVALID_WORKFLOW` error, `prefix` naming the definition. */
export function definitionError(
  prefix: { readonly zh: string; readonly en: string },
  problems: readonly DefinitionProblem[],
): RendaError {
  const listed = problems.slice(0, MAX_LISTED);
  const more = problems.length - listed.length;
  const tail =
    more > 0
      ? { zh: `；另有 ${more} 处问题`, en: `; and ${more} more problems` }
      : { zh: '', en: '' };
  return new RendaError({
    code: 'INVALID_WORKFLOW',
    message: {
      'zh-Hans': `${prefix.zh}：${listed.map((p) => p.zh).join('；')}${tail.zh}`,
      en: `${prefix.en}: ${listed.map((p) => p.en).join('; ')}${tail.en}`,
    },
  });
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

function checkLabel(
  v: unknown,
  where: DefinitionProblem,
  locales: readonly string[],
  problems: DefinitionProblem[],
) {
  if (!isObject(v) || !locales.every((l) => isText(v[l]))) {
    problems.push({
      zh: `${where.zh}须为每种语言（${locales.join('、')}）提供文本`,
      en: `${where.en} needs a text for each of ${locales.join(', ')}`,
    });
  }
}

/** `rulesVersion`, when given: an `of` function and, optionally, the name of an event. */
function checkRulesVersion(
  spec: unknown,
  events: Readonly<Record<string, unknown>>,
  problems: DefinitionProblem[],
): void {
  if (spec === undefined) return;
  if (!isObject(spec) || typeof spec.of !== 'function') {
    problems.push({
      zh: 'rulesVersion 须为含 of 函数的对象',
      en: 'rulesVersion must be an object with an of function',
    });
    return;
  }
  const migrate = spec.migrateEvent;
  if (migrate !== undefined && (typeof migrate !== 'string' || !Object.hasOwn(events, migrate))) {
    problems.push({
      zh: `rulesVersion.migrateEvent「${quote(migrate)}」不是已定义的事件`,
      en: `rulesVersion.migrateEvent "${quote(migrate)}" is not an event`,
    });
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
  at: DefinitionProblem,
  states: Readonly<Record<string, unknown>>,
  problems: DefinitionProblem[],
): void {
  const hasState = (s: unknown) => typeof s === 'string' && Object.hasOwn(states, s);
  const checkList = (list: unknown, where: string) => {
    if (!Array.isArray(list) || list.length === 0) {
      problems.push({
        zh: `${at.zh}的 ${where} 须为非空的状态列表`,
        en: `${at.en} ${where} must be a non-empty list of states`,
      });
      return;
    }
    for (const s of list) {
      if (!hasState(s)) {
        problems.push({
          zh: `${at.zh}的目标「${quote(s)}」不是已定义的状态`,
          en: `${at.en} target "${quote(s)}" is not a state`,
        });
      }
    }
  };
  const { to, targets } = event;
  if (to === undefined) {
    if (targets !== undefined) {
      problems.push({
        zh: `${at.zh}停留在原状态（无 to），不得列出 targets`,
        en: `${at.en} stays (no to) and must not list targets`,
      });
    }
  } else if (typeof to === 'function') {
    if (targets === undefined || (Array.isArray(targets) && targets.length === 0)) {
      problems.push({
        zh: `${at.zh}的 to 为函数，须列出可能的目标状态（targets）`,
        en: `${at.en} has a function target and must list its targets`,
      });
    } else if (Array.isArray(targets)) {
      checkList(targets, 'targets');
    } else if (!isObject(targets)) {
      problems.push({
        zh: `${at.zh}的 targets 须为状态列表或按来源状态的映射`,
        en: `${at.en} targets must be a list of states or a map by source state`,
      });
    } else {
      const sources = sourcesOf(event.from, states) ?? [];
      for (const source of Object.keys(targets)) {
        if (!sources.includes(source)) {
          problems.push({
            zh: `${at.zh}的 targets 列出了「${quote(source)}」，但该事件不从此状态发出`,
            en: `${at.en} targets names "${quote(source)}", which the event does not leave`,
          });
        } else checkList(targets[source], `targets.${quote(source)}`);
      }
      for (const source of sources) {
        if (!Object.hasOwn(targets, source)) {
          problems.push({
            zh: `${at.zh}的 targets 缺少来源状态「${quote(source)}」`,
            en: `${at.en} targets has no entry for source state "${quote(source)}"`,
          });
        }
      }
    }
  } else if (!hasState(to)) {
    problems.push({
      zh: `${at.zh}的目标状态「${quote(to)}」不是已定义的状态`,
      en: `${at.en} to "${quote(to)}" is not a state`,
    });
  } else if (targets !== undefined) {
    problems.push({
      zh: `${at.zh}的目标状态固定，不得列出 targets`,
      en: `${at.en} has a fixed target and must not list targets`,
    });
  }
}

/**
 * Checks a workflow definition and throws one `RendaError` (`INVALID_WORKFLOW`) listing every
 * problem: a definition error is a developer's bug, found when the module loads.
 */
export function validateDefinition(def: LooseDefinition): void {
  const problems: DefinitionProblem[] = [];
  if (!isText(def.id))
    problems.push({ zh: 'id 须为非空字符串', en: 'id must be a non-empty string' });
  if (typeof def.version !== 'number' || !Number.isInteger(def.version) || def.version < 1) {
    problems.push({ zh: 'version 须为正整数', en: 'version must be a positive integer' });
  }
  if (!isObject(def.states) || Object.keys(def.states).length === 0) {
    problems.push({ zh: 'states 须至少列出一个状态', en: 'states must list at least one state' });
  }
  const states = isObject(def.states) ? def.states : {};
  const guards = isObject(def.guards) ? def.guards : {};
  const hasState = (s: unknown) => typeof s === 'string' && Object.hasOwn(states, s);
  const isTerminal = (s: string) => isObject(states[s]) && states[s].terminal === true;

  if (!hasState(def.initial)) {
    problems.push({
      zh: `初始状态「${quote(def.initial)}」不是已定义的状态`,
      en: `initial state "${quote(def.initial)}" is not a state`,
    });
  }
  for (const [name, state] of Object.entries(states)) {
    const at = { zh: `状态「${quote(name)}」`, en: `state "${quote(name)}"` };
    if (!isObject(state)) {
      problems.push({ zh: `${at.zh}须为对象`, en: `${at.en} must be an object` });
      continue;
    }
    checkLabel(state.label, { zh: `${at.zh}的标签`, en: `${at.en} label` }, LOCALES, problems);
    if (!(STATE_CATEGORIES as readonly unknown[]).includes(state.category)) {
      problems.push({
        zh: `${at.zh}的类别须为 ${STATE_CATEGORIES.join('、')} 之一`,
        en: `${at.en} category must be one of ${STATE_CATEGORIES.join(', ')}`,
      });
    }
  }
  for (const [name, guard] of Object.entries(guards)) {
    const at = { zh: `守卫条件「${quote(name)}」`, en: `guard "${quote(name)}"` };
    if (!isObject(guard) || typeof guard.check !== 'function') {
      problems.push({ zh: `${at.zh}须有 check 函数`, en: `${at.en} needs a check function` });
      continue;
    }
    const where = { zh: `${at.zh}的提示信息`, en: `${at.en} message` };
    checkLabel(guard.message, where, ['zh-Hans', 'en'], problems);
  }
  if (!isObject(def.events))
    problems.push({ zh: 'events 须为对象', en: 'events must be an object' });
  for (const [name, event] of Object.entries(isObject(def.events) ? def.events : {})) {
    const at = { zh: `事件「${quote(name)}」`, en: `event "${quote(name)}"` };
    if (!isObject(event)) {
      problems.push({ zh: `${at.zh}须为对象`, en: `${at.en} must be an object` });
      continue;
    }
    checkLabel(event.label, { zh: `${at.zh}的标签`, en: `${at.en} label` }, LOCALES, problems);
    const { roleLabels } = event as { readonly roleLabels?: unknown };
    if (roleLabels !== undefined) {
      if (!isObject(roleLabels)) {
        problems.push({
          zh: `${at.zh}的 roleLabels 须为角色到名称的映射`,
          en: `${at.en} roleLabels must map roles to labels`,
        });
      } else {
        for (const [role, roleLabel] of Object.entries(roleLabels)) {
          const where = {
            zh: `${at.zh}对角色「${quote(role)}」的标签`,
            en: `${at.en} label for role "${quote(role)}"`,
          };
          checkLabel(roleLabel, where, LOCALES, problems);
        }
      }
    }
    if (!Array.isArray(event.from) || event.from.length === 0) {
      problems.push({ zh: `${at.zh}的 from 须为非空列表`, en: `${at.en} needs a non-empty from` });
    } else {
      for (const s of event.from) {
        if (s === '*') continue;
        if (!hasState(s)) {
          problems.push({
            zh: `${at.zh}的来源状态「${quote(s)}」不是已定义的状态`,
            en: `${at.en} from "${quote(s)}" is not a state`,
          });
        } else if (isTerminal(s)) {
          problems.push({
            zh: `${at.zh}不能从终态「${quote(s)}」发出`,
            en: `${at.en} cannot leave terminal state "${quote(s)}"`,
          });
        }
      }
    }
    checkTarget(event, at, states, problems);
    if (!Array.isArray(event.roles) || event.roles.length === 0 || !event.roles.every(isText)) {
      problems.push({
        zh: `${at.zh}须列出至少一个角色`,
        en: `${at.en} needs a non-empty list of roles`,
      });
    }
    const { agentRoles } = event as { readonly agentRoles?: unknown };
    if (
      agentRoles !== undefined &&
      (!Array.isArray(agentRoles) || agentRoles.length === 0 || !agentRoles.every(isText))
    ) {
      problems.push({
        zh: `${at.zh}的 agentRoles（代为操作角色）须为非空的角色列表`,
        en: `${at.en} agentRoles must be a non-empty list of roles`,
      });
    }
    if (event.guards !== undefined) {
      if (!Array.isArray(event.guards)) {
        problems.push({
          zh: `${at.zh}的 guards 须为守卫条件名称列表`,
          en: `${at.en} guards must be a list of names`,
        });
      } else {
        for (const g of event.guards) {
          if (typeof g !== 'string' || !Object.hasOwn(guards, g)) {
            problems.push({
              zh: `${at.zh}引用的守卫条件「${quote(g)}」未定义`,
              en: `${at.en} guard "${quote(g)}" is not defined`,
            });
          }
        }
      }
    }
    if (event.effect !== undefined && typeof event.effect !== 'function') {
      problems.push({ zh: `${at.zh}的 effect 须为函数`, en: `${at.en} effect must be a function` });
    }
    if (
      event.payload !== undefined &&
      (!isObject(event.payload) || typeof event.payload.safeParse !== 'function')
    ) {
      problems.push({
        zh: `${at.zh}的载荷（payload）须为 zod 模式`,
        en: `${at.en} payload must be a zod schema`,
      });
    }
    const names = event.fieldNames;
    if (
      names !== undefined &&
      (!isObject(names) ||
        !Object.values(names).every((n) => isObject(n) && isText(n['zh-Hans']) && isText(n.en)))
    ) {
      problems.push({
        zh: `${at.zh}的字段名称（fieldNames）须为字段到中英文名称的映射`,
        en: `${at.en} fieldNames must map each field to its Chinese and English names`,
      });
    }
  }
  checkRulesVersion(def.rulesVersion, isObject(def.events) ? def.events : {}, problems);
  const { agentPolicy } = def;
  if (
    agentPolicy !== undefined &&
    (!isObject(agentPolicy) || typeof agentPolicy.allows !== 'function')
  ) {
    problems.push({
      zh: 'agentPolicy（代为操作规则）须为含 allows 函数的对象',
      en: 'agentPolicy must be an object with an allows function',
    });
  }
  if (problems.length > 0) {
    const id = quote(def.id);
    throw definitionError(
      { zh: `流程定义「${id}」有误`, en: `workflow definition "${id}" is invalid` },
      problems,
    );
  }
}

/**
 * The `INVALID_WORKFLOW` error value for whatever checking a definition threw: a RendaError of
 * ours keeps its text; anything else (a Proxy's trap, a getter) means the definition could not be
 * read. Never throws, whatever was thrown.
 */
export function definitionFailure(
  thrown: unknown,
  prefix: { readonly zh: string; readonly en: string },
): WorkflowDefinitionError {
  try {
    if (thrown instanceof RendaError && thrown.code === 'INVALID_WORKFLOW') {
      const { message } = thrown.detail;
      return Object.freeze({
        code: 'INVALID_WORKFLOW',
        message: Object.freeze({ 'zh-Hans': message['zh-Hans'], en: message.en }),
      });
    }
  } catch {
    // `instanceof` runs a Proxy's getPrototypeOf trap; a value that throws there is not ours.
  }
  let why: string;
  try {
    why = quote(thrown instanceof Error ? thrown.message : thrown);
  } catch {
    why = '?';
  }
  return Object.freeze({
    code: 'INVALID_WORKFLOW',
    message: Object.freeze({
      'zh-Hans': `${prefix.zh}：无法读取（${why}）`,
      en: `${prefix.en}: it cannot be read (${why})`,
    }),
  });
}
