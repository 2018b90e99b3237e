import { deepFreeze } from '../internal/deepFreeze.js';
import type { Motion } from '../model/motion.js';
import type { CongressLevel } from '../model/shared/congress.js';
import { neverThrow } from '../model/shared/neverThrow.js';
import type { Result } from '../model/shared/result.js';
import { RendaError, type ValidationError } from '../model/shared/validationError.js';
import type { Suggestion } from '../model/suggestion.js';
import { createMotion } from '../suggestion/motion/createMotion.js';
import { MOTION_THRESHOLDS } from '../suggestion/motion/motionThreshold.js';
import type { MotionRole } from '../suggestion/motion/motionTypes.js';
import { motionWorkflow } from '../suggestion/motion/motionWorkflow.js';
import { suggestionFromMotion } from '../suggestion/motion/suggestionFromMotion.js';
import { defaultPolicy } from '../suggestion/policy.js';
import { transition } from '../workflow/transition.js';
import { createRandom } from './internal/random.js';
import { checkedSeedAndCount, refused } from './internal/sampleOptions.js';

/**
 * The options of {@link generateMotionSample}: the seed, and how many motions (default 40).
 *
 * @example
 * ```ts
 * import type { MotionSampleOptions } from 'renda/testing';
 *
 * const options: MotionSampleOptions = { seed: 7, count: 100 };
 * ```
 * @category Testing
 */
export interface MotionSampleOptions {
  /** The seed: the same seed gives the same sample. A whole number. */
  readonly seed: number;
  /** How many motions, 1 to 10,000 (default 40). Every path appears once there are 17 or more. */
  readonly count?: number;
}

/**
 * A sample of motions (议案样本): the motions, the suggestions made from those handled as
 * suggestions, and the moment they are all seen at.
 *
 * @example
 * ```ts
 * import type { MotionSample } from 'renda/testing';
 *
 * const converted = (s: MotionSample) => s.suggestions.length;
 * ```
 * @category Testing
 */
export interface MotionSample {
  /** The motions, in every state. */
  readonly motions: readonly Motion[];
  /** The suggestions made from motions (`convertedFromMotion`), under `defaultPolicy`. */
  readonly suggestions: readonly Suggestion[];
  /** A moment after every event of the sample. */
  readonly asOf: string;
}

type Step =
  | readonly ['decide', 'putOnAgenda' | 'referToCommittee' | 'handleAsSuggestion' | 'notOnAgenda']
  | readonly ['report', 'putOnAgenda' | 'notOnAgenda']
  | readonly ['request']
  | readonly ['consent', 'approved' | 'refused']
  | readonly ['vote', 'adopted' | 'notAdopted']
  | readonly ['convert'];

// Every path a motion can take, each walked with the workflow itself, so every record replays.
const PATHS: readonly (readonly Step[] | 'draft')[] = [
  [
    ['decide', 'putOnAgenda'],
    ['vote', 'adopted'],
  ],
  [
    ['decide', 'putOnAgenda'],
    ['vote', 'notAdopted'],
  ],
  [['decide', 'putOnAgenda']],
  [
    ['decide', 'referToCommittee'],
    ['report', 'putOnAgenda'],
    ['decide', 'putOnAgenda'],
    ['vote', 'adopted'],
  ],
  [
    ['decide', 'referToCommittee'],
    ['report', 'notOnAgenda'],
    ['decide', 'notOnAgenda'],
  ],
  [
    ['decide', 'referToCommittee'],
    ['report', 'notOnAgenda'],
    ['decide', 'handleAsSuggestion'],
    ['convert'],
  ],
  [['decide', 'referToCommittee']],
  [
    ['decide', 'referToCommittee'],
    ['report', 'putOnAgenda'],
  ],
  [['decide', 'handleAsSuggestion'], ['convert']],
  [['decide', 'handleAsSuggestion']],
  [['request'], ['consent', 'approved']],
  [['decide', 'putOnAgenda'], ['request'], ['consent', 'refused'], ['vote', 'adopted']],
  [['decide', 'putOnAgenda'], ['request'], ['consent', 'approved']],
  [['decide', 'referToCommittee'], ['request'], ['consent', 'approved']],
  [],
  [['request']],
  'draft',
];

const LEVELS: readonly CongressLevel[] = ['national', 'provincial', 'city', 'county', 'township'];
const COMMITTEES = ['C-LAW', 'C-EDU', 'C-ENV', 'C-FIN'];
const TOPICS = ['教育', '生态环境', '农业农村', '财政预算', '城乡建设'];
const SUBJECTS = ['农村道路养护', '学前教育', '河道治理', '基层医疗', '老旧小区改造', '乡村学校'];
const HOUR = 3_600_000;

