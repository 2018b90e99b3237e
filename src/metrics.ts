/**
 * `renda/metrics`, kept for 0.1 imports: the figures now live beside their domain. Import the
 * engine from `renda/stats`, the suggestion dashboard from `renda/suggestion`, coverage and
 * scoring from `renda/connections` (or everything from `renda`).
 *
 * @deprecated Since 0.2; removed in 0.3.
 * @packageDocumentation
 */
export * from './connections/index.js';
export * from './stats/index.js';
export * from './suggestion/figures/index.js';
