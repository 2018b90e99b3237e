// The demo report: the annual suggestion-handling dashboard (建议办理年度统计) of the built-in sample
// jurisdiction, printed with the built package exactly as an app would use it. Bilingual (Chinese
// label, then English), and it checks itself: no line is wider than 80 terminal columns, counting
// each CJK character as 2. Run with `npm run demo`.
import {
  appraisalUnitFigures,
  byLeadUnit,
  candidatesFromDeputyScores,
  coverageDutyReports,
  coverageEnrolment,
  coverageMemberContact,
  coverageMemberQuota,
  coverageSessionAttendance,
  coverageStationActivity,
  coverageTraining,
  defaultLivelihoodPolicy,
  defaultOpinionPolicy,
  dongbaoStyleRules,
  evaluateUnits,
  formatPercent,
  formatRate,
  keyItemPlanStatus,
  labels,
  livelihoodStats,
  motionsByDecision,
  OPINION_METRICS,
  opinionStats,
  rankUnits,
  scoreDeputies,
  selectCandidates,
  shenzhen2007UnitThresholds,
  suggestionStats,
  tallyAppraisalBallots,
  tallyKeyItemVote,
} from 'renda';
import {
  generateDelegationItemSample,
  generateMotionSample,
  generateSample,
  sampleKeyItems,
} from 'renda/testing';

const zh = labels('zh-Hans');
const en = labels('en');
const sample = generateSample({ seed: 2025, size: 'town' });
const { policy, asOf } = sample;
const unitName = new Map(sample.units.map((u) => [u.id, u.name]));

const WIDTH = 80;
const lines = [];
const out = (text = '') => lines.push(text);
/** Terminal columns of a string: CJK and full-width forms take two. */
const columns = (text) =>
  [...text].reduce(
    (sum, ch) =>
      sum +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1),
    0,
  );
const pad = (text, n) => text + ' '.repeat(Math.max(0, n - columns(text)));
const padStart = (text, n) => ' '.repeat(Math.max(0, n - columns(text))) + text;
const rule = (char = '─') => out(char.repeat(WIDTH - 2));
const heading = (title) => {
  out();
  out(title);
  rule();
};

const { total, groups } = suggestionStats(sample.suggestions, {
  asOf,
  policy,
  groupBy: byLeadUnit,
  period: String(sample.year),
  shares: { decimals: 1, rounding: 'adjustLargest' },
});

rule('═');
out(`${sample.year}年代表建议办理情况 · Suggestion handling ${sample.year}`);
out(`统计截止 As of ${asOf} · 规则 Policy ${policy.id}@${policy.version}`);
out(
  `办复口径 Replied when: ${policy.repliedWhen} · 满意率口径 Counting: ${policy.evaluationCounting}`,
);
rule('═');

heading('建议状态 Suggestions by state');
for (const [state, n] of Object.entries(total.stateCounts.byState)) {
  if (n === 0) continue;
  out(
    `  ${pad(`${zh.suggestionState[state]} ${en.suggestionState[state]}`, 44)}${padStart(String(n), 8)}`,
  );
}
const cat = total.stateCounts.byCategory;
out(`  未结 open ${cat.open} · 已答复 replied ${cat.replied} · 已结 closed ${cat.closed}`);
const ex = total.stateCounts.excluded;
out(`  不计入办复率 Excluded: 撤回 withdrawn ${ex.withdrawn}, 并案 merged ${ex.merged},`);
out(`    不予立案 not registered ${ex.notRegistered}, 未交办 not assigned ${ex.notAssigned}`);

heading('答复类别（按件） Outcome classes (items; shares add to 100)');
const classLabel = new Map(policy.outcomeTaxonomy.classes.map((c) => [c.code, c.label]));
for (const part of total.outcomeClasses.shares.parts) {
  const label = classLabel.get(part.key);
  const name = label ? `${part.key} ${label['zh-Hans']}` : part.key;
  out(`  ${pad(name, 40)}${padStart(String(part.count), 8)} 件 ${padStart(`${part.printed}%`, 8)}`);
}
out(
  `  ${pad('合计 Total', 40)}${padStart(String(total.outcomeClasses.n), 8)} 件 ${padStart(`${total.outcomeClasses.shares.sumPrinted}%`, 8)}`,
);
out(`  答复件次 Replies (件次): ${total.outcomeClassReplies.n}`);

