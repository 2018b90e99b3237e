// A few DOM helpers (页面元素): elements with attributes and children, and the rate card every
// figure is shown in. The numbers and their text come from renda; the page only lays them out.
import { formatRate, type MetricResult, type Rate } from 'renda';

type Child = Node | string | undefined;

/** An element with attributes (`data-*` included) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | number | undefined>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, String(value));
  }
  for (const child of children) if (child !== undefined) element.append(child);
  return element;
}

/** The attributes a test reads a rate back from: the id, the counts and the value. */
export const rateAttributes = (id: string, r: Rate): Record<string, string | number> => ({
  'data-metric': id,
  'data-numerator': r.numerator,
  'data-denominator': r.denominator,
  'data-value': r.value === null ? 'null' : String(r.value),
});

/** A rate with its Chinese and English name and its formula, as its definition gives them. */
export function rateCard(r: Pick<MetricResult, 'id' | 'name' | 'formula'> & Rate): HTMLElement {
  return h(
    'article',
    { class: 'card rate', ...rateAttributes(r.id, r) },
    h('h4', {}, r.name['zh-Hans'], h('small', {}, r.name.en)),
    h('p', { class: 'figure-value' }, formatRate(r)),
    h('p', { class: 'formula' }, r.formula['zh-Hans'], h('br'), h('small', {}, r.formula.en)),
  );
}

/** A count with a Chinese and English caption. */
export function countCard(id: string, zh: string, en: string, value: number): HTMLElement {
  return h(
    'article',
    { class: 'card count', 'data-metric': id, 'data-count': value },
    h('h4', {}, zh, h('small', {}, en)),
    h('p', { class: 'figure-value' }, String(value)),
  );
}

/** Replaces a container's content. */
export function fill(container: Element, ...children: Child[]): void {
  container.replaceChildren(...children.filter((c): c is Node | string => c !== undefined));
}

/** A section of figures: `data-figures` names it for tests; a Chinese title with an English gloss. */
export function section(name: string, zh: string, en: string, ...children: Child[]): HTMLElement {
  return h(
    'section',
    { 'data-figures': name },
    h('h2', {}, `${zh} `, h('small', {}, en)),
    ...children,
  );
}
