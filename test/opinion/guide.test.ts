import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultOpinionPolicy } from '../../src/opinion/opinionPolicy.js';
import { opinionWorkflow } from '../../src/opinion/opinionWorkflow.js';

const guide = readFileSync(new URL('../../docs/opinions.md', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the opinions guide (docs/opinions.md)', () => {
  it('lists every event of the workflow', () => {
    for (const event of Object.keys(opinionWorkflow.events))
      expect(guide).toContain(`| \`${event}\``);
  });

  it('states the default limits the policy applies', () => {
    const limit = (code: string) =>
      defaultOpinionPolicy.categories.find((c) => c.code === code)?.workingDays;
    expect(limit('enquiry')).toBe(3);
    expect(limit('complaint')).toBe(13);
    expect(guide).toContain(
      `within ${limit('enquiry')} working days, complaints and suggestions within ${limit('complaint')}`,
    );
    expect(guide).toContain(
      `at most ${defaultOpinionPolicy.extension.maxWorkingDays} working days a`,
    );
  });

  it('is linked from the README’s guide table', () => {
    expect(readme).toContain('| [Constituent opinions and 12345](docs/opinions.md) |');
  });
});