heading('主要比率 Rates (numerator/denominator)');
const rateIds = [
  'replyRate',
  'onTimeReplyRate',
  'closureRate',
  'faceToFaceRate',
  'feedbackRate',
  'satisfactionRate',
  'narrowSatisfactionRate',
  'basicSatisfactionRate',
  'attitudeSatisfactionRate',
  'firstRoundSatisfactionRate',
  'firstRoundNarrowSatisfactionRate',
  'solvedOrPlannedRate',
  'adoptionRate',
  'reHandlingRate',
  'keyItemReplyRate',
  'keyItemSatisfactionRate',
  'assistingInputOnTimeRate',
  'followUpOnTimeRate',
];
for (const id of rateIds) {
  const r = total.rates[id];
  const zhName = r.name['zh-Hans'];
  out(`  ${pad(zhName, 24)}${pad(r.name.en, 32)}${padStart(formatRate(r, { decimals: 1 }), 20)}`);
}

heading('办复用时 Days from assignment to reply');
const days = total.timeToReply.days;
out(
  `  中位数 median ${days.median} · P90 ${days.p90?.toFixed(1)} · 平均 mean ${days.mean?.toFixed(1)} · n ${days.n}`,
);

heading(
  `逾期未复 Overdue (as of ${asOf.slice(0, 10)}; 严重逾期 = over ${total.overdue.veryOverdueDays} days)`,
);
out(`  逾期 overdue ${total.overdue.n} 件 · 严重逾期 very overdue ${total.overdue.veryOverdue} 件`);
for (const item of total.overdue.items.slice(0, 5)) {
  const flag = item.veryOverdue ? '严重逾期 very overdue' : '逾期 overdue';
  out(`  ${pad(item.id, 20)}${padStart(String(item.daysLate), 5)} 天 days  ${flag}`);
}
if (total.overdue.n > 5) out(`  … 另 ${total.overdue.n - 5} 件 and ${total.overdue.n - 5} more`);

heading('协办意见与跟踪办理 Assisting inputs and follow-up duties (件次)');
for (const [zhName, enName, figure] of [
  ['协办意见', 'Assisting inputs', total.assistingInputs.counts],
  ['跟踪办理义务', 'Follow-up duties', total.followUps.counts],
]) {
  out(
    `  ${pad(zhName, 14)}${pad(enName, 18)}已办 done ${figure.done}（按期 ${figure.onTime}，逾期 ${figure.late}）`,
  );
  out(`  ${pad('', 32)}未办 open ${figure.open}（已逾期 overdue ${figure.overdue}）`);
}

const minimumN = 10;
heading(`承办单位按期办复率排名 Units by on-time reply rate (n ≥ ${minimumN})`);
out(
  `  ${pad('#', 4)}${pad('单位 Unit', 34)}${padStart('按期 On time', 14)}${padStart('n', 5)}  95% Wilson`,
);
for (const row of rankUnits(
  groups.filter((g) => g.key[0] !== '(unassigned)'),
  { minimumN, metric: 'onTimeReplyRate' },
)) {
  const name = unitName.get(row.key[0]) ?? row.key[0];
  const interval = row.rate.interval
    ? `${(row.rate.interval.low * 100).toFixed(0)}–${(row.rate.interval.high * 100).toFixed(0)}%`
    : '—';
  const rank = row.rank === null ? '*' : String(row.rank);
  const value = row.rate.value === null ? '—' : `${(row.rate.value * 100).toFixed(1)}%`;
  out(
    `  ${pad(rank, 4)}${pad(name, 34)}${padStart(value, 14)}${padStart(String(row.n), 5)}  ${interval}`,
  );
}
out(`  * 样本不足 ${minimumN} 件，不参与排名 fewer than ${minimumN} items: not ranked`);

// ── 办理工作 The office's daily work: what the records hold beside the figures ───────────────────
heading('办理工作 Office work (records of the year)');
const count = (test) => sample.suggestions.filter(test).length;
const officeLines = [
  [
    '代为录入（纸质建议）',
    'Keyed in for a deputy',
    count((s) => s.history.some((h) => h.actor.onBehalfOf !== undefined)),
  ],
  [
    '提出前沟通',
    'Consulted before submission',
    count((s) => s.preSubmissionConsultations.length > 0),
  ],
  ['并案（含并案代表）', 'Merged with their deputies', count((s) => s.mergedProposers.length > 0)],
  ['阶段性答复', 'Holding reply first', count((s) => s.holdingReplies.length > 0)],
  [
    '重点督办（含领办安排）',
    'Key items with leads',
    count((s) => (s.keyItem?.leads?.length ?? 0) > 0),
  ],
  [
    '直通车（有领导批示）',
    'Direct route, instructed',
    count((s) => (s.directRoute?.instructions.length ?? 0) > 0),
  ],
];
for (const [zhName, enName, n] of officeLines) {
  out(`  ${pad(zhName, 26)}${pad(enName, 36)}${padStart(String(n), 8)}`);
}

