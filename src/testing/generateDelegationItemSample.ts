import { deepFreeze } from '../internal/deepFreeze.js';
import type { DelegationItem } from '../model/delegationItem.js';
import type { CongressLevel } from '../model/shared/congress.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationError } from '../model/shared/validationError.js';
import type { Suggestion } from '../model/suggestion.js';
import { createDelegationItem } from '../suggestion/delegation/createDelegationItem.js';
import type { DelegationItemRole } from '../suggestion/delegation/delegationItemTypes.js';
import { delegationItemWorkflow } from '../suggestion/delegation/delegationItemWorkflow.js';
import { consultedMembers } from '../suggestion/delegation/rules/consent.js';
import { suggestionFromDelegationItem } from '../suggestion/delegation/suggestionFromDelegationItem.js';
import { defaultPolicy } from '../suggestion/policy.js';
import { transition } from '../workflow/transition.js';
import type { WorkflowActor } from '../workflow/types.js';
import { createRandom } from './internal/random.js';
import { checkedSeedAndCount, refused } from './internal/sampleOptions.js';

/**
 * The options of {@link generateDelegationItemSample}: the seed, and how many items (default 24).
 *
 * @example
 * ```ts
 * import type { DelegationItemSampleOptions } from 'renda/testing';
 *
 * const options: DelegationItemSampleOptions = { seed: 7, count: 60 };
 * ```
 * @category Testing
 */
export interface DelegationItemSampleOptions {
  /** The seed: the same seed gives the same sample. A whole number. */
  readonly seed: number;
  /** How many items, 1 to 10,000 (default 24). Every path appears once there are 12 or more. */
  readonly count?: number;
}

/**
 * A sample of delegation items (代表团建议样本): the items, the suggestions made from those
 * submitted, and the moment they are all seen at.
 *
 * @example
 * ```ts
 * import type { DelegationItemSample } from 'renda/testing';
 *
 * const submitted = (s: DelegationItemSample) => s.suggestions.length;
 * ```
 * @category Testing
 */
export interface DelegationItemSample {
  /** The items, in every state. */
  readonly items: readonly DelegationItem[];
  /** The suggestions made from submitted items (`delegationId` set), under `defaultPolicy`. */
  readonly suggestions: readonly Suggestion[];
  /** A moment after every event of the sample. */
  readonly asOf: string;
}

type Step =
  | 'clue'
  | 'send'
  | 'approve'
  | 'headRefuses'
  | 'someConsent'
  | 'allConsent'
  | 'memberRefuses'
  | 'revise'
  | 'submit'
  | 'abandon';

// Every path an item can take, each walked with the workflow itself, so every record replays.
const PATHS: readonly (readonly Step[])[] = [
  ['clue', 'clue', 'send', 'approve', 'allConsent', 'submit'],
  ['clue', 'send', 'approve', 'allConsent'],
  ['clue', 'send', 'headRefuses'],
  ['clue', 'send', 'headRefuses', 'revise', 'send', 'approve', 'allConsent', 'submit'],
  ['clue', 'send', 'approve', 'someConsent', 'memberRefuses'],
  [
    'clue',
    'send',
    'approve',
    'someConsent',
    'memberRefuses',
    'revise',
    'send',
    'approve',
    'allConsent',
    'submit',
  ],
  ['clue', 'send', 'approve', 'someConsent'],
  ['clue', 'send'],
  ['clue', 'send', 'approve', 'memberRefuses', 'abandon'],
  ['clue', 'send', 'abandon'],
  ['clue', 'clue'],
  [],
];

const LEVELS: readonly CongressLevel[] = ['national', 'provincial', 'provincial', 'city'];
const SUBJECTS = [
  '湘江流域生态修复',
  '县域医疗共同体',
  '农村寄宿制学校',
  '油茶产业',
  '乡村公路养护',
];
const SOURCES = ['代表调研', '群众来信', '代表联络站', '专题座谈', '网上征集'];
const TOPICS = ['生态环境', '医疗卫生', '教育', '农业农村', '交通'];
const HOUR = 3_600_000;

