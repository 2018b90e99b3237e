// A workflow's state diagram as a standalone SVG (no script, no web font, no network), laid out
// by dagre from the definition: the states with their Chinese and English labels, an arrow for
// each move labelled with its events, and for each state the events that keep it there. The docs
// build writes one per workflow (scripts/build-diagrams.mjs); the site and the dashboard show them.
import dagre from '@dagrejs/dagre';

/** Each workflow's diagram title, by workflow id; the file is docs/diagrams/<id>.svg. */
export const DIAGRAM_TITLES = {
  suggestion: { zh: '代表建议办理流程', en: 'Suggestion workflow' },
  motion: { zh: '议案办理流程', en: 'Motion workflow' },
  opinion: { zh: '群众意见与12345工单办理流程', en: 'Constituent opinion workflow' },
  livelihood: { zh: '民生实事项目票决流程', en: 'Livelihood-project workflow' },
  delegationItem: { zh: '代表团建议办理流程', en: 'Delegation-item workflow' },
};

const FONT =
  "'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','Source Han Sans SC',sans-serif";
const CATEGORY_FILL = { open: '#eef4ff', replied: '#fff6e0', closed: '#eaf7ee' };
const CATEGORY_STROKE = { open: '#3b6fd8', replied: '#c98a00', closed: '#2e8b57' };

/** Width in pixels of a line at a font size: CJK characters are square, others about half. */
function textWidth(text, size) {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.56;
  return em * size;
}

const xmlText = (text) =>
  String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const round = (n) => Math.round(n * 10) / 10;

/** A curve through dagre's points: straight to the first midpoint, then quadratic Béziers. */
function smoothPath(points) {
  const p = points.map(({ x, y }) => ({ x: round(x), y: round(y) }));
  if (p.length < 3) return `M${p[0].x},${p[0].y}L${p.at(-1).x},${p.at(-1).y}`;
  const mid = (a, b) => `${round((a.x + b.x) / 2)},${round((a.y + b.y) / 2)}`;
  let d = `M${p[0].x},${p[0].y}L${mid(p[0], p[1])}`;
  for (let i = 1; i < p.length - 1; i++) d += `Q${p[i].x},${p[i].y} ${mid(p[i], p[i + 1])}`;
  return `${d}L${p.at(-1).x},${p.at(-1).y}`;
}

/**
 * The SVG text of a workflow's diagram.
 * @param workflow a workflow object (`suggestionWorkflow`, …)
 * @param transitions its `workflowTransitions(workflow)`
 * @param title the diagram's title, e.g. { zh: '代表建议办理流程', en: 'Suggestion workflow' }
 */
