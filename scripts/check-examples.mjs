// Extracts every ```ts block of every @example in src/ (and the README's and the guides') and type-checks them against the BUILT
// package (imports of 'renda' resolve through package.json "exports" by self-reference), so the
// examples users copy from the docs compile.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.tmp', 'examples');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (path.endsWith('.ts')) files.push(path);
  }
};
walk(join(root, 'src'));

let count = 0;
const undocumented = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  for (const comment of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const body = comment[1].replace(/^[ \t]*\* ?/gm, '');
    const at = body.indexOf('@example');
    if (at < 0) continue;
    for (const block of body.slice(at).matchAll(/```ts\n([\s\S]*?)```/g)) {
      count += 1;
      const name = `${relative(join(root, 'src'), file).replace(/[/.]/g, '_')}_${count}.ts`;
      writeFileSync(join(out, name), `export {};\n${block[1]}`);
    }
  }
  // Every exported function, const, class or type must carry a TSDoc comment (internal/ folders
  // are not public: their exports serve the area only).
  if (file.includes('/internal/')) continue;
  const documented = new Set();
  for (const m of text.matchAll(
    /(^|\n)(export (?:declare )?(?:async )?(?:function|const|class|type|interface) (\w+))/g,
  )) {
    // A lint directive may sit between the comment and the export.
    const before = text
      .slice(0, m.index + m[1].length)
      .trimEnd()
      .replace(/(\n\s*\/\/[^\n]*)+$/, '');
    // Overloads after the first documented signature share its comment.
    if (before.endsWith('*/')) documented.add(m[3]);
    else if (!documented.has(m[3])) undocumented.push(`${relative(root, file)}: ${m[3]}`);
  }
}
// The README's quick start is the first code users copy: it must compile too.
const readme = readFileSync(join(root, 'README.md'), 'utf8');
for (const block of readme.matchAll(/```ts\n([\s\S]*?)```/g)) {
  count += 1;
  writeFileSync(join(out, `README_${count}.ts`), `export {};\n${block[1]}`);
}
// The guides' code blocks. A block that imports something starts a script; a block without
// imports, or one whose first line is `// …continuing …`, continues the script before it (the
// guides build an example up step by step). A script
// that imports './name' gets the guide's latest earlier script that exports those names, written
// as that module. Scripts that `declare` their inputs (a record loaded from the user's database)
// are compiled here and skipped by run-examples.mjs.
const guides = readdirSync(join(root, 'docs'), { recursive: true })
  .filter((name) => name.endsWith('.md'))
  .sort();
let guideScripts = 0;
for (const guide of guides) {
  const text = readFileSync(join(root, 'docs', guide), 'utf8');
  const stem = `guide_${guide.replace(/\.md$/, '').replace(/[/.]/g, '_')}`;
  const scripts = [];
  for (const block of text.matchAll(/```ts\n([\s\S]*?)```/g)) {
    const code = block[1];
    const continues = /^\/\/ …continuing/.test(code);
    if (scripts.length === 0 || (/^import\b/m.test(code) && !continues)) scripts.push(code);
    else scripts[scripts.length - 1] += `\n${code}`;
  }
  // Rewrites the './name' imports of a script (the k-th or an earlier one) to the module files.
  const linked = (script, k) => {
    let code = script;
    for (const [, names, module] of script.matchAll(
      /import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'\.\/([\w-]+)'/g,
    )) {
      const wanted = names
        .split(',')
        .map((n) => n.trim().replace(/^type\s+/, ''))
        .filter(Boolean);
      const exports = (s) =>
        wanted.every((n) =>
          new RegExp(`export (?:const|function|type|interface|class) ${n}\\b`).test(s),
        );
      const at = scripts.slice(0, k).findLastIndex(exports);
      if (at < 0) {
        console.error(
          `docs/${guide}: no earlier block exports ${wanted.join(', ')} for './${module}'`,
        );
        process.exitCode = 1;
        continue;
      }
      writeFileSync(join(out, `${stem}_${module}.ts`), `export {};\n${linked(scripts[at], at)}`);
      code = code.replace(`'./${module}'`, `'./${stem}_${module}'`);
    }
    return code;
  };
  scripts.forEach((script, k) => {
    count += 1;
    guideScripts += 1;
    writeFileSync(join(out, `${stem}_${k + 1}.ts`), `export {};\n${linked(script, k)}`);
  });
}

writeFileSync(
  join(out, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2022'],
      module: 'Preserve',
      moduleResolution: 'Bundler',
      moduleDetection: 'force',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ['node'],
      typeRoots: [join(root, 'node_modules/@types')],
    },
    include: ['*.ts'],
  }),
);
try {
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(out, 'tsconfig.json')], {
    stdio: 'inherit',
  });
} catch {
  console.error(
    'examples: some @example blocks or guide blocks do not compile (files in .tmp/examples)',
  );
  process.exit(1);
}
if (undocumented.length) {
  console.error(`exports without TSDoc:\n  ${undocumented.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `examples: ${count - guideScripts} @example blocks and ${guideScripts} guide scripts compile against the built package`,
);
