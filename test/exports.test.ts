import { describe, expect, it } from 'vitest';
import * as calendar from '../src/calendar/index.js';
import * as i18n from '../src/i18n/index.js';
import * as root from '../src/index.js';
import * as metrics from '../src/metrics/index.js';
import * as model from '../src/model/index.js';
import * as suggestion from '../src/suggestion/index.js';
import * as workflow from '../src/workflow/index.js';

// The names DESIGN.md promises users; renaming one is a breaking change that needs a changeset.
const stable = {
  model: [
    'SuggestionSchema',
    'DeputySchema',
    'parseSuggestion',
    'safeParseSuggestion',
    'parseDeputy',
    'safeParseDeputy',
  ],
  workflow: [
    'transition',
    'availableEvents',
    'replay',
    'defineWorkflow',
    'extendWorkflow',
    'toMermaid',
  ],
  suggestion: ['createSuggestion', 'suggestionWorkflow', 'defaultPolicy', 'definePolicy'],
  calendar: ['dueDate', 'deadlineStatus'],
  metrics: ['rate', 'shares', 'aggregate', 'suggestionStats'],
  i18n: ['labels'],
} as const;
const areas = { model, workflow, suggestion, calendar, metrics, i18n } as Record<
  string,
  Record<string, unknown>
>;

describe('public surface', () => {
  for (const [area, names] of Object.entries(stable)) {
    it(`renda/${area} exports ${names.join(', ')}`, () => {
      for (const name of names) {
        expect(areas[area]?.[name], `${area}.${name}`).toBeDefined();
        expect((root as Record<string, unknown>)[name], `renda.${name}`).toBe(areas[area]?.[name]);
      }
    });
  }

  it('exports coverage functions from renda/metrics', () => {
    expect(
      Object.keys(metrics).filter((name) => name.startsWith('coverage')).length,
    ).toBeGreaterThan(3);
  });

  it('keeps the sample generator out of the main entry', () => {
    expect('generateSample' in root).toBe(false);
  });
});