export function diagramSvg(workflow, transitions, title) {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 36, ranksep: 56, edgesep: 18, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));

  const staying = new Map();
  const moves = new Map();
  for (const { from, event, to } of transitions) {
    const label = workflow.events[event].label;
    if (from === to) {
      if (!staying.has(from)) staying.set(from, []);
      staying.get(from).push(label);
      continue;
    }
    const key = `${from}\u0000${to}`;
    if (!moves.has(key)) moves.set(key, { from, to, labels: [] });
    const labels = moves.get(key).labels;
    if (!labels.some((l) => l.en === label.en)) labels.push(label);
  }

  g.setNode('__start', { width: 14, height: 14 });
  for (const [name, state] of Object.entries(workflow.states)) {
    const zh = state.label['zh-Hans'];
    const en = state.label.en;
    const stays = staying.get(name)?.length ?? 0;
    const lines = [textWidth(zh, 15), textWidth(en, 12), stays ? textWidth(`↻ ${stays}`, 11) : 0];
    g.setNode(name, {
      width: Math.max(...lines) + 28,
      height: stays ? 62 : 48,
      zh,
      en,
      stays: staying.get(name) ?? [],
      state,
    });
  }
  g.setEdge('__start', workflow.initial, { width: 0, height: 0, labels: [] }, '__start');
  for (const { from, to, labels } of moves.values()) {
    const width = Math.max(...labels.map((l) => textWidth(`${l['zh-Hans']} ${l.en}`, 11))) + 8;
    g.setEdge(
      from,
      to,
      { width, height: labels.length * 14 + 4, labels, labelpos: 'c' },
      `${from}>${to}`,
    );
  }
  dagre.layout(g);

  const graph = g.graph();
  const titleHeight = 40;
  const legend =
    '↻ n：不改变状态的事件数 events that keep the state · 粗框：终态 thick border: terminal';
  const width = Math.ceil(
    Math.max(
      graph.width,
      textWidth(`${title.zh}  ${title.en}`, 16) + 32,
      textWidth(legend, 11) + 32,
    ),
  );
  const height = Math.ceil(graph.height + titleHeight + 24);
  const out = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="title">`,
    `<title id="title">${xmlText(`${title.zh} ${title.en}`)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#555"/></marker></defs>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="26" font-family="${FONT}" font-size="16" font-weight="600" fill="#222">${xmlText(title.zh)} <tspan fill="#666" font-weight="400">${xmlText(title.en)}</tspan></text>`,
    `<g transform="translate(0 ${titleHeight})">`,
  );
  for (const e of g.edges()) {
    const edge = g.edge(e);
    out.push(
      `<path class="transition" d="${smoothPath(edge.points)}" fill="none" stroke="#555" stroke-width="1.2" marker-end="url(#arrow)"/>`,
    );
    edge.labels.forEach((label, i) => {
      const y = edge.y - (edge.labels.length * 14) / 2 + 11 + i * 14;
      out.push(
        `<text x="${round(edge.x)}" y="${round(y)}" text-anchor="middle" font-family="${FONT}" font-size="11" fill="#333" paint-order="stroke" stroke="#fff" stroke-width="3">${xmlText(label['zh-Hans'])} <tspan fill="#777">${xmlText(label.en)}</tspan></text>`,
      );
    });
  }
  const start = g.node('__start');
  out.push(`<circle cx="${round(start.x)}" cy="${round(start.y)}" r="7" fill="#222"/>`);
  for (const name of g.nodes()) {
    if (name === '__start') continue;
    const node = g.node(name);
    const category = node.state.category;
    const x = round(node.x - node.width / 2);
    const y = round(node.y - node.height / 2);
    const stays = node.stays.map((l) => `${l['zh-Hans']} ${l.en}`).join('; ');
    out.push(
      `<g class="state" data-state="${xmlText(name)}">`,
      `<title>${xmlText(`${node.zh} ${node.en}${stays ? ` — ${stays}` : ''}`)}</title>`,
      `<rect x="${x}" y="${y}" width="${round(node.width)}" height="${node.height}" rx="8" fill="${CATEGORY_FILL[category]}" stroke="${CATEGORY_STROKE[category]}" stroke-width="${node.state.terminal ? 2.5 : 1.2}"/>`,
      `<text x="${round(node.x)}" y="${round(y + 20)}" text-anchor="middle" font-family="${FONT}" font-size="15" fill="#111">${xmlText(node.zh)}</text>`,
      `<text x="${round(node.x)}" y="${round(y + 37)}" text-anchor="middle" font-family="${FONT}" font-size="12" fill="#555">${xmlText(node.en)}</text>`,
    );
    if (node.stays.length > 0)
      out.push(
        `<text x="${round(node.x)}" y="${round(y + 53)}" text-anchor="middle" font-family="${FONT}" font-size="11" fill="#777">↻ ${node.stays.length}</text>`,
      );
    out.push('</g>');
  }
  out.push(
    '</g>',
    `<text x="16" y="${height - 12}" font-family="${FONT}" font-size="11" fill="#777">${xmlText(legend)}</text>`,
    '</svg>',
    '',
  );
  return out.join('\n');
}
