// The demo report: a bilingual summary of the built-in sample jurisdiction, printed with the
// built package exactly as an app would use it. Run with `npm run demo`.
import { labels } from 'renda';
import { generateSample } from 'renda/testing';

const zh = labels('zh-Hans');
const en = labels('en');
const sample = generateSample({ seed: 2025, size: 'town' });

const width = 78;
const rule = (char = '─') => char.repeat(width);
const pad = (text, n) => {
  // CJK characters take two columns in a terminal.
  const cols = [...text].reduce((sum, ch) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  return text + ' '.repeat(Math.max(0, n - cols));
};
const countBy = (items, key) => {
  const counts = new Map();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};
const table = (title, group, counts) => {
  console.log(`\n${title}`);
  console.log(rule());
  for (const [value, n] of counts) {
    const label = `${zh[group][value]} ${en[group][value]}`;
    console.log(`  ${pad(label, 60)}${String(n).padStart(8)}`);
  }
};

console.log(rule('═'));
console.log(`renda 示例辖区概况 · Sample jurisdiction summary (seed 2025, as of ${sample.asOf})`);
console.log(rule('═'));
console.log(
  `代表 Deputies ${sample.deputies.length} · 常委会组成人员 Members ${sample.members.length} · ` +
    `联络站点 Stations ${sample.stations.length} · 代表小组 Groups ${sample.groups.length}`,
);
console.log(
  `履职活动 Activities ${sample.activities.length} · 代表建议 Suggestions ${sample.suggestions.length} · ` +
    `群众意见 Opinions ${sample.opinions.length}`,
);
table('代表层级 Deputies by level', 'congressLevel', countBy(sample.deputies, (d) => d.congress.level));
table('代表状态 Deputies by status', 'deputyStatus', countBy(sample.deputies, (d) => d.status.status));
table('家站点类别 Stations by kind', 'stationKind', countBy(sample.stations, (s) => s.kind));
table('建议状态 Suggestions by state', 'suggestionState', countBy(sample.suggestions, (s) => s.state));
table('活动类别 Activities by kind', 'activityKind', countBy(sample.activities, (a) => a.kind));
console.log();
