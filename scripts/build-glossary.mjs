// Writes docs/glossary.md from the build (run `npx tsup` first); see scripts/lib/glossary.mjs.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as lib from '../dist/index.js';
import { glossaryMarkdown } from './lib/glossary.mjs';

const docs = new URL('../docs/', import.meta.url).pathname;
const guides = readdirSync(docs)
  .filter((file) => file.endsWith('.md') && file !== 'glossary.md')
  .sort()
  .map((file) => ({ file, text: readFileSync(docs + file, 'utf8') }));
writeFileSync(`${docs}glossary.md`, glossaryMarkdown(lib, guides));
console.log('glossary: written to docs/glossary.md');
