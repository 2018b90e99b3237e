// Fails when a markdown file that ships in the tarball links to a file that does not: the README
// and the guides are read inside node_modules/renda (and on the npm page), so every relative link
// in them must resolve within the packed files. Uses `npm pack --dry-run` (what would be
// published), not the working tree.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }),
);
const files = new Set(packed.files.map((f) => f.path));
const markdown = [...files].filter((f) => f.endsWith('.md'));

// Inline links and images `[text](target)` and reference definitions `[label]: target`; code
// spans and fenced blocks are skipped, since links in examples are not links.
const withoutCode = (text) => text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
const targets = (text) => [
  ...[...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
  ...[...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]),
];
const external = /^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i;

const broken = [];
for (const file of markdown) {
  for (const target of targets(withoutCode(readFileSync(join(root, file), 'utf8')))) {
    if (external.test(target)) continue;
    const path = decodeURI(target.split('#')[0] ?? '');
    if (path === '') continue;
    const resolved = normalize(join(dirname(file), path)).replace(/\/$/, '');
    if (!files.has(resolved)) broken.push(`${file}: ${target} (→ ${resolved})`);
  }
}
if (broken.length) {
  console.error(
    `${broken.length} link(s) in the packed markdown point outside the tarball:\n  ${broken.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(
  `pack links: ${markdown.length} markdown files, every relative link resolves in the tarball`,
);
