// The docs site's own rules, as a TypeDoc plugin (typedoc.json lists it):
// - the guides come in the README's reading order (its guide table is the one list of them),
//   grouped as Guides, with the model pages grouped as Models after them, then the API reference;
// - the search finds Chinese terms (办复率, 交办) in guides and API comments, offline.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Application, Converter, IndexEvent } from 'typedoc';

const root = new URL('../../', import.meta.url).pathname;

/** The guides the README's table links, in its order: path and name. */
export function readmeGuides() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('| Guide | 中文 |'));
  const guides = [];
  for (const line of table.split('\n')) {
    if (!line.startsWith('|')) break;
    const link = /^\| \[([^\]]+)\]\((docs\/[\w-]+\.md)\)/.exec(line);
    if (link) guides.push({ path: link[2], name: link[1] });
  }
  return guides;
}

/** @param {Application} app */
export function load(app) {
  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    const models = readdirSync(join(root, 'docs/models'))
      .filter((n) => n.endsWith('.md'))
      .sort()
      .map((n) => `docs/models/${n}`);
    app.options.setValue('projectDocuments', [...readmeGuides().map((g) => g.path), ...models]);
  });
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    // A guide without a `title` is named after its file; it takes the README table's name.
    const names = new Map(readmeGuides().map((g) => [g.path.slice(5, -3), g.name]));
    for (const document of context.project.documents ?? []) {
      document.frontmatter.group ??= 'Guides 指南';
      document.name = names.get(document.name) ?? document.name;
    }
  });
  app.renderer.on(IndexEvent.PREPARE_INDEX, (event) => {
    event.searchFieldWeights.zh = 2;
    event.searchResults.forEach((reflection, i) => {
      event.searchFields[i].zh = chineseTerms(searchText(reflection));
    });
  });
}

/** The text of a page: a guide's content, or a declaration's comments and its signatures'. */
function searchText(reflection) {
  const parts = [
    ...(reflection.content ?? []),
    ...(reflection.comment?.summary ?? []),
    ...(reflection.signatures ?? []).flatMap((s) => s.comment?.summary ?? []),
  ];
  return parts.map((part) => part.text).join(' ');
}

/**
 * The runs of Chinese characters in a text, each wrapped in underscores. TypeDoc's index trims
 * what JavaScript calls non-word characters from the ends of every word, and that is every Chinese
 * character: unwrapped, 办复率 would be indexed as nothing. The search box looks for `*term*`, so a
 * term found anywhere in a run matches.
 */
export function chineseTerms(text) {
  const runs = new Set(text.match(/[\u3400-\u9fff\uf900-\ufaff]+/g) ?? []);
  return [...runs].map((run) => `_${run}_`).join(' ');
}