// ── 重点督办 Key items: the year's plan on its calendar, and the item-by-item vote ────────────────
const keyItems = sampleKeyItems(sample);
const planStatus = keyItemPlanStatus(keyItems.plan, asOf);
heading(`重点督办 Key items: plan ${keyItems.plan.id}, milestones as of ${asOf.slice(0, 10)}`);
for (const m of planStatus.milestones) {
  const status = `${zh.keyItemMilestoneStatus[m.status]} ${en.keyItemMilestoneStatus[m.status]}`;
  out(`  ${pad(m.name, 28)}${pad(m.dueDay, 12)}${status}`);
}
const tally = tallyKeyItemVote(keyItems.vote, { threshold: 0.8 });
out(`  满意度测评 Vote ${tally.day}: 实到 ${tally.electorate.present}/${tally.electorate.members}`);
for (const item of tally.items) {
  const verdict = item.passed ? '通过 passed' : '未通过 short of 80%';
  out(
    `    ${pad(item.itemId, 8)}${padStart(formatRate(item.satisfactionRate, { decimals: 1 }), 20)}  ${verdict}`,
  );
}

const motions = generateMotionSample({ seed: sample.seed });
const byDecision = motionsByDecision(motions.motions);
heading(`议案处理 Motions by the presidium's decision (n ${byDecision.total})`);
for (const [decision, n] of Object.entries(byDecision.byDecision)) {
  const name = zh.motionDecision[decision] ?? '尚未决定';
  out(
    `  ${pad(name, 26)}${pad(en.motionDecision[decision] ?? 'undecided', 36)}${padStart(String(n), 8)}`,
  );
}

const delegation = generateDelegationItemSample({ seed: sample.seed });
heading(`全团建议 Delegation items by state (n ${delegation.items.length})`);
const byState = new Map();
for (const item of delegation.items) byState.set(item.state, (byState.get(item.state) ?? 0) + 1);
for (const [state, n] of byState) {
  out(
    `  ${pad(zh.delegationItemState[state], 26)}${pad(en.delegationItemState[state], 36)}${padStart(String(n), 8)}`,
  );
}

// ── 两个联系覆盖率 Two-connections coverage: the rate, then the first who fall short ────────────
const year = { from: `${sample.year}-01-01`, to: `${sample.year}-12-31` };
heading('两个联系与履职覆盖 Coverage (first three who fall short)');
const coverageLines = [
  [
    '常委会组成人员联系代表',
    'Deputies contacted by an SC member',
    coverageMemberContact(sample.deputies, sample.activities, { period: year }),
  ],
  [
    '组成人员联系代表达标（≥2名）',
    'Members contacting at least 2 deputies',
    coverageMemberQuota(sample.members, sample.activities, { period: year, minDeputies: 2 }),
  ],
  [
    '代表进家入站、编入小组',
    'Deputies in a station and a group',
    coverageEnrolment(sample.deputies, sample.stations, sample.groups, {
      period: year,
      require: 'both',
    }),
  ],
  [
    '联络站每季度开展接待',
    'Stations receiving every quarter',
    coverageStationActivity(sample.stations, sample.activities, {
      period: year,
      minReceptionDays: 1,
      per: 'quarter',
    }),
  ],
  [
    '基层代表列席常委会会议',
    'Grassroots deputies attending the SC',
    coverageSessionAttendance(sample.deputies, sample.activities, { period: year }),
  ],
  [
    '代表参加学习培训',
    'Deputies trained this year',
    coverageTraining(sample.deputies, sample.trainings, sample.trainingAttendances, {
      period: year,
    }),
  ],
  [
    '代表向选民述职',
    'Deputies reporting to voters',
    coverageDutyReports(sample.deputies, sample.dutyReports, { period: year, per: 'year' }),
  ],
];
for (const [zhName, enName, result] of coverageLines) {
  out(
    `  ${pad(zhName, 30)}${pad(enName, 38)}${padStart(formatPercent(result.rate.value, { decimals: 1, locale: 'zh-Hans' }), 8)}`,
  );
  // As many of the first three who fall short as fit on one 80-column line.
  let line = '    未达标 short:';
  let shown = 0;
  for (const s of result.shortfalls.slice(0, 3)) {
    const next = `${line}${shown ? '，' : ' '}${s.name ?? s.id} ${s.have}/${s.need}`;
    if (columns(next) > WIDTH - 8) break;
    line = next;
    shown += 1;
  }
  const more = result.shortfalls.length - shown;
  if (result.shortfalls.length > 0) out(more > 0 ? `${line} … +${more}` : line);
}

