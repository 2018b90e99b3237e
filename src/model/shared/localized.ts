import * as z from 'zod';

/**
 * The locales renda writes labels and messages in: simplified Chinese (简体中文), traditional
 * Chinese (繁體中文) and English.
 *
 * @example
 * ```ts
 * import { LOCALES } from 'renda';
 *
 * console.log(LOCALES.includes('zh-Hant')); // true
 * ```
 * @category Labels
 */
export const LOCALES = ['zh-Hans', 'zh-Hant', 'en'] as const;

/**
 * One of {@link LOCALES}.
 *
 * @example
 * ```ts
 * import type { Locale } from 'renda';
 *
 * const locale: Locale = 'zh-Hans';
 * ```
 * @category Labels
 */
export type Locale = (typeof LOCALES)[number];

/**
 * A text in Chinese and English (中英文文本), as carried by every error and label.
 *
 * @remarks Texts are written in simplified Chinese and English. Every error renda returns (from a
 * `safeX`) or throws (`RendaError.detail`) also carries `'zh-Hant'`, derived from `'zh-Hans'` at
 * that boundary with OpenCC's Taiwan conversion of renda's vocabulary; a text you write (a guard's
 * message, an extension's field name) may leave it out, and gains it there too.
 *
 * @example
 * ```ts
 * import type { BilingualText } from 'renda';
 *
 * const text: BilingualText = { 'zh-Hans': '必填', en: 'required' };
 * ```
 * @category Validation
 */
export interface BilingualText {
  /** 简体中文. */
  readonly 'zh-Hans': string;
  /** 繁體中文: present on every error renda hands out; optional where you write a text. */
  readonly 'zh-Hant'?: string;
  /** English. */
  readonly en: string;
}

/**
 * A label in the three locales (三语标签): simplified Chinese, traditional Chinese and English.
 *
 * @example
 * ```ts
 * import { LabelSchema } from 'renda';
 *
 * LabelSchema.parse({ 'zh-Hans': '满意', 'zh-Hant': '滿意', en: 'Satisfied' });
 * ```
 * @category Labels
 */
export const LabelSchema = /* @__PURE__ */ z.object({
  'zh-Hans': /* @__PURE__ */ z.string().min(1),
  'zh-Hant': /* @__PURE__ */ z.string().min(1),
  en: /* @__PURE__ */ z.string().min(1),
});

/**
 * A label in the three locales; the type of {@link LabelSchema}.
 *
 * @example
 * ```ts
 * import type { Label } from 'renda';
 *
 * const label: Label = { 'zh-Hans': '满意', 'zh-Hant': '滿意', en: 'Satisfied' };
 * ```
 * @category Labels
 */
export interface Label extends z.infer<typeof LabelSchema> {}
