/**
 * renda: typed models, workflows, deadlines and statistics for deputy work (人大代表工作).
 *
 * The main entry re-exports every area; each area is also a subpath (`renda/model`,
 * `renda/workflow`, `renda/suggestion`, `renda/opinion`, `renda/livelihood`, `renda/import`, `renda/connections`, `renda/calendar`,
 * `renda/stats`, `renda/i18n`). The
 * sample generator is only in `renda/testing`.
 *
 * @packageDocumentation
 */
export * from './calendar/index.js';
export * from './connections/index.js';
export * from './i18n/index.js';
export * from './import/index.js';
export * from './livelihood/index.js';
export * from './model/index.js';
export * from './opinion/index.js';
export * from './stats/index.js';
export * from './suggestion/index.js';
export * from './workflow/index.js';
