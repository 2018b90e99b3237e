// The browser harness (浏览器测试工具): Debian's chromium driven by playwright-core, headless, with
// no sandbox and no network. Every page is served from a directory by a loopback static server;
// any request elsewhere is aborted and recorded, so a page that would fetch a CDN font or script
// on an intranet fails its check here.
//
//   import { ensureChromium, launchBrowser, openPage, serveDirectory } from './browser.mjs';
//
// ensureChromium() installs chromium from Debian when it is absent (like scripts/services.mjs
// installs PostgreSQL); launchBrowser() starts it; serveDirectory(dir) serves a built site;
// openPage(browser, origin) opens a page that blocks and records foreign requests and collects
// console errors, page errors and failed requests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

/** Where Debian's package puts the browser. */
export const CHROMIUM = '/usr/bin/chromium';

const say = (line) => console.log(`[browser] ${line}`);

/** Installs Debian packages, running `apt-get update` once if the first attempt fails. */
function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
      stdio: 'inherit',
      env,
    }).status === 0;
  if (!install()) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    if (!install()) throw new Error(`apt-get install ${packages.join(' ')} failed`);
  }
}

/** True when fontconfig knows a font that covers Chinese. */
const hasChineseFont = () => {
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
};

/**
 * Makes sure chromium is installed (and a Chinese font, without which every label would be boxes
 * in a screenshot): installs Debian's packages when absent. Returns the browser's path.
 */
export function ensureChromium() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (!hasChineseFont()) missing.push('fonts-noto-cjk');
  if (missing.length > 0) {
    const t0 = Date.now();
    say(`installing from Debian: ${missing.join(' ')} (apt-get install -y)`);
    aptInstall(missing);
    say(`installed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    if (!existsSync(CHROMIUM)) throw new Error(`chromium was installed but ${CHROMIUM} is absent`);
  }
  return CHROMIUM;
}

/** Starts headless chromium: no sandbox (CI containers run as root), nothing that phones home. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-default-apps',
      '--disable-extensions',
      '--disable-sync',
      '--metrics-recording-only',
      '--mute-audio',
    ],
  });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `dir` on a free loopback port: GET and HEAD of files under it (a directory serves its
 * index.html), 404 for anything else. Resolves to `{ origin, url(path), close() }`.
 */
export function serveDirectory(dir) {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      path = '';
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) file = '';
    if (file !== '' && existsSync(file) && statSync(file).isDirectory()) {
      file = join(file, 'index.html');
    }
    if (
      (request.method !== 'GET' && request.method !== 'HEAD') ||
      file === '' ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('not found');
      return;
    }
    const body = readFileSync(file);
    response.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done, fail) => {
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      done({
        origin,
        url: (path = '/') => new URL(path, origin).href,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}

/**
 * Opens a page that may only load from `origin` (and `data:`/`blob:` URLs): every other request is
 * aborted and recorded in `blocked`. Console errors, uncaught page errors, failed requests and
 * HTTP errors are collected; `problems()` lists them all, one line each.
 */
export async function openPage(browser, origin, { viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'zh-CN' });
  const page = await context.newPage();
  const consoleErrors = [];
  const pageErrors = [];
  const failed = [];
  const blocked = [];
  const allowed = (url) =>
    url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:');
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(String(error?.stack ?? error)));
  page.on('requestfailed', (request) => {
    if (allowed(request.url())) {
      failed.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return {
    page,
    consoleErrors,
    pageErrors,
    failed,
    blocked,
    problems: () => [
      ...consoleErrors.map((e) => `console error: ${e}`),
      ...pageErrors.map((e) => `page error: ${e}`),
      ...failed.map((e) => `request failed: ${e}`),
      ...blocked.map((e) => `blocked request (not local): ${e}`),
    ],
    close: () => context.close(),
  };
}
