import * as z from 'zod';
import { ActorSchema } from './actor.js';
import { JsonPayloadSchema } from './jsonPayload.js';
import { IsoTimestampSchema } from './primitives.js';

/**
 * One accepted event in a record's history (历史记录): what happened (`type`, `payload`), who did
 * it (`actor`), when it happened (`at`) and when it was recorded (`recordedAt`).
 *
 * @remarks Bitemporal on purpose: a paper reply dated last week keeps `at` = its date and is
 * judged on time by it, while `recordedAt` shows when the office typed it in.
 * @example
 * ```ts
 * import { HistoryEntrySchema } from 'renda';
 *
 * HistoryEntrySchema.parse({
 *   type: 'submit',
 *   at: '2025-03-05T09:00:00+08:00',
 *   recordedAt: '2025-03-05T09:00:00+08:00',
 *   actor: { role: 'deputy', id: 'D-1' },
 * });
 * ```
 * @category Models
 */
export const HistoryEntrySchema = /* @__PURE__ */ z
  .object({
    /** 事件类型. */
    type: /* @__PURE__ */ z.string().trim().min(1).max(64),
    /** 发生时间. */
    at: IsoTimestampSchema,
    /** 登记时间. */
    recordedAt: IsoTimestampSchema,
    /** 操作者. */
    actor: ActorSchema,
    /**
     * 事件内容: the event's validated payload, plain JSON (objects, arrays, strings, finite
     * numbers, booleans, null) at most `JSON_PAYLOAD_MAX_DEPTH` (32) levels deep, copied so the
     * result never shares an object with the input.
     */
    payload: /* @__PURE__ */ JsonPayloadSchema.optional(),
  })
  .check((ctx) => {
    if (ctx.value.recordedAt < ctx.value.at) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value.recordedAt,
        path: ['recordedAt'],
        params: {
          code: 'RECORDED_BEFORE_HAPPENED',
          zh: '登记时间不得早于发生时间',
          en: 'cannot be earlier than the time it happened',
        },
      });
    }
  });

/**
 * One accepted event; the type of {@link HistoryEntrySchema}.
 *
 * @example
 * ```ts
 * import type { HistoryEntry } from 'renda';
 *
 * const entry: HistoryEntry = {
 *   type: 'submit',
 *   at: '2025-03-05T01:00:00.000Z',
 *   recordedAt: '2025-03-05T01:00:00.000Z',
 *   actor: { role: 'deputy', id: 'D-1' },
 * };
 * ```
 * @category Models
 */
export interface HistoryEntry extends z.infer<typeof HistoryEntrySchema> {}