function walk(
  index: number,
  path: readonly Step[],
  seed: number,
): { item: DelegationItem; suggestion?: Suggestion; last: number } {
  const random = createRandom(seed, `delegation-item-${index}`);
  const level = random.pick(LEVELS);
  const delegation = random.int(1, 14);
  const size = random.int(2, 9);
  const members = Array.from({ length: size }, (_, i) => `D-${level}-${delegation}-${i + 1}`);
  const headId = members[0] as string;
  const subject = random.pick(SUBJECTS);
  let time = Date.UTC(2025, 0, 6, 1, 0) + index * 7 * HOUR + random.int(0, 60) * 60_000;
  const iso = () => new Date(time).toISOString();
  let item = createDelegationItem(
    {
      id: `DI-${String(index + 1).padStart(4, '0')}`,
      congress: {
        jurisdiction: level === 'national' ? '100000' : '430000',
        level,
        term: 14,
      },
      session: random.int(1, 5),
      delegationId: `DEL-${delegation}`,
      title: `关于${subject}的建议`,
      content: `建议统筹资金和政策，推进${subject}。`,
      topic: random.pick(TOPICS),
      headId,
      members,
    },
    { at: iso() },
  );
  const office: WorkflowActor<DelegationItemRole> = {
    role: 'liaisonOffice',
    id: `OFFICE-${delegation}`,
  };
  const deputy = (id: string): WorkflowActor<DelegationItemRole> => ({ role: 'deputy', id });
  const apply = (actor: WorkflowActor<DelegationItemRole>, event: unknown) => {
    time += random.int(1, 48) * HOUR;
    item = transition(item, event as { type: 'submitForApproval' }, {
      workflow: delegationItemWorkflow,
      actor,
      at: iso(),
      context: undefined,
    }).record;
  };
  // Some members answer in person, some on paper keyed in by the office (代为录入).
  const answer = (deputyId: string, event: unknown) =>
    apply(
      random.chance(0.25) ? { ...office, onBehalfOf: deputy(deputyId) } : deputy(deputyId),
      event,
    );
  const asked = consultedMembers(item);
  let suggestion: Suggestion | undefined;
  for (const step of path) {
    const unanswered = asked.filter(
      (id) => !item.consents.some((c) => c.round === item.round && c.deputyId === id),
    );
    switch (step) {
      case 'clue': {
        const from = random.pick(members);
        apply(random.chance(0.5) ? deputy(from) : office, {
          type: 'addClue',
          payload: { source: random.pick(SOURCES), text: `${subject}：基层反映的问题与诉求` },
        });
        break;
      }
      case 'send':
        apply(office, { type: 'submitForApproval' });
        break;
      case 'approve':
        apply(deputy(headId), { type: 'approve' });
        break;
      case 'headRefuses':
        apply(deputy(headId), { type: 'refuseApproval', payload: { note: '请补充资金测算' } });
        break;
      case 'someConsent':
        // Leave at least one member unanswered, so the item stays awaiting consent.
        for (const id of unanswered.slice(0, Math.max(0, unanswered.length - 1))) {
          answer(id, { type: 'consent' });
        }
        break;
      case 'allConsent':
        for (const id of unanswered) answer(id, { type: 'consent' });
        break;
      case 'memberRefuses':
        // Delegations have two members or more, so someone is still to answer here.
        answer(unanswered.at(-1) as string, {
          type: 'refuseConsent',
          payload: { note: '建议范围过宽，宜聚焦重点' },
        });
        break;
      case 'revise':
        // The office revises the text in the draft: the app's edit, outside the workflow.
        item = deepFreeze({ ...item, content: `${item.content ?? ''}（修改稿）` });
        break;
      case 'submit': {
        time += random.int(1, 24) * HOUR;
        const made = suggestionFromDelegationItem(item, {
          id: `S-DI-${String(index + 1).padStart(4, '0')}`,
          at: iso(),
          policy: defaultPolicy,
          officeId: office.id,
        });
        item = made.item;
        suggestion = made.suggestion;
        break;
      }
      case 'abandon':
        apply(office, { type: 'abandon', payload: { reason: '内容已被其他建议吸收' } });
        break;
    }
  }
  return suggestion === undefined ? { item, last: time } : { item, suggestion, last: time };
}

/**
 * A deterministic sample of delegation items (生成代表团建议样本) in every state, without throwing:
 * the checked twin of {@link generateDelegationItemSample}.
 *
 * @param options - The seed and the count.
 * @returns The frozen sample, or `INVALID_INPUT` for bad options.
 * @example
 * ```ts
 * import { safeGenerateDelegationItemSample } from 'renda/testing';
 *
 * const result = safeGenerateDelegationItemSample({ seed: 1, count: 0 });
 * if (!result.ok) console.log(result.error.issues[0]?.path); // ['count']
 * ```
 * @category Testing
 */
export function safeGenerateDelegationItemSample(
  options: DelegationItemSampleOptions,
): Result<DelegationItemSample, ValidationError> {
  return neverThrow<DelegationItemSample, ValidationError>(
    () => {
      const checked = checkedSeedAndCount(options, 24);
      if ('error' in checked) return { ok: false, error: checked.error };
      const { seed, count } = checked;
      const items: DelegationItem[] = [];
      const suggestions: Suggestion[] = [];
      let last = 0;
      for (let i = 0; i < count; i++) {
        const made = walk(i, PATHS[i % PATHS.length] as readonly Step[], seed);
        items.push(made.item);
        if (made.suggestion) suggestions.push(made.suggestion);
        last = Math.max(last, made.last);
      }
      const asOf = new Date(last + HOUR).toISOString();
      return Object.freeze({
        ok: true as const,
        value: deepFreeze({ items, suggestions, asOf }),
      });
    },
    () => refused([], '可读取的对象', 'a readable object'),
  );
}

/**
 * Generates a sample of delegation items (生成代表团建议样本): every path of the delegation-item
 * workflow, for demos, docs and an app's own tests.
 *
 * @remarks
 * Deterministic (a seeded generator, never the clock). Each item is walked with
 * {@link delegationItemWorkflow} itself (so each replays and passes `verifyDelegationItem`),
 * cycling through 12 paths: every member consents and it is submitted, or awaits submission; the
 * head refuses, then (revised) approves and it is submitted; a member refuses, then (revised)
 * everyone consents and it is submitted; some members have answered; awaiting the head; a
 * member refuses and it is abandoned; abandoned while with the head; a draft with clues; an
 * empty draft. Delegations have 2 to 9 members, the first the head; some answers are keyed in
 * by the office for the member (`onBehalfOf`). Submitted items come with their suggestions
 * (`suggestionFromDelegationItem`, under `defaultPolicy`).
 * @param options - The seed and the count (default 24).
 * @returns The frozen sample.
 * @throws RendaError `INVALID_INPUT` for bad options.
 * @example
 * ```ts
 * import { generateDelegationItemSample } from 'renda/testing';
 *
 * const { items, suggestions } = generateDelegationItemSample({ seed: 1 });
 * console.log(items.length, suggestions.every((s) => s.delegationId !== undefined)); // 24 true
 * ```
 * @category Testing
 */
export function generateDelegationItemSample(
  options: DelegationItemSampleOptions,
): DelegationItemSample {
  const result = safeGenerateDelegationItemSample(options);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
