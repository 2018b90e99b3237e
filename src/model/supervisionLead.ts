import * as z from 'zod';
import {
  type SUPERVISION_LEAD_KINDS,
  supervisionLeadSchema,
} from './internal/supervisionLeadSchema.js';
import { createParsers } from './shared/createParsers.js';
import type { FieldNames } from './shared/fieldNames.js';
import type { Result } from './shared/result.js';
import type { ValidationError } from './shared/validationError.js';

export { SUPERVISION_LEAD_KINDS } from './internal/supervisionLeadSchema.js';

/**
 * A kind of supervision lead (督办领办方式), one of {@link SUPERVISION_LEAD_KINDS}.
 *
 * @example
 * ```ts
 * import type { SupervisionLeadKind } from 'renda';
 *
 * const kind: SupervisionLeadKind = 'unitHead';
 * ```
 * @category Models
 */
export type SupervisionLeadKind = (typeof SUPERVISION_LEAD_KINDS)[number];

/** The kinds led by a body (a committee, a unit) that must therefore name it. */

/**
 * One supervision lead of a key item (督办领办安排): its kind, the body that leads (a committee,
 * a handling unit), and the people who lead, by id, name or both.
 *
 * @remarks
 * Rules: a committee or a unit head's lead names its body in `bodyId` (`BODY_REQUIRED`: the
 * committee for `specialCommittee` and `deputyWorkCommittee`, the handling unit for `unitHead`);
 * a leading official, a government leader or a judicial leader names at least one person in
 * `leaders` (`LEADER_REQUIRED`); every leader has an `id`, a `name` or both (`LEADER_UNNAMED`).
 * People outside the app's registers (a vice-mayor, say) may be given by name alone.
 * @example
 * ```ts
 * import { SupervisionLeadSchema } from 'renda';
 *
 * SupervisionLeadSchema.parse({
 *   kind: 'leadingOfficial',
 *   leaders: [{ id: 'M-3', name: '张三', title: '常委会副主任' }],
 * });
 * SupervisionLeadSchema.parse({ kind: 'specialCommittee', bodyId: 'C-FINANCE' });
 * ```
 * @category Models
 */
export const SupervisionLeadSchema = /* @__PURE__ */ supervisionLeadSchema(z.object);

/**
 * One supervision lead of a key item (督办领办安排); the type of {@link SupervisionLeadSchema}.
 *
 * @example
 * ```ts
 * import type { SupervisionLead } from 'renda';
 *
 * const lead: SupervisionLead = { kind: 'unitHead', bodyId: 'U-TRANSPORT', leaders: [{ name: '李四' }] };
 * ```
 * @category Models
 */
export interface SupervisionLead extends z.infer<typeof SupervisionLeadSchema> {}

/**
 * The input accepted by {@link SupervisionLeadSchema} (督办领办安排输入).
 *
 * @example
 * ```ts
 * import type { SupervisionLeadInput } from 'renda';
 *
 * const input: SupervisionLeadInput = { kind: 'deputyWorkCommittee', bodyId: 'C-DEPUTY' };
 * ```
 * @category Models
 */
export interface SupervisionLeadInput extends z.input<typeof SupervisionLeadSchema> {}

/**
 * The Chinese and English names of a supervision lead's fields (督办领办安排字段名), used in
 * validation messages.
 *
 * @example
 * ```ts
 * import { supervisionLeadFieldNames } from 'renda';
 *
 * console.log(supervisionLeadFieldNames.bodyId?.['zh-Hans']); // '督办领办机构'
 * ```
 * @category Validation
 */
export const supervisionLeadFieldNames: FieldNames = {
  kind: { 'zh-Hans': '督办领办方式', en: 'kind of lead' },
  bodyId: { 'zh-Hans': '督办领办机构', en: 'leading body' },
  leaders: { 'zh-Hans': '领衔、领办人员', en: 'leaders' },
  name: { 'zh-Hans': '姓名', en: 'name' },
  title: { 'zh-Hans': '职务', en: 'title' },
};

const parsers = /* @__PURE__ */ createParsers(
  SupervisionLeadSchema,
  { id: 'SupervisionLead', 'zh-Hans': '督办领办安排', en: 'Supervision lead' },
  supervisionLeadFieldNames,
);

/**
 * Validates one supervision lead of a key item (督办领办安排), throwing a {@link RendaError} that
 * names the field on bad input.
 *
 * @param input - Anything, e.g. a row from the app's database or a JSON body.
 * @returns The lead, unknown keys stripped, frozen.
 * @throws {@link RendaError} with code `INVALID_INPUT`.
 * @example
 * ```ts
 * import { parseSupervisionLead } from 'renda';
 *
 * const lead = parseSupervisionLead({ kind: 'governmentLeader', leaders: [{ name: '王五', title: '副市长' }] });
 * console.log(lead.leaders?.[0]?.title); // '副市长'
 * ```
 * @category Validation
 */
export const parseSupervisionLead: (input: unknown) => SupervisionLead = parsers.parse;

/**
 * Validates one supervision lead of a key item (督办领办安排) without throwing.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with bilingual, field-naming issues.
 * @example
 * ```ts
 * import { safeParseSupervisionLead } from 'renda';
 *
 * const result = safeParseSupervisionLead({ kind: 'specialCommittee' });
 * if (!result.ok) console.log(result.error.issues[0]?.code); // 'BODY_REQUIRED'
 * ```
 * @category Validation
 */
export const safeParseSupervisionLead: (
  input: unknown,
) => Result<SupervisionLead, ValidationError> = parsers.safeParse;
