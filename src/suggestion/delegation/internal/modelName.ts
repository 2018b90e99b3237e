/** The delegation item as errors of this area name it (the id of `safeParseDelegationItem`'s). */
export const DELEGATION_ITEM = {
  id: 'DelegationItem',
  'zh-Hans': '代表团建议',
  en: 'Delegation item',
} as const;
