import { deepFreeze } from '../../../internal/deepFreeze.js';
import { quote } from '../../../internal/quote.js';
import type { BilingualText } from '../../shared/localized.js';
import {
  RendaError,
  type ValidationError,
  type ValidationIssue,
} from '../../shared/validationError.js';

// The one place the division-code functions build their errors: a ValidationError of model
// `DivisionCode`, one issue naming the argument (its path and its name in both languages).

/** The name and path of the argument a code came in (`code`, `ancestor`, a record's code). */
export interface CodeArgument {
  readonly path: readonly (string | number)[];
  readonly field: BilingualText;
}

/** The argument of `parseDivisionCode(code)` and its kin: the code itself. */
export const CODE_ARGUMENT: CodeArgument = /* @__PURE__ */ Object.freeze({
  path: Object.freeze([]),
  field: Object.freeze({ 'zh-Hans': '行政区划代码', en: 'division code' }),
});

/** The error value of one refused argument (the traditional text is added where it leaves renda). */
export function divisionError(
  argument: CodeArgument,
  code: string,
  message: BilingualText,
): ValidationError {
  const issue: ValidationIssue = {
    code,
    path: [...argument.path],
    field: { ...argument.field },
    message,
  };
  return deepFreeze({ code: 'INVALID_INPUT', model: 'DivisionCode', issues: [issue], message });
}

/** Throws the RendaError of {@link divisionError}. */
export function throwDivisionError(error: ValidationError): never {
  throw new RendaError(error);
}

/** A value as a message quotes it (bounded: a 100 KB value is never copied whole). */
export const shown = (value: unknown): string => quote(value);

const UNREADABLE = /* @__PURE__ */ Object.freeze({
  'zh-Hans': '无法读取参数',
  en: 'the arguments could not be read',
});

/** The error value of a `safeX` of this folder, from what its `x` threw. */
export function toDivisionError(thrown: unknown): ValidationError {
  if (thrown instanceof RendaError) {
    const detail = thrown.detail as Partial<ValidationError>;
    if (detail.code === 'INVALID_INPUT' && Array.isArray(detail.issues))
      return detail as ValidationError;
  }
  return divisionError(CODE_ARGUMENT, 'INVALID_INPUT', UNREADABLE);
}
