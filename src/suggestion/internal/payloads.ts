import * as z from 'zod';
import { HandlingRoleSchema } from '../../model/handlingRole.js';
import {
  CalendarDaySchema,
  IdSchema,
  IsoTimestampSchema,
  LongTextSchema,
  ShortTextSchema,
} from '../../model/shared/primitives.js';
import { SatisfactionGradeSchema } from '../../model/shared/satisfaction.js';
import {
  DECISIONS,
  PUBLICATION_MODES,
  SUGGESTION_KINDS,
  SUPERVISION_KINDS,
} from '../../model/suggestionParts.js';

// The payload schemas of the suggestion workflow's events. Each is idempotent (parsing a parsed
// payload gives it back), because replay parses stored payloads again.

const RoundSchema = /* @__PURE__ */ z.number().int().min(1).max(99);
const MonthsSchema = /* @__PURE__ */ z.number().int().min(1).max(24);
const IdListSchema = /* @__PURE__ */ z.array(IdSchema).min(1).max(3000);

export const submitPayload = /* @__PURE__ */ z
  .object({ kind: /* @__PURE__ */ z.enum(SUGGESTION_KINDS).optional() })
  .optional();

export const registerPayload = /* @__PURE__ */ z.object({ number: ShortTextSchema });

export const refuseRegistrationPayload = /* @__PURE__ */ z.object({
  reason: /* @__PURE__ */ z.string().trim().min(1).max(64),
  noticeAt: /* @__PURE__ */ IsoTimestampSchema.optional(),
});

export const convertFromMotionPayload = /* @__PURE__ */ z
  .object({ motionId: /* @__PURE__ */ IdSchema.optional() })
  .optional();

export const mergePayload = /* @__PURE__ */ z
  .object({
    into: /* @__PURE__ */ IdSchema.optional(),
    from: /* @__PURE__ */ IdListSchema.optional(),
  })
  .refine((value) => (value.into === undefined) !== (value.from === undefined), {
    params: {
      code: 'MERGE_DIRECTION',
      zh: '须且只能给出 into（并入主件）或 from（并入本件的建议）之一',
      en: 'needs exactly one of into (merged into a primary) or from (merged into this item)',
    },
  });

export const withdrawPayload = /* @__PURE__ */ z
  .object({ reason: /* @__PURE__ */ ShortTextSchema.optional() })
  .optional();

export const assignPayload = /* @__PURE__ */ z.object({
  units: /* @__PURE__ */ z
    .array(z.object({ unitId: IdSchema, role: HandlingRoleSchema }))
    .min(1)
    .max(50),
  anchorDay: /* @__PURE__ */ CalendarDaySchema.optional(),
});

export const requestReturnPayload = /* @__PURE__ */ z.object({
  reason: ShortTextSchema,
  suggestedUnitId: /* @__PURE__ */ IdSchema.optional(),
});

export const decideReturnPayload = /* @__PURE__ */ z.object({
  decision: /* @__PURE__ */ z.enum(DECISIONS),
  unitId: /* @__PURE__ */ IdSchema.optional(),
});

export const reassignPayload = /* @__PURE__ */ z.object({ from: IdSchema, to: IdSchema });

export const consultPayload = /* @__PURE__ */ z.object({
  faceToFace: /* @__PURE__ */ z.boolean(),
  deputyIds: /* @__PURE__ */ IdListSchema.optional(),
  note: /* @__PURE__ */ LongTextSchema.optional(),
});

export const supervisePayload = /* @__PURE__ */ z.object({
  kind: /* @__PURE__ */ z.enum(SUPERVISION_KINDS),
  note: /* @__PURE__ */ LongTextSchema.optional(),
});

export const designateKeyItemPayload = /* @__PURE__ */ z.object({
  designatedBy: ShortTextSchema,
  supervisorIds: /* @__PURE__ */ z.array(IdSchema).max(100).optional(),
  leadingOfficial: /* @__PURE__ */ ShortTextSchema.optional(),
  topic: /* @__PURE__ */ ShortTextSchema.optional(),
});

export const requestExtensionPayload = /* @__PURE__ */ z.object({
  months: MonthsSchema,
  reason: ShortTextSchema,
});

export const decideExtensionPayload = /* @__PURE__ */ z.object({
  decision: /* @__PURE__ */ z.enum(DECISIONS),
  months: /* @__PURE__ */ MonthsSchema.optional(),
  unitId: /* @__PURE__ */ IdSchema.optional(),
});

export const replyPayload = /* @__PURE__ */ z.object({
  outcomeClass: /* @__PURE__ */ z.string().trim().min(1).max(16),
  round: /* @__PURE__ */ RoundSchema.optional(),
  faceToFace: /* @__PURE__ */ z.boolean().optional(),
  content: /* @__PURE__ */ LongTextSchema.optional(),
});

export const evaluatePayload = /* @__PURE__ */ z.object({
  grade: SatisfactionGradeSchema,
  round: /* @__PURE__ */ RoundSchema.optional(),
  comment: /* @__PURE__ */ LongTextSchema.optional(),
});

export const lapseEvaluationPayload = /* @__PURE__ */ z
  .object({ round: /* @__PURE__ */ RoundSchema.optional() })
  .optional();

export const publishPayload = /* @__PURE__ */ z.object({
  mode: /* @__PURE__ */ z.enum(PUBLICATION_MODES),
  withheldReason: /* @__PURE__ */ ShortTextSchema.optional(),
});

/** A payload as guards see it: loosely typed, possibly absent. */
export type LoosePayload = Readonly<Record<string, unknown>> | undefined;

/** Reads a string field of a loose payload. */
export function str(payload: LoosePayload, key: string): string | undefined {
  const value = payload?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** Reads a number field of a loose payload. */
export function num(payload: LoosePayload, key: string): number | undefined {
  const value = payload?.[key];
  return typeof value === 'number' ? value : undefined;
}
