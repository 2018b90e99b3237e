// Writes each workflow's state diagram to docs/diagrams/<workflow id>.svg from the built package
// (run `npx tsup` first), so the guides, the docs site and the dashboard show the definitions
// themselves, offline. The tests hold each file equal to what its definition gives.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  delegationItemWorkflow,
  livelihoodWorkflow,
  motionWorkflow,
  opinionWorkflow,
  suggestionWorkflow,
  workflowTransitions,
} from '../dist/index.js';
import { DIAGRAM_TITLES, diagramSvg } from './lib/diagramSvg.mjs';

const workflows = [
  suggestionWorkflow,
  motionWorkflow,
  opinionWorkflow,
  livelihoodWorkflow,
  delegationItemWorkflow,
];
const dir = new URL('../docs/diagrams/', import.meta.url).pathname;
mkdirSync(dir, { recursive: true });
for (const workflow of workflows) {
  const svg = diagramSvg(workflow, workflowTransitions(workflow), DIAGRAM_TITLES[workflow.id]);
  writeFileSync(join(dir, `${workflow.id}.svg`), svg);
}
console.log(`diagrams: ${workflows.length} written in docs/diagrams`);
