// Fails when package-lock.json lacks entries for optional (platform) dependencies: such a lockfile
// is what `npm install` writes when the registry cannot serve some platform binaries, and
// `npm ci` then fails with "Missing: <pkg>@ from lock file".
import { readFileSync } from 'node:fs';

const { packages } = JSON.parse(
  readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'),
);
const missing = [];
for (const [path, meta] of Object.entries(packages)) {
  for (const dep of Object.keys(meta.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ''}node_modules/${dep}`;
    let found = packages[nested];
    for (let p = path; !found && p; ) {
      p = p.includes('/node_modules/') ? p.slice(0, p.lastIndexOf('/node_modules/')) : '';
      found = packages[`${p ? `${p}/` : ''}node_modules/${dep}`];
    }
    if (!found) missing.push(`${path || '(root)'} -> ${dep}@${meta.optionalDependencies[dep]}`);
  }
}
if (missing.length) {
  console.error(
    `package-lock.json is missing ${missing.length} optional dependencies:\n  ${missing.join('\n  ')}`,
  );
  process.exit(1);
}
console.log('package-lock.json: all optional (platform) dependencies are recorded');
