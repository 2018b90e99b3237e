// The browser checks (浏览器测试): the built pages load in headless chromium with no network and
// show what the library computes.
//
//   node scripts/browser-tests.mjs [--screenshots] [--only <check>]
//
// Each entry of `checks` is one page or site: `run(t)` gets the shared browser and a tally `t`
// (t.ok(condition, what, detail?), t.equal(actual, expected, what)). A check builds what it
// needs, serves it with serveDirectory, opens it with openPage (which blocks every request that
// is not to the local server) and asserts. Prints a pass/fail summary; exits 1 on any failure.
// --screenshots writes the pictures the docs show (docs/images/).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureChromium, launchBrowser, openPage, serveDirectory } from './browser.mjs';
import { siteChecks } from './site-checks.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const screenshots = args.includes('--screenshots');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

const seconds = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

/** Runs a command from the project's root; throws when it fails. */
function run(command, commandArgs) {
  const r = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0)
    throw new Error(`${command} ${commandArgs.join(' ')} failed (exit ${r.status})`);
}

/** The built package, built first when absent (the CI builds it in an earlier step). */
async function renda() {
  if (
    !existsSync(join(root, 'dist', 'index.js')) ||
    !existsSync(join(root, 'dist', 'testing.js'))
  ) {
    run('npx', ['tsup', '--silent']);
  }
  const api = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
  const testing = await import(pathToFileURL(join(root, 'dist', 'testing.js')).href);
  return { ...api, ...testing };
}

// ---------------------------------------------------------------------------------------------
// The dashboard (examples/dashboard)

const DASHBOARD = join(root, 'examples', 'dashboard');
/** The rates of the dashboard's per-unit table (its HEADLINE_RATES). */
const UNIT_RATES = ['replyRate', 'onTimeReplyRate', 'satisfactionRate'];

/** The figures of one `section[data-figures=…]`, by metric id, as the page shows them. */
const readSection = (page, name) =>
  page.$$eval(`section[data-figures="${name}"] [data-metric]`, (elements) =>
    elements.map((e) => ({
      metric: e.dataset.metric,
      numerator: e.dataset.numerator,
      denominator: e.dataset.denominator,
      value: e.dataset.value,
      count: e.dataset.count,
      text: (e.querySelector('.figure-value') ?? e).textContent?.trim(),
    })),
  );

/** Compares the page's rate with the one computed in Node: counts, value and printed text. */
function expectRate(t, shown, rate, what, formatRate) {
  if (shown === undefined) return t.ok(false, `${what} is shown`);
  t.equal(
    [shown.numerator, shown.denominator, shown.value, shown.text],
    [
      String(rate.numerator),
      String(rate.denominator),
      rate.value === null ? 'null' : String(rate.value),
      formatRate(rate),
    ],
    what,
  );
}

/** The figures of one section by metric id. */
const figuresOf = async (page, name) =>
  new Map((await readSection(page, name)).map((f) => [f.metric, f]));

/**
 * Compares a section with the Node result: each count (page metric id → the result's number) and
 * each rate of `rates`; a result that is `undefined` (a unit with nothing in the period) must
 * show no figures.
 */
function expectSection(t, shown, counts, rates, label, formatRate) {
  if (counts === undefined) return t.ok(shown.size === 0, `${label}: no figures shown`);
  for (const [id, count] of Object.entries(counts)) {
    t.equal(shown.get(id)?.count, String(count), `${label}: ${id}`);
  }
  for (const [id, rate] of Object.entries(rates)) {
    expectRate(t, shown.get(id), rate, `${label}: ${id} (${rate.name['zh-Hans']})`, formatRate);
  }
}

/** Compares every figure of the suggestion and opinion sections with the Node results. */
async function expectFigures(t, page, lib, expected, label) {
  const s = expected.suggestions;
  expectSection(
    t,
    await figuresOf(page, 'suggestion'),
    s && {
      n: s.n,
      assigned: s.stateCounts.assigned,
      overdue: s.overdue.n,
      lateAssignment: s.lateAssignment.n,
    },
    s ? Object.fromEntries(lib.SUGGESTION_RATE_IDS.map((id) => [id, s.rates[id]])) : {},
    `${label}, suggestions`,
    lib.formatRate,
  );
  if (s !== undefined) {
    const states = await page.$$eval(
      'section[data-figures="suggestion"] [data-metric="stateCounts"] [data-state]',
      (rows) => Object.fromEntries(rows.map((r) => [r.dataset.state, Number(r.dataset.count)])),
    );
    t.equal(states, { ...s.stateCounts.byState }, `${label}: items by state`);
  }
  const o = expected.opinions;
  expectSection(
    t,
    await figuresOf(page, 'opinion'),
    o && { n: o.n, peopleReceived: o.peopleReceived.total },
    o?.rates ?? {},
    `${label}, opinions`,
    lib.formatRate,
  );
}

/** Chooses a filter value and waits for the page to draw again. */
async function choose(page, select, value) {
  const before = await page.evaluate(() => Number(document.body.dataset.renders));
  await page.selectOption(select, value);
  await page.waitForFunction((n) => Number(document.body.dataset.renders) > n, before);
}

