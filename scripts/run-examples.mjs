// Runs every example that check-examples.mjs extracted to .tmp/examples (run that first) and
// checks what each claims it prints: a line `console.log(a, b); // 'x' 1` must print values
// that read as the comment's (strings quoted or not, as console.log shows them; an explanation
// after the value, set off by ': ', ' (' or ' —', is not compared; 'e.g.' comments are not
// checked, nor are comments that start with a word).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, '.tmp', 'examples');
const out = join(dir, 'run');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// A comment that starts with a word says what is printed (`// each unit's rate`), not its value.
const PROSE = /^(?!(?:true|false|null|undefined|NaN|Infinity)\b)[A-Za-z\u4e00-\u9fff]/;
const LOG = /^(\s*(?:if \([^;]*\) )?)console\.log\((.*)\);\s*\/\/\s*(.*)$/;
const names = readdirSync(dir)
  .filter((n) => n.endsWith('.ts'))
  .sort();
// A guide's script that `declare`s its inputs (a record from the user's database) has nothing to
// run on, and a test file runs under vitest: check-examples.mjs compiled them, and they are
// counted here as compiled only.
const compiledOnly = [];
for (const name of names) {
  const source = readFileSync(join(dir, name), 'utf8');
  if (/^declare /m.test(source) || /from 'vitest'/.test(source)) {
    compiledOnly.push(name);
    continue;
  }
  const lines = source.split('\n');
  const rewritten = lines.map((line, i) => {
    const m = LOG.exec(line);
    if (m === null || /^e\.g\./.test(m[3]) || PROSE.test(m[3])) return line;
    return `${m[1]}__check(${i}, ${JSON.stringify(m[3])}, ${m[2]});`;
  });
  const js = ts.transpileModule(rewritten.join('\n'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  // A guide's local modules ('./guide_…') are written next to it.
  const linked = js.replace(/from '\.\/(guide_[\w-]+)'/g, "from './$1.mjs'");
  writeFileSync(join(out, name.replace(/\.ts$/, '.mjs')), linked);
}

/**
 * The value part of a comment: up to an explanation outside quotes and brackets (`: `, ` (`,
 * ` —`, ` -`, `; `, or with `commaEnds`, `, `).
 */
function claimed(comment, commaEnds) {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < comment.length; i++) {
    const c = comment[i];
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('[{('.includes(c)) depth++;
    else if (']})'.includes(c)) depth--;
    else if (
      depth === 0 &&
      (comment.startsWith(': ', i) ||
        comment.startsWith(' (', i) ||
        comment.startsWith(' —', i) ||
        comment.startsWith(' -', i) ||
        comment.startsWith('; ', i) ||
        (commaEnds && comment.startsWith(', ', i)))
    )
      return comment.slice(0, i);
  }
  return comment;
}
const squash = (s) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/([[{(]) /g, '$1')
    .replace(/ ([\]})])/g, '$1')
    .replace(/,([\]}])/g, '$1')
    .trim();

const failures = [];
let current = '';
let checked = 0;
globalThis.__check = (line, comment, ...values) => {
  checked++;
  const want = squash(claimed(comment, false));
  const shorter = squash(claimed(comment, true));
  const shown = (quoteStrings) =>
    squash(
      values
        .map((v) =>
          typeof v === 'string' && !quoteStrings
            ? v
            : inspect(v, { depth: 8, breakLength: Infinity, maxArrayLength: 1000 }),
        )
        .join(' '),
    );
  for (const printed of [shown(true), shown(false)])
    if (printed === want || printed === shorter) return;
  failures.push(`${current}:${line + 1}\n    claims: ${want}\n    prints: ${shown(true)}`);
};
const realLog = console.log;
console.log = () => {};
for (const name of readdirSync(out).sort()) {
  current = name;
  try {
    await import(join(out, name));
  } catch (error) {
    failures.push(`${name}: threw ${error?.name}: ${error?.message}`);
  }
}
console.log = realLog;
if (failures.length > 0) {
  console.error(`examples: ${failures.length} problems\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `examples: ${names.length - compiledOnly.length} run (${compiledOnly.length} guide scripts that declare their inputs or are tests compiled only), ${checked} printed values as their comments say`,
);