// ── 群众意见 Constituent opinions: what people told their deputies, and what became of it ──────
const opinions = opinionStats(sample.opinions, {
  asOf,
  policy: defaultOpinionPolicy,
  period: String(sample.year),
}).total;
heading(`群众意见 Constituent opinions (${opinions.n} received in ${sample.year})`);
for (const [channel, n] of Object.entries(opinions.byChannel)) {
  if (n === 0) continue;
  const name = `${zh.opinionChannel[channel]} ${en.opinionChannel[channel]}`;
  out(`  ${pad(name, 44)}${padStart(String(n), 8)}`);
}
out();
for (const id of Object.keys(OPINION_METRICS)) {
  const r = opinions.rates[id];
  out(
    `  ${pad(r.name['zh-Hans'], 24)}${pad(r.name.en, 32)}${padStart(formatRate(r, { decimals: 1 }), 20)}`,
  );
}
out();
const people = opinions.peopleReceived;
out(
  `  推动解决 Resolved: ${opinions.counts.resolved} 件 · 接待群众 Received: ${people.total} 人次`,
);
const stationName = new Map(sample.stations.map((s) => [s.id, s.name]));
let busiest = '  人次最多 Busiest:';
let shown = 0;
for (const [id, n] of Object.entries(people.byStation)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 3)) {
  const next = `${busiest}${shown ? '，' : ' '}${stationName.get(id) ?? id} ${n}`;
  if (columns(next) > WIDTH - 2) break;
  busiest = next;
  shown += 1;
}
out(busiest);

// ── 民生实事、评议与评选 Livelihood projects, the appraisal of units, and selections ───────────
const livelihood = livelihoodStats(sample.livelihoodProjects, {
  asOf,
  year: sample.year,
  shares: { decimals: 1, rounding: 'largestRemainder' },
});
heading(
  `民生实事项目 Livelihood projects ${sample.year} (n ${livelihood.n}, 票决入选 adopted ${livelihood.adopted})`,
);
for (const [stage, n] of Object.entries(livelihood.byStage)) {
  if (n === 0) continue;
  const name = `${zh.livelihoodProjectStage[stage]} ${en.livelihoodProjectStage[stage]}`;
  out(`  ${pad(name, 44)}${padStart(String(n), 8)}`);
}
const projectTitle = new Map(sample.livelihoodProjects.map((p) => [p.id, p.title]));
for (const [zhName, enName, r] of [
  ['节点按期完成率', 'Milestones met on time', livelihood.milestones.metOnTime],
  ['项目按期推进率', 'Projects on schedule', livelihood.onSchedule.rate],
]) {
  out(`  ${pad(zhName, 24)}${pad(enName, 32)}${padStart(formatRate(r, { decimals: 1 }), 20)}`);
}
const behind = livelihood.onSchedule.behind.map((id) => projectTitle.get(id) ?? id);
if (behind.length > 0) out(`    滞后 behind: ${behind.join('，')}`);
out('  年终测评 Year-end ratings (latest; shares add to 100)');
for (const part of livelihood.ratings.shares.parts) {
  const name = `${zh.satisfactionGrade[part.key]} ${en.satisfactionGrade[part.key]}`;
  out(
    `    ${pad(name, 42)}${padStart(String(part.count), 8)} 项 ${padStart(`${part.printed}%`, 8)}`,
  );
}

