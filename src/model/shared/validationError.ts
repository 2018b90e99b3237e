import { withHant } from '../../internal/hant.js';
import type { BilingualText } from './localized.js';

/**
 * The machine codes of validation issues (校验错误代码). `REQUIRED` is a missing value only; a
 * present value of the wrong type is `INVALID_TYPE`; `UNKNOWN_KEY` is a key a strict schema (an
 * event payload) does not know; `NOT_JSON` and `TOO_DEEP` refuse history payloads that are not
 * plain JSON of bounded depth. Cross-field rules add their own codes (e.g.
 * `LEAD_PROPOSER_COUNT`, `DUE_BEFORE_ASSIGNMENT`), listed in each model's guide.
 *
 * @example
 * ```ts
 * import type { IssueCode } from 'renda';
 *
 * const code: IssueCode = 'REQUIRED';
 * ```
 * @category Validation
 */
export type IssueCode =
  | 'REQUIRED'
  | 'INVALID_TYPE'
  | 'INVALID_FORMAT'
  | 'INVALID_VALUE'
  | 'TOO_SMALL'
  | 'TOO_BIG'
  | 'INVALID_UNION'
  | 'INVALID_KEY'
  | 'UNKNOWN_KEY'
  | 'NOT_JSON'
  | 'TOO_DEEP'
  | 'INVALID_INPUT'
  | (string & {});

/**
 * One thing wrong with an input (校验问题): where (`path`), what (`code`), and a message in Chinese
 * and English that names the field.
 *
 * @example
 * ```ts
 * import { safeParseSuggestion } from 'renda';
 *
 * const result = safeParseSuggestion({ id: 'S-1' });
 * if (!result.ok) {
 *   const issue = result.error.issues[0];
 *   console.log(issue?.code, issue?.path, issue?.message.en);
 * }
 * ```
 * @category Validation
 */
export interface ValidationIssue {
  /** The machine code. */
  readonly code: IssueCode;
  /** The path of the field, e.g. `['proposers', 0, 'deputyId']`. */
  readonly path: readonly (string | number)[];
  /** The field's name in Chinese and English, when renda knows it. */
  readonly field: BilingualText;
  /** What is wrong, naming the field. */
  readonly message: BilingualText;
}

/**
 * The error value of every `safeParseX` (校验失败): the model, code `INVALID_INPUT`, and the issues.
 *
 * @example
 * ```ts
 * import { safeParseDeputy } from 'renda';
 *
 * const result = safeParseDeputy(null);
 * if (!result.ok) console.log(result.error.code); // 'INVALID_INPUT'
 * ```
 * @category Validation
 */
export interface ValidationError {
  /** Always `INVALID_INPUT`. */
  readonly code: 'INVALID_INPUT';
  /** Which model was being validated, e.g. `Suggestion`. */
  readonly model: string;
  /** Every issue found, in input order. */
  readonly issues: readonly ValidationIssue[];
  /** A summary naming the first issue. */
  readonly message: BilingualText;
}

/**
 * The error thrown by the throwing variants (`parseX`, `transition`…): carries the same
 * code, issues and bilingual message as the error value.
 *
 * @example
 * ```ts
 * import { parseDeputy, RendaError } from 'renda';
 *
 * try {
 *   parseDeputy({});
 * } catch (error) {
 *   if (error instanceof RendaError) console.log(error.code, error.messageZh);
 * }
 * ```
 * @category Validation
 */
export class RendaError extends Error {
  /** The machine code, e.g. `INVALID_INPUT`, `GUARD_FAILED`. */
  readonly code: string;
  /** The message in simplified Chinese. */
  readonly messageZh: string;
  /** The error value this error wraps. */
  readonly detail: { readonly code: string; readonly message: BilingualText };

  constructor(detail: { readonly code: string; readonly message: BilingualText }) {
    super(`${detail.message.en} / ${detail.message['zh-Hans']}`);
    this.name = 'RendaError';
    this.code = detail.code;
    this.messageZh = detail.message['zh-Hans'];
    // The traditional form of every text, as the safe twin's error value carries it.
    this.detail = withHant(detail);
  }
}
