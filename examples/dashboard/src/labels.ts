// Labels of enumeration values (标签): the library's own, in Chinese with the English gloss.
import { labels } from 'renda';

/** The key `byLeadUnit` and `byHandlingUnit` give items without a unit. */
export const UNASSIGNED = '(unassigned)';

const zh = labels('zh-Hans');
const en = labels('en');

/** A label of one enumeration value in Chinese with the English gloss, or the raw value. */
export function labelPair(group: 'suggestionState' | 'opinionState', value: string): string {
  const z = (zh[group] as Readonly<Record<string, string>>)[value];
  const e = (en[group] as Readonly<Record<string, string>>)[value];
  return z === undefined ? value : `${z} ${e ?? ''}`.trim();
}
