// The workflow diagrams (工作流程图): every docs/diagrams/*.svg that exists when the page is built
// (the docs generate them from the workflow definitions), copied next to the page. Without the
// folder the section says so; the build does not fail.
import { h, section } from './dom.js';

const files = import.meta.glob<string>('../../../docs/diagrams/*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
});

/** Chinese titles of the diagrams the docs draw; another file is shown under its own name. */
const TITLES: Readonly<Record<string, string>> = {
  suggestion: '代表建议办理流程 (suggestion workflow)',
  motion: '议案办理流程 (motion workflow)',
  opinion: '群众意见闭环流程 (constituent-opinion loop)',
  livelihood: '民生实事项目代表票决流程 (livelihood-project vote)',
};

/** The section with one figure per diagram, or a note when there is none. */
export function diagramsSection(): HTMLElement {
  const diagrams = Object.entries(files)
    .map(([path, url]) => ({ name: path.slice(path.lastIndexOf('/') + 1, -'.svg'.length), url }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const body =
    diagrams.length === 0
      ? h(
          'p',
          { class: 'empty' },
          '构建时没有找到 docs/diagrams/*.svg (no diagrams were found at build time)。',
        )
      : h(
          'div',
          { class: 'diagrams' },
          ...diagrams.map((d) =>
            h(
              'figure',
              { 'data-diagram': d.name },
              h('figcaption', {}, TITLES[d.name] ?? d.name),
              h('img', { src: d.url, alt: TITLES[d.name] ?? d.name }),
            ),
          ),
        );
  const element = section('diagrams', '工作流程图', 'Workflow diagrams', body);
  element.dataset.count = String(diagrams.length);
  return element;
}
