import * as z from 'zod';
import { deepFreeze } from '../../internal/deepFreeze.js';
import { type CongressLevel, CongressLevelSchema } from '../../model/shared/congress.js';
import { createParsers } from '../../model/shared/createParsers.js';
import { IdSchema } from '../../model/shared/primitives.js';
import type { Result } from '../../model/shared/result.js';
import { RendaError, type ValidationError } from '../../model/shared/validationError.js';

// The rule of who may submit a motion (议案联名门槛), written once: the workflow's guard, the
// sample generator and the guide all read it from here. Deputies Law art.15 and the NPC's rules
// of procedure (a delegation or 30 deputies); Local Organisation Law art.22 (10 deputies at
// county level and above, 5 at township level). Only the NPC's delegations may submit motions.

/**
 * Who may submit a motion at one level (议案提出门槛): the fewest deputies who must sign it
 * jointly (联名), and whether a delegation (代表团) may submit it alone.
 *
 * @example
 * ```ts
 * import type { MotionThreshold } from 'renda';
 *
 * const npc: MotionThreshold = { level: 'national', deputies: 30, delegation: true };
 * ```
 * @category Suggestion workflow
 */
export interface MotionThreshold {
  /** 层级. */
  readonly level: CongressLevel;
  /** 联名代表人数下限: at least this many deputies, the lead included. */
  readonly deputies: number;
  /** 代表团可单独提出: true only at the NPC. */
  readonly delegation: boolean;
}

/**
 * The motion thresholds by level (议案联名门槛): a delegation or 30 deputies at the NPC; 10 deputies
 * at provincial, city and county level; 5 at township level.
 *
 * @remarks The figures are the law's (代表法 art.15, 全国人大议事规则, 地方组织法 art.22), so they
 * are not a policy setting: a jurisdiction cannot lower them.
 * @example
 * ```ts
 * import { MOTION_THRESHOLDS } from 'renda';
 *
 * console.log(MOTION_THRESHOLDS.township.deputies); // 5
 * ```
 * @category Suggestion workflow
 */
export const MOTION_THRESHOLDS: { readonly [L in CongressLevel]: MotionThreshold } =
  /* @__PURE__ */ deepFreeze({
    national: { level: 'national', deputies: 30, delegation: true },
    provincial: { level: 'provincial', deputies: 10, delegation: false },
    city: { level: 'city', deputies: 10, delegation: false },
    county: { level: 'county', deputies: 10, delegation: false },
    township: { level: 'township', deputies: 5, delegation: false },
  });

const levelParsers = /* @__PURE__ */ createParsers(
  CongressLevelSchema,
  { id: 'CongressLevel', 'zh-Hans': '人大层级', en: 'congress level' },
  {},
);

/**
 * The motion threshold at a level (议案联名门槛), like {@link motionThreshold}, but returns a
 * result instead of throwing.
 *
 * @param level - The congress's level: `national`, `provincial`, `city`, `county` or `township`.
 * @returns The threshold, or a validation error when `level` is not a level.
 * @example
 * ```ts
 * import { safeMotionThreshold } from 'renda';
 *
 * const result = safeMotionThreshold('county');
 * if (result.ok) console.log(result.value.deputies); // 10
 * ```
 * @category Suggestion workflow
 */
export function safeMotionThreshold(
  level: CongressLevel,
): Result<MotionThreshold, ValidationError> {
  const parsed = levelParsers.safeParse(level);
  if (!parsed.ok) return parsed;
  return Object.freeze({ ok: true as const, value: MOTION_THRESHOLDS[parsed.value] });
}

/**
 * The motion threshold at a level (议案联名门槛): how many deputies must sign a motion jointly,
 * and whether a delegation may submit one.
 *
 * @remarks A delegation (代表团) or 30 deputies at the NPC; 10 deputies at county level and above;
 * 5 at township level. See {@link MOTION_THRESHOLDS}.
 * @param level - The congress's level.
 * @returns The threshold.
 * @throws RendaError `INVALID_INPUT` when `level` is not a level.
 * @example
 * ```ts
 * import { motionThreshold } from 'renda';
 *
 * console.log(motionThreshold('national')); // { level: 'national', deputies: 30, delegation: true }
 * ```
 * @category Suggestion workflow
 */
export function motionThreshold(level: CongressLevel): MotionThreshold {
  const result = safeMotionThreshold(level);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}