async function dashboardChecks(t, browser) {
  let t0 = Date.now();
  const lib = await renda();
  run('npx', ['vite', 'build', '--logLevel', 'warn', 'examples/dashboard']);
  t.note(`dashboard built in ${seconds(t0)}`);
  const {
    byHandlingUnit,
    byLeadUnit,
    coverageMemberContact,
    coverageStationActivity,
    formatRate,
    generateSample,
    opinionStats,
    suggestionStats,
  } = lib;

  t0 = Date.now();
  const sample = generateSample({ seed: 1, size: 'county' });
  const { asOf, policy, opinionPolicy, year } = sample;
  /** The figures for a unit ('' for all) and a period, computed here with the library's calls. */
  const expect = (unit, period) => {
    const byUnit = suggestionStats(sample.suggestions, {
      asOf,
      policy,
      period,
      groupBy: byLeadUnit,
    });
    const opinions = opinionStats(sample.opinions, {
      asOf,
      policy: opinionPolicy,
      period,
      groupBy: byHandlingUnit,
    });
    const pick = (result) =>
      unit === '' ? result.total : result.groups.find((g) => g.key[0] === unit)?.stats;
    return { byUnit, suggestions: pick(byUnit), opinions: pick(opinions) };
  };
  const wholeYear = { from: `${year}-01-01`, to: `${year}-12-31` };
  const all = expect('', wholeYear);
  t.note(`sample and figures computed in Node in ${seconds(t0)}`);

  const server = await serveDirectory(join(DASHBOARD, 'dist'));
  const view = await openPage(browser, server.origin);
  const { page } = view;
  try {
    t0 = Date.now();
    await page.goto(server.url('/'));
    await page.waitForSelector('body[data-ready="true"]', { timeout: 180_000 });
    t.note(`dashboard loaded, sample generated and figures drawn in ${seconds(t0)}`);

    // All units, the whole year (the page's defaults).
    await expectFigures(t, page, lib, all, 'all units, whole year');
    const rows = await page.$$eval('section[data-figures="units"] tr[data-unit]', (trs) =>
      trs.map((tr) => ({
        unit: tr.dataset.unit,
        n: tr.querySelector('[data-metric="n"]')?.dataset.count,
        rates: Object.fromEntries(
          [...tr.querySelectorAll('[data-numerator]')].map((td) => [
            td.dataset.metric,
            [td.dataset.numerator, td.dataset.denominator, td.textContent],
          ]),
        ),
      })),
    );
    t.equal(
      rows.map((r) => r.unit),
      all.byUnit.groups.map((g) => g.key[0]),
      'per-unit table lists every lead unit (byLeadUnit groups)',
    );
    for (const group of all.byUnit.groups) {
      const row = rows.find((r) => r.unit === group.key[0]);
      const want = Object.fromEntries(
        UNIT_RATES.map((id) => {
          const r = group.stats.rates[id];
          return [id, [String(r.numerator), String(r.denominator), formatRate(r)]];
        }),
      );
      t.equal(
        [row?.n, row?.rates],
        [String(group.stats.n), want],
        `unit ${group.key[0]}: n and rates`,
      );
    }
    const coverage = await figuresOf(page, 'coverage');
    for (const result of [
      coverageMemberContact(sample.deputies, sample.activities, { period: wholeYear }),
      coverageStationActivity(sample.stations, sample.activities, {
        period: wholeYear,
        minReceptionDays: 1,
        per: 'month',
      }),
    ]) {
      expectRate(t, coverage.get(result.id), result.rate, `coverage ${result.id}`, formatRate);
    }

    // The charts: ECharts draws each as an SVG with shapes in it.
    const charts = await page.$$eval('[data-chart]', (elements) =>
      elements.map((e) => ({
        name: e.dataset.chart,
        shapes: e.querySelectorAll('svg path, svg rect').length,
      })),
    );
    t.ok(charts.length >= 6, `six charts or more are drawn (${charts.length})`);
    for (const chart of charts) t.ok(chart.shapes > 0, `chart ${chart.name} is an SVG with shapes`);

    // The workflow diagrams: every docs/diagrams/*.svg present at build time, each loaded.
    const diagramsDir = join(root, 'docs', 'diagrams');
    const files = existsSync(diagramsDir)
      ? readdirSync(diagramsDir).filter((f) => f.endsWith('.svg'))
      : [];
    const diagrams = await page.$$eval('figure[data-diagram] img', (images) =>
      images.map((img) => ({
        src: img.getAttribute('src'),
        loaded: img.complete && img.naturalWidth > 0,
      })),
    );
    t.equal(diagrams.length, files.length, 'one figure per docs/diagrams/*.svg');
    for (const d of diagrams) t.ok(d.loaded, `diagram ${d.src} loads`);
    if (files.length === 0) {
      t.ok(
        (await page.$('section[data-figures="diagrams"] .empty')) !== null,
        'without diagrams the section says so',
      );
    }

    if (screenshots) {
      const out = join(root, 'docs', 'images');
      mkdirSync(out, { recursive: true });
      await page.screenshot({ path: join(out, 'dashboard.png') });
      t.note('wrote docs/images/dashboard.png');
    }

    // The unit filter: the unit that leads most items.
    const busiest = [...all.byUnit.groups]
      .filter((g) => g.key[0] !== '(unassigned)')
      .sort((a, b) => b.stats.n - a.stats.n)[0].key[0];
    await choose(page, '#filter-unit', busiest);
    const unitYear = expect(busiest, wholeYear);
    t.ok(unitYear.suggestions.n < all.suggestions.n, `unit ${busiest} has fewer items than all`);
    await expectFigures(t, page, lib, unitYear, `unit ${busiest}, whole year`);

    // The period filter: the second quarter, with the unit still chosen.
    await choose(page, '#filter-period', `${year}-Q2`);
    const q2 = { from: `${year}-04-01`, to: `${year}-06-30` };
    const drawn = await page.$eval('#period-note', (e) => ({
      from: e.dataset.from,
      to: e.dataset.to,
    }));
    t.equal(drawn, q2, 'Q2 is 1 April to 30 June');
    await expectFigures(t, page, lib, expect(busiest, q2), `unit ${busiest}, Q2`);
    await choose(page, '#filter-unit', '');
    await expectFigures(t, page, lib, expect('', q2), 'all units, Q2');

    // A date range of the user's own, across a quarter's end.
    const range = { from: `${year}-03-15`, to: `${year}-05-20` };
    await choose(page, '#filter-period', 'range');
    await page.fill('#filter-from', range.from);
    await page.fill('#filter-to', range.to);
    await page.waitForFunction(
      ([from, to]) => {
        const note = document.getElementById('period-note');
        return note?.dataset.from === from && note?.dataset.to === to;
      },
      [range.from, range.to],
    );
    await expectFigures(t, page, lib, expect('', range), 'all units, 15 March to 20 May');

    for (const problem of view.problems()) t.ok(false, problem);
    t.ok(
      view.problems().length === 0,
      'no console errors, page errors, failed or foreign requests',
    );
  } finally {
    await view.close();
    await server.close();
  }

  // Opened straight from disk (file://), as an intranet user might: it must work as well.
  const dir = join(DASHBOARD, 'dist');
  const fromDisk = await openPage(browser, pathToFileURL(dir).href);
  try {
    t0 = Date.now();
    await fromDisk.page.goto(pathToFileURL(join(dir, 'index.html')).href);
    await fromDisk.page.waitForSelector('body[data-ready="true"]', { timeout: 180_000 });
    const reply = await fromDisk.page.$eval(
      'section[data-figures="suggestion"] [data-metric="replyRate"]',
      (e) => e.dataset.numerator,
    );
    t.equal(reply, String(all.suggestions.rates.replyRate.numerator), 'from file://: 办复率 shown');
    for (const problem of fromDisk.problems()) t.ok(false, `from file://: ${problem}`);
    t.note(`dashboard opened from file:// in ${seconds(t0)}`);
  } finally {
    await fromDisk.close();
  }
}

