// The two text shapes every workflow definition writes (internal): an event's label in the three
// scripts, and a description in Chinese and English (Traditional is derived from the Simplified).

/** A label in Simplified Chinese, Traditional Chinese and English. */
export const label = (hans: string, hant: string, en: string) => ({
  'zh-Hans': hans,
  'zh-Hant': hant,
  en,
});

/** A description in Chinese and English. */
export const say = (zh: string, en: string) => ({ 'zh-Hans': zh, en });
