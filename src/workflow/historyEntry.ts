import * as z from 'zod';
import { ActorSchema } from '../model/shared/actor.js';
import { IsoTimestampSchema } from '../model/shared/primitives.js';

/**
 * One line of a record's history (历史记录 / 办理记录): which event happened, when it happened
 * (`at`), when it was recorded (`recordedAt`), who did it and with what payload.
 *
 * @remarks
 * History is bitemporal. `at` is when the act took place (the date on a paper reply), and
 * `recordedAt` is when the office entered it; `recordedAt` may never be earlier than `at`
 * (code `RECORDED_BEFORE_HAPPENED`). Both are canonical UTC strings (`…Z`), so string order is
 * time order. `payload` is the event's payload as parsed by its schema, absent when the event
 * has none. Replaying the entries in order from the initial record rebuilds the record (see
 * {@link replay}).
 *
 * @example
 * ```ts
 * import { HistoryEntrySchema } from 'renda';
 *
 * const entry = HistoryEntrySchema.parse({
 *   type: 'reply',
 *   at: '2025-03-01T10:00:00+08:00',
 *   recordedAt: '2025-03-08T09:00:00+08:00',
 *   actor: { role: 'handlingUnit', id: 'U-TRANSPORT' },
 *   payload: { category: 'A' },
 * });
 * console.log(entry.at); // '2025-03-01T02:00:00.000Z'
 * ```
 * @category Workflow engine
 */
export const HistoryEntrySchema = /* @__PURE__ */ z
  .object({
    /** 事件类型: the event's name in its workflow. */
    type: /* @__PURE__ */ z.string().trim().min(1).max(64),
    /** 发生时间. */
    at: IsoTimestampSchema,
    /** 登记时间: never before `at`. */
    recordedAt: IsoTimestampSchema,
    /** 操作者. */
    actor: ActorSchema,
    /** 事件内容: the parsed payload. */
    payload: /* @__PURE__ */ z
      .record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())
      .optional(),
  })
  .check((ctx) => {
    const { at, recordedAt } = ctx.value;
    if (recordedAt < at) {
      ctx.issues.push({
        code: 'custom',
        input: recordedAt,
        path: ['recordedAt'],
        message: 'RECORDED_BEFORE_HAPPENED',
        params: {
          code: 'RECORDED_BEFORE_HAPPENED',
          zh: '登记时间不得早于发生时间',
          en: 'must not be earlier than the time it happened',
        },
      });
    }
  });

/**
 * One line of a record's history; the type of {@link HistoryEntrySchema}.
 *
 * @example
 * ```ts
 * import type { HistoryEntry } from 'renda';
 *
 * const entry: HistoryEntry = {
 *   type: 'submit',
 *   at: '2025-01-10T02:00:00.000Z',
 *   recordedAt: '2025-01-10T02:00:00.000Z',
 *   actor: { role: 'deputy', id: 'D-001' },
 * };
 * ```
 * @category Workflow engine
 */
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