function walk(
  index: number,
  path: (typeof PATHS)[number],
  seed: number,
): { motion: Motion; suggestion?: Suggestion; last: number } {
  const random = createRandom(seed, `motion-${index}`);
  const level = random.pick(LEVELS);
  const threshold = MOTION_THRESHOLDS[level];
  const byDelegation = threshold.delegation && random.chance(0.3);
  const signers = byDelegation ? random.int(1, 3) : threshold.deputies + random.int(0, 8);
  const proposers = Array.from({ length: signers }, (_, i) => ({
    deputyId: `D-${level}-${(index * 7 + i * 13) % 997}-${i}`,
    role: i === 0 ? ('lead' as const) : ('co' as const),
  }));
  const lead = proposers[0]?.deputyId as string;
  const subject = random.pick(SUBJECTS);
  let time = Date.UTC(2025, 0, 6, 1, 0) + index * 5 * HOUR + random.int(0, 60) * 60_000;
  const iso = () => new Date(time).toISOString();
  let motion = createMotion(
    {
      id: `M-${String(index + 1).padStart(4, '0')}`,
      congress: {
        jurisdiction: level === 'national' ? '100000' : '330200',
        level,
        term: level === 'national' ? 14 : 16,
      },
      session: random.int(1, 5),
      title: `关于${subject}的议案`,
      grounds: `${subject}存在突出问题，群众反映强烈`,
      basis: `依据有关法律法规和实地调研情况`,
      solution: `建议制定${subject}专项办法并列入年度计划`,
      topic: random.pick(TOPICS),
      proposers,
      ...(byDelegation ? { delegationId: `DEL-${random.int(1, 35)}` } : {}),
    },
    { at: iso() },
  );
  if (path === 'draft') return { motion, last: time };
  const apply = (role: MotionRole, id: string, event: unknown) => {
    time += random.int(2, 72) * HOUR;
    motion = transition(motion, event as { type: 'submit' }, {
      workflow: motionWorkflow,
      actor: { role, id },
      at: iso(),
      context: undefined,
    }).record;
  };
  apply('deputy', lead, { type: 'submit' });
  let suggestion: Suggestion | undefined;
  const committee = random.pick(COMMITTEES);
  for (const step of path) {
    switch (step[0]) {
      case 'decide':
        apply('presidium', 'PRESIDIUM', {
          type: 'decide',
          payload: {
            decision: step[1],
            ...(step[1] === 'referToCommittee' ? { committeeId: committee } : {}),
          },
        });
        break;
      case 'report':
        apply('specialCommittee', committee, {
          type: 'reportReview',
          payload: { recommendation: step[1], content: `${committee}审议结果报告` },
        });
        break;
      case 'request':
        apply('deputy', lead, { type: 'requestWithdrawal', payload: { reason: '情况已变化' } });
        break;
      case 'consent':
        apply('presidium', 'PRESIDIUM', {
          type: 'decideWithdrawal',
          payload: { decision: step[1] },
        });
        break;
      case 'vote': {
        const present = random.int(150, 3000);
        const against = step[1] === 'adopted' ? random.int(0, present >> 3) : (present >> 1) + 1;
        apply('secretariat', 'SECRETARIAT', {
          type: 'vote',
          payload: { result: step[1], for: present - against, against, abstain: 0 },
        });
        break;
      }
      case 'convert': {
        time += random.int(2, 72) * HOUR;
        const converted = suggestionFromMotion(motion, {
          id: `S-M-${String(index + 1).padStart(4, '0')}`,
          at: iso(),
          policy: defaultPolicy,
          officeId: 'OFFICE-1',
        });
        motion = converted.motion;
        suggestion = converted.suggestion;
        break;
      }
    }
  }
  return suggestion === undefined ? { motion, last: time } : { motion, suggestion, last: time };
}

/**
 * A deterministic sample of motions (生成议案样本) in every state, without throwing: the checked
 * twin of {@link generateMotionSample}.
 *
 * @param options - The seed and the count.
 * @returns The frozen sample, or `INVALID_INPUT` for bad options.
 * @example
 * ```ts
 * import { safeGenerateMotionSample } from 'renda/testing';
 *
 * const result = safeGenerateMotionSample({ seed: 1.5 });
 * if (!result.ok) console.log(result.error.code); // 'INVALID_INPUT'
 * ```
 * @category Testing
 */
export function safeGenerateMotionSample(
  options: MotionSampleOptions,
): Result<MotionSample, ValidationError> {
  return neverThrow<MotionSample, ValidationError>(
    () => {
      const checked = checkedSeedAndCount(options, 40);
      if ('error' in checked) return { ok: false, error: checked.error };
      const { seed, count } = checked;
      const motions: Motion[] = [];
      const suggestions: Suggestion[] = [];
      let last = 0;
      for (let i = 0; i < count; i++) {
        const made = walk(i, PATHS[i % PATHS.length] as (typeof PATHS)[number], seed);
        motions.push(made.motion);
        if (made.suggestion) suggestions.push(made.suggestion);
        last = Math.max(last, made.last);
      }
      const asOf = new Date(last + HOUR).toISOString();
      return Object.freeze({
        ok: true as const,
        value: deepFreeze({ motions, suggestions, asOf }),
      });
    },
    () => refused([], '可读取的对象', 'a readable object'),
  );
}

/**
 * Generates a sample of motions (生成议案样本): every path of the motion workflow, at every level,
 * for demos, docs and an app's own tests.
 *
 * @remarks
 * Deterministic (a seeded generator, never the clock). Each motion is walked with
 * {@link motionWorkflow} itself (so each replays and passes `verifyMotion`), cycling through 17
 * paths: put on the agenda then adopted, not adopted or still awaiting the vote; referred to a
 * committee then put on the agenda and adopted, left off the agenda, handled as a suggestion,
 * awaiting the report or awaiting the decision on it; handled as a suggestion, converted or not
 * yet; withdrawn with consent before a decision, under review or on the agenda; a refused
 * withdrawal then adopted; a pending withdrawal; submitted awaiting a decision; a draft. Levels
 * are random, with the signers the threshold needs (sometimes an NPC delegation). Motions
 * handled as suggestions and converted come with their suggestions (`suggestionFromMotion`,
 * under `defaultPolicy`).
 * @param options - The seed and the count (default 40).
 * @returns The frozen sample.
 * @throws RendaError `INVALID_INPUT` for bad options.
 * @example
 * ```ts
 * import { generateMotionSample } from 'renda/testing';
 *
 * const { motions, suggestions } = generateMotionSample({ seed: 1 });
 * console.log(motions.length, suggestions.every((s) => s.convertedFromMotion !== undefined)); // 40 true
 * ```
 * @category Testing
 */
export function generateMotionSample(options: MotionSampleOptions): MotionSample {
  const result = safeGenerateMotionSample(options);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
