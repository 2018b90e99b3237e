// The docs site's browser checks (文档站点), one entry of browser-tests.mjs's `checks`: the built
// site (`npx typedoc` → site/) served on loopback with no network, as a newcomer opens it.
//
// - every internal link of every page resolves to a file of the site, and a `#fragment` to an id
//   on that page (read from the HTML in Node: fast, and exact);
// - every page loads in chromium with no console error, page error, failed or foreign request;
// - each workflow diagram renders as an SVG image on its guide;
// - the search box finds 办复率 (in the guides too) and 交办.
// With --screenshots, writes docs/images/workflow.png (the suggestion workflow's diagram).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPage, serveDirectory } from './browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SITE = join(root, 'site');

/** The guides that show a workflow diagram, by the diagram's file. */
const DIAGRAM_PAGES = {
  'suggestion.svg': 'The_suggestion_workflow.html',
  'motion.svg': 'Motions.html',
  'opinion.svg': 'Constituent_opinions_and_12345.html',
  'livelihood.svg': 'Livelihood-project_votes,_appraisals_and_selections.html',
  'delegationItem.svg': 'Delegation_items.html',
};

/** Every HTML file of the site, relative to it. */
function pages(dir = SITE) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...pages(path));
    else if (entry.name.endsWith('.html')) out.push(relative(SITE, path));
  }
  return out.sort();
}

/** The ids a page defines (anchors a link may point at). */
const idsCache = new Map();
function idsOf(file) {
  if (!idsCache.has(file)) {
    const html = readFileSync(join(SITE, file), 'utf8');
    idsCache.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  }
  return idsCache.get(file);
}

/** The internal links of a page that do not resolve: `href`/`src` to a missing file or id. */
function brokenLinks(file) {
  const html = readFileSync(join(SITE, file), 'utf8');
  const broken = [];
  for (const [, attribute, raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
    const link = raw.replace(/&amp;/g, '&');
    if (/^(https?:|mailto:|data:|javascript:)/.test(link) || link === '') continue;
    const [path, fragment] = link.split('#');
    const target = path === '' ? file : relative(SITE, resolve(dirname(join(SITE, file)), path));
    if (target.startsWith('..') || !existsSync(join(SITE, target))) {
      broken.push(`${attribute}="${link}": no such file`);
      continue;
    }
    // A fragment TypeDoc resolves in script (the search's #) is not an element id.
    if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment)))
      broken.push(`${attribute}="${link}": no element with that id`);
  }
  return broken;
}

/**
 * The site's checks.
 * @param t the tally (t.ok, t.equal, t.note)
 * @param browser the shared chromium
 * @param options `screenshots`: write docs/images/workflow.png; `every`: load only every n-th page
 *   in the browser (for a quick local run; the CI loads them all)
 */
export async function siteChecks(t, browser, { screenshots = false, every = 1 } = {}) {
  if (!existsSync(join(SITE, 'index.html'))) {
    const r = spawnSync('npx', ['typedoc'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('npx typedoc failed');
  }
  const files = pages();
  t.ok(files.length > 500, 'the site has its pages', `${files.length} pages`);

  let links = 0;
  for (const file of files) {
    const broken = brokenLinks(file);
    links += 1;
    for (const problem of broken) t.ok(false, `${file}: ${problem}`);
  }
  t.ok(links === files.length, 'every page’s internal links were read');

  const server = await serveDirectory(SITE);
  try {
    // Every page, two at a time: no console error, page error, failed or foreign request.
    const started = Date.now();
    const queue = files.filter((_, i) => i % every === 0);
    const worker = async () => {
      const view = await openPage(browser, server.origin);
      try {
        for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
          const before = view.problems().length;
          await view.page.goto(server.url(`/${file}`), { waitUntil: 'load' });
          // A request the next navigation cuts short (the favicon, typically) is not a failure.
          const problems = view
            .problems()
            .slice(before)
            .filter((problem) => !problem.endsWith('net::ERR_ABORTED'));
          for (const problem of problems) t.ok(false, `${file}: ${problem}`);
          if (problems.length === 0) t.ok(true, file);
        }
      } finally {
        await view.close();
      }
    };
    await Promise.all([worker(), worker()]);
    t.note(
      `${Math.ceil(files.length / every)} pages loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    const view = await openPage(browser, server.origin, {
      viewport: { width: 1400, height: 1000 },
    });
    try {
      const { page } = view;
      // Each diagram is an SVG image that rendered (a broken image has no natural width).
      for (const [svg, guide] of Object.entries(DIAGRAM_PAGES)) {
        await page.goto(server.url(`/documents/${encodeURIComponent(guide)}`), {
          waitUntil: 'load',
        });
        const image = page.locator(`img[src$="${svg}"]`);
        t.equal(await image.count(), 1, `${guide} shows ${svg}`);
        if ((await image.count()) !== 1) continue;
        const rendered = await image.evaluate(async (img) => {
          await img.decode().catch(() => undefined);
          return { width: img.naturalWidth, src: img.currentSrc };
        });
        t.ok(rendered.width > 200, `${svg} renders on ${guide}`, JSON.stringify(rendered));
        const response = await page.request.get(rendered.src);
        t.ok(
          (response.headers()['content-type'] ?? '').startsWith('image/svg+xml') &&
            (await response.text()).includes('<svg'),
          `${svg} is served as an SVG`,
        );
        if (screenshots && svg === 'suggestion.svg') {
          await image.scrollIntoViewIfNeeded();
          await page.waitForTimeout(300);
          await page.screenshot({ path: join(root, 'docs', 'images', 'workflow.png') });
        }
      }

      // The search, as a reader types into it.
      await page.goto(server.url('/index.html'), { waitUntil: 'load' });
      for (const [term, guide] of [
        ['办复率', true],
        ['交办', false],
      ]) {
        await page.click('#tsd-search-trigger');
        await page.fill('#tsd-search-input', term);
        await page.waitForSelector('#tsd-search-results li', { timeout: 10_000 }).catch(() => {});
        const results = await page.$$eval('#tsd-search-results li a', (links) =>
          links.map((a) => a.getAttribute('href') ?? ''),
        );
        t.ok(results.length > 0, `the search finds ${term}`, `${results.length} results`);
        if (guide)
          t.ok(
            results.some((href) => href.includes('documents/')),
            `the search finds ${term} in a guide`,
            results.join(', '),
          );
        await page.keyboard.press('Escape');
      }
      for (const problem of view.problems()) t.ok(false, problem);
    } finally {
      await view.close();
    }
  } finally {
    await server.close();
  }
}
