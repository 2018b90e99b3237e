import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MOTION_THRESHOLDS } from '../../../src/suggestion/motion/motionThreshold.js';
import { motionWorkflow } from '../../../src/suggestion/motion/motionWorkflow.js';

const guide = readFileSync(new URL('../../../docs/motions.md', import.meta.url), 'utf8');

describe('the motions guide (docs/motions.md)', () => {
  it('states the thresholds the code applies', () => {
    expect(guide).toContain(`at least **${MOTION_THRESHOLDS.national.deputies}** deputies`);
    expect(guide).toContain(`at least **${MOTION_THRESHOLDS.county.deputies}** deputies`);
    expect(guide).toContain(`at least **${MOTION_THRESHOLDS.township.deputies}** deputies`);
  });

  it('lists every event of the workflow', () => {
    for (const event of Object.keys(motionWorkflow.events))
      expect(guide).toContain(`| \`${event}\``);
  });
});