/**
 * What {@link meetsMotionThreshold} reads of a motion: its congress's level, its proposers and
 * the delegation that submits it.
 *
 * @example
 * ```ts
 * import type { MotionSigners } from 'renda';
 *
 * const signers: MotionSigners = {
 *   congress: { level: 'township' },
 *   proposers: [{ deputyId: 'D-1' }, { deputyId: 'D-2' }],
 * };
 * ```
 * @category Suggestion workflow
 */
export interface MotionSigners {
  /** 所属人大: only the level is read. */
  readonly congress: { readonly level: CongressLevel };
  /** 提出人: each distinct deputy counts once. */
  readonly proposers: readonly { readonly deputyId: string }[];
  /** 代表团. */
  readonly delegationId?: string | undefined;
}

const SignersSchema = /* @__PURE__ */ z.object({
  congress: /* @__PURE__ */ z.object({ level: CongressLevelSchema }),
  proposers: /* @__PURE__ */ z.array(z.object({ deputyId: IdSchema })).max(3000),
  delegationId: /* @__PURE__ */ IdSchema.optional(),
});

const signersParsers = /* @__PURE__ */ createParsers(
  SignersSchema,
  { id: 'Motion', 'zh-Hans': '议案', en: 'Motion' },
  {
    congress: { 'zh-Hans': '所属人大', en: 'congress' },
    level: { 'zh-Hans': '层级', en: 'level' },
    proposers: { 'zh-Hans': '提出人', en: 'proposers' },
    deputyId: { 'zh-Hans': '代表', en: 'deputy' },
    delegationId: { 'zh-Hans': '代表团', en: 'delegation' },
  },
);

/** The rule itself, on signers already read: the guard calls it on a typed record. */
export function meetsThreshold(signers: MotionSigners): boolean {
  const threshold = MOTION_THRESHOLDS[signers.congress.level];
  if (threshold.delegation && signers.delegationId !== undefined) return true;
  return new Set(signers.proposers.map((p) => p.deputyId)).size >= threshold.deputies;
}

/**
 * Whether a motion has enough signers to be submitted (达到议案联名门槛), like
 * {@link meetsMotionThreshold}, but returns a result instead of throwing.
 *
 * @param motion - The motion, or anything with its congress's level, proposers and delegation.
 * @returns Whether it meets the threshold, or a validation error naming the field.
 * @example
 * ```ts
 * import { safeMeetsMotionThreshold } from 'renda';
 *
 * const result = safeMeetsMotionThreshold({ congress: { level: 'national' }, proposers: [], delegationId: '浙江代表团' });
 * if (result.ok) console.log(result.value); // true
 * ```
 * @category Suggestion workflow
 */
export function safeMeetsMotionThreshold(motion: MotionSigners): Result<boolean, ValidationError> {
  const parsed = signersParsers.safeParse(motion);
  if (!parsed.ok) return parsed;
  return Object.freeze({ ok: true as const, value: meetsThreshold(parsed.value) });
}

/**
 * Whether a motion has enough signers to be submitted (达到议案联名门槛).
 *
 * @remarks
 * Rule: at the NPC, a delegation (`delegationId` set) or at least 30 distinct deputies; at
 * provincial, city and county level at least 10; at township level at least 5. The lead deputy
 * counts; a deputy listed twice counts once; a delegation counts only at the NPC. The motion
 * workflow's `submit` refuses a motion that falls short (guard `meetsMotionThreshold`).
 * @param motion - The motion, or anything with its congress's level, proposers and delegation.
 * @returns True when it may be submitted.
 * @throws RendaError `INVALID_INPUT` when the level or the proposers cannot be read.
 * @example
 * ```ts
 * import { meetsMotionThreshold } from 'renda';
 *
 * const proposers = ['D-1', 'D-2', 'D-3', 'D-4', 'D-5'].map((deputyId) => ({ deputyId }));
 * console.log(meetsMotionThreshold({ congress: { level: 'township' }, proposers })); // true
 * console.log(meetsMotionThreshold({ congress: { level: 'county' }, proposers })); // false
 * ```
 * @category Suggestion workflow
 */
export function meetsMotionThreshold(motion: MotionSigners): boolean {
  const result = safeMeetsMotionThreshold(motion);
  if (result.ok) return result.value;
  throw new RendaError(result.error);
}
