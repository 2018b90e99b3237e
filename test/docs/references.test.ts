import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module of the docs build, without type declarations
import { glossaryMarkdown } from '../../scripts/lib/glossary.mjs';
import * as renda from '../../src/index.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const guideFiles = readdirSync(new URL('docs/', root)).filter((f) => f.endsWith('.md'));
const modelFiles = readdirSync(new URL('docs/models/', root)).map((f) => `models/${f}`);
/** A page's prose: its code blocks removed. */
const prose = (text: string) => text.replace(/```[\s\S]*?```/g, '');

/** Every public source file's TSDoc comments (internal folders are not published). */
function publicComments(dir: URL): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name !== 'internal') out.push(...publicComments(new URL(`${entry.name}/`, dir)));
    } else if (entry.name.endsWith('.ts')) {
      const text = readFileSync(new URL(entry.name, dir), 'utf8');
      out.push(...(text.match(/\/\*\*[\s\S]*?\*\//g) ?? []));
    }
  }
  return out;
}

describe('the docs cite only what their readers have', () => {
  const pages = ['README.md', ...[...guideFiles, ...modelFiles].map((f) => `docs/${f}`)];
  const forbidden = /DOMAIN(\.md)?\b(?! ?=)|ANCHORS(\.md| ?§)|DESIGN\.md|STYLE\.md/;

  it.each(pages)('%s names no project-internal file', (page) => {
    expect(prose(read(page))).not.toMatch(forbidden);
  });

  it('no public TSDoc comment names one either', () => {
    const offending = publicComments(new URL('src/', root)).filter((c) => forbidden.test(c));
    expect(offending).toEqual([]);
  });

  it('every numbered source a guide cites is listed on the Sources page', () => {
    const sources = read('docs/sources.md');
    const listed = new Set([...sources.matchAll(/^- \[(\d+)\]/gm)].map((m) => m[1]));
    expect(listed.size).toBeGreaterThan(100);
    for (const page of pages) {
      for (const [, n] of prose(read(page)).matchAll(/(?<![\w\]`(])\[(\d{1,3})\](?![(:])/g)) {
        expect(listed.has(n as string), `${page} cites [${n}]`).toBe(true);
      }
    }
  });
});

describe('the glossary (docs/glossary.md)', () => {
  const guides = guideFiles
    .filter((file) => file !== 'glossary.md')
    .sort()
    .map((file) => ({ file, text: read(`docs/${file}`) }));
  const glossary = read('docs/glossary.md');

  it('is what the library’s tables and the guides give (run scripts/build-glossary.mjs)', () => {
    expect(glossary).toBe(glossaryMarkdown(renda, guides));
  });

  it('glosses every figure, state and screen label, and 两个联系, 调休, 办复率 and 满意率', () => {
    for (const term of ['两个联系', '调休', '| 办复率 |', '| 满意率 |', '| 已交办 |', '| 省级 |'])
      expect(glossary).toContain(term);
    for (const metric of Object.values(renda.SUGGESTION_METRICS))
      expect(glossary).toContain(`| ${metric.name['zh-Hans']} | ${metric.name.en} |`);
  });
});