// The appraisal (评议): ballots tallied by the livelihood policy's year-end rule, then graded by
// Shenzhen's satisfaction criterion. An app spreads the appraisal over each unit's dashboard
// figures; the demo grades satisfaction alone, so the other figures are marked not measured.
const appraisal = tallyAppraisalBallots(sample.appraisalBallots, {
  policy: defaultLivelihoodPolicy,
});
const keyItemUnits = Object.fromEntries(
  sample.suggestions
    .filter((s) => s.keyItem !== undefined)
    .map((s) => [
      s.id,
      s.assignments.filter((a) => a.active && a.role !== 'assisting').map((a) => a.unitId),
    ]),
);
const satisfaction = appraisalUnitFigures(appraisal.results, { year: sample.year, keyItemUnits });
const notMeasured = {
  signedWithin7DaysRate: null,
  repliedWithin3MonthsRate: null,
  overdueCount: 0,
  repliedWithin6MonthsAll: true,
};
const satisfactionOnly = {
  id: 'appraisal',
  version: 1,
  criteria: shenzhen2007UnitThresholds.criteria.filter((c) => c.id === 'satisfaction'),
};
const grades = new Map(
  evaluateUnits(
    satisfaction.map((s) => ({ ...notMeasured, ...s })),
    satisfactionOnly,
  ).units.map((u) => [u.unitId, u.grade]),
);
const GRADE = { good: '良好', pass: '合格', fail: '不合格', notApplicable: '不适用' };
heading(
  `评议 Appraisal of handling (${appraisal.results[0]?.present ?? 0} of ${appraisal.results[0]?.members ?? 0} present)`,
);
out(
  `  ${pad('对象 Subject', 30)}${padStart('满意/基本/不满意/弃权', 22)}  ${pad('测评 Rating', 12)}等次`,
);
for (const r of appraisal.results) {
  const name =
    r.subject.kind === 'unit'
      ? (unitName.get(r.subject.id) ?? r.subject.id)
      : `重点 key item ${r.subject.id.slice(-4)}`;
  const counts = `${r.satisfied}/${r.basicallySatisfied}/${r.dissatisfied}/${r.abstained}`;
  const rating = r.rating === null ? '无效' : zh.satisfactionGrade[r.rating];
  const grade = r.subject.kind === 'unit' ? GRADE[grades.get(r.subject.id)] : '—';
  out(`  ${pad(name, 30)}${padStart(counts, 22)}  ${pad(rating, 12)}${grade}`);
}
out(
  `  规则 Rule: ${appraisal.rule.policy}, 满意票超过${appraisal.rule.electorate === 'allMembers' ? '应到' : '实到'}人数一半`,
);

// Selections (评选): outstanding deputies by the duty-record score, model stations by reception
// days (ties parted by the opinions they collected).
const scores = scoreDeputies(
  sample.deputies,
  [...sample.performanceRecords, ...sample.activities],
  dongbaoStyleRules,
  { period: year },
);
// Equal scores at the last place are not parted by lot: they go to a run-off (the default rule).
const outstanding = selectCandidates(candidatesFromDeputyScores(scores), {
  quota: 5,
  criteria: [{ id: 'dutyScore', weight: 1 }],
});
const deputyName = new Map(sample.deputies.map((d) => [d.id, d.name]));
heading('评选 Selections (名额 quota; 并列待定 = tied at the cut, for a run-off)');
const listed = (ids) => ids.map((id) => deputyName.get(id) ?? stationName.get(id) ?? id).join('、');
out(`  优秀代表 Outstanding deputies (${outstanding.quota}, 履职积分 duty score, Dongbao-style)`);
for (const row of outstanding.ranking.filter((r) => r.status !== 'notSelected')) {
  const status = row.status === 'selected' ? '入选' : '并列待定';
  out(
    `    ${pad(`${row.rank}. ${listed([row.candidateId])}`, 40)}${padStart(String(row.score), 6)} 分  ${status}`,
  );
}
if (outstanding.tiedAtCut.length > 0) {
  out(`    并列待定 ${outstanding.tiedAtCut.length} 人，争 ${outstanding.placesLeft} 个名额`);
}
const receptions = new Map();
for (const a of sample.activities) {
  if (a.kind === 'receptionDay' && a.stationId !== undefined)
    receptions.set(a.stationId, (receptions.get(a.stationId) ?? 0) + 1);
}
const collected = new Map();
for (const o of sample.opinions) {
  if (o.stationId !== undefined) collected.set(o.stationId, (collected.get(o.stationId) ?? 0) + 1);
}
const modelStations = selectCandidates(
  sample.stations
    .filter((s) => s.kind !== 'online')
    .map((s) => ({
      id: s.id,
      kind: 'station',
      scores: { receptions: receptions.get(s.id) ?? 0, opinions: collected.get(s.id) ?? 0 },
    })),
  { quota: 3, criteria: [{ id: 'receptions', weight: 1 }], tieBreak: ['opinions'] },
);
out(`  示范联络站 Model stations (${modelStations.quota}, 接待日次数 reception days)`);
for (const row of modelStations.ranking.slice(0, 5)) {
  const status = { selected: '入选', tiedAtCut: '并列待定', notSelected: '未入选' }[row.status];
  out(
    `    ${pad(`${row.rank}. ${stationName.get(row.candidateId) ?? row.candidateId}`, 40)}${padStart(String(row.values.receptions), 4)} 次 ${padStart(String(row.values.opinions), 4)} 件  ${status}`,
  );
}

out();
rule('═');

const wide = lines.filter((line) => columns(line) > WIDTH);
if (wide.length > 0) {
  throw new Error(`demo lines wider than ${WIDTH} columns:\n${wide.join('\n')}`);
}
console.log(lines.join('\n'));