/** The checks, in order; the docs site's checks join this list. */
export const checks = [
  { name: 'docs site', run: (t, browser) => siteChecks(t, browser, { screenshots }) },
  { name: 'dashboard', run: dashboardChecks },
];

/** A tally of assertions: failures are listed, passes counted. */
function tally(check) {
  const t = { passed: 0, failed: [] };
  t.ok = (condition, what, detail) => {
    if (condition) t.passed += 1;
    else t.failed.push(`${check}: ${what}${detail === undefined ? '' : `\n    ${detail}`}`);
    return condition;
  };
  t.equal = (actual, expected, what) => {
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    return t.ok(a === e, what, `shown ${a}\n    wanted ${e}`);
  };
  t.note = (line) => console.log(`[${check}] ${line}`);
  return t;
}

async function main() {
  const started = Date.now();
  let t0 = Date.now();
  ensureChromium();
  const browser = await launchBrowser();
  console.log(`[browser] chromium ${browser.version()} ready in ${seconds(t0)}`);
  const results = [];
  try {
    for (const check of checks) {
      if (only !== undefined && check.name !== only) continue;
      const t = tally(check.name);
      t0 = Date.now();
      try {
        await check.run(t, browser);
      } catch (error) {
        t.failed.push(`${check.name}: stopped: ${error?.stack ?? error}`);
      }
      results.push({ name: check.name, t, time: seconds(t0) });
    }
  } finally {
    await browser.close();
  }
  console.log('');
  let failures = 0;
  for (const { name, t, time } of results) {
    failures += t.failed.length;
    console.log(
      `${t.failed.length === 0 ? '✓' : '✗'} ${name}: ${t.passed} passed, ${t.failed.length} failed (${time})`,
    );
    for (const failure of t.failed) console.log(`  ✗ ${failure}`);
  }
  console.log(`browser checks ${failures === 0 ? 'passed' : 'FAILED'} in ${seconds(started)}`);
  process.exit(failures === 0 ? 0 : 1);
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) await main();
