import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as calendar from '../src/calendar/index.js';
import * as connections from '../src/connections/index.js';
import * as i18n from '../src/i18n/index.js';
import * as importArea from '../src/import/index.js';
import * as root from '../src/index.js';
import * as livelihood from '../src/livelihood/index.js';
import * as metrics from '../src/metrics.js';
import * as model from '../src/model/index.js';
import * as opinion from '../src/opinion/index.js';
import * as stats from '../src/stats/index.js';
import * as suggestion from '../src/suggestion/index.js';
import * as workflow from '../src/workflow/index.js';
import tsupConfig from '../tsup.config.js';

// The names DESIGN.md promises users; renaming one is a breaking change that needs a changeset.
const stable = {
  model: [
    'SuggestionSchema',
    'DeputySchema',
    'parseSuggestion',
    'safeParseSuggestion',
    'parseDeputy',
    'safeParseDeputy',
    'toPopolo',
    'safeToPopolo',
    'MotionSchema',
    'parseMotion',
    'safeParseMotion',
    'DelegationItemSchema',
    'parseDelegationItem',
    'safeParseDelegationItem',
  ],
  workflow: [
    'transition',
    'availableEvents',
    'replay',
    'defineWorkflow',
    'extendWorkflow',
    'toMermaid',
  ],
  suggestion: [
    'createSuggestion',
    'suggestionWorkflow',
    'defaultPolicy',
    'definePolicy',
    'toPublicSuggestion',
    'safeToPublicSuggestion',
    'createMotion',
    'motionWorkflow',
    'meetsMotionThreshold',
    'suggestionFromMotion',
    'motionsByDecision',
    'verifyMotion',
    'createDelegationItem',
    'delegationItemWorkflow',
    'pendingConsents',
    'suggestionFromDelegationItem',
    'verifyDelegationItem',
  ],
  calendar: ['dueDate', 'deadlineStatus'],
  stats: ['rate', 'shares', 'aggregate', 'wilsonInterval'],
  connections: ['coverageTraining', 'scoreDeputies', 'dutyRecord'],
  opinion: ['opinionWorkflow', 'createOpinion', 'toPublicOpinion', 'safeToPublicOpinion'],
  livelihood: [
    'livelihoodWorkflow',
    'createLivelihoodProject',
    'tallyLivelihoodBallots',
    'classifyYearEndVote',
    'livelihoodAdoptionCoverage',
    'tallyAppraisalBallots',
    'appraisalUnitFigures',
    'selectCandidates',
    'candidatesFromDeputyScores',
    'livelihoodStats',
  ],
  import: ['importRows', 'exportRows', 'reverseLabel', 'parseDayCell', 'lintDataset'],
  metrics: ['rate', 'shares', 'aggregate', 'suggestionStats'],
  i18n: ['labels'],
} as const;
const areas = {
  model,
  workflow,
  suggestion,
  calendar,
  stats,
  connections,
  opinion,
  livelihood,
  import: importArea,
  metrics,
  i18n,
} as Record<string, Record<string, unknown>>;

describe('public surface', () => {
  for (const [area, names] of Object.entries(stable)) {
    it(`renda/${area} exports ${names.join(', ')}`, () => {
      for (const name of names) {
        expect(areas[area]?.[name], `${area}.${name}`).toBeDefined();
        expect((root as Record<string, unknown>)[name], `renda.${name}`).toBe(areas[area]?.[name]);
      }
    });
  }

  it('keeps every 0.1 name of renda/metrics in the deprecated alias', () => {
    const moved = { ...stats, ...connections, ...suggestion };
    for (const [name, value] of Object.entries(metrics))
      expect(value, name).toBe((moved as Record<string, unknown>)[name]);
    expect(
      Object.keys(metrics).filter((name) => name.startsWith('coverage')).length,
    ).toBeGreaterThan(3);
    expect(
      Object.hasOwn(metrics, 'suggestionStats') && Object.hasOwn(metrics, 'scoreDeputies'),
    ).toBe(true);
  });

  it('keeps the sample generators out of the main entry', () => {
    expect('generateSample' in root).toBe(false);
    expect('generateMotionSample' in root).toBe(false);
    expect('generateDelegationItemSample' in root).toBe(false);
    expect('sampleKeyItems' in root).toBe(false);
  });
});

// The package as npm ships it: package.json, the build entries and src/ must agree, or a subpath
// resolves in one mode and not another, or a dependency ships that nothing uses.
const repo = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
  engines: { node: string };
  devEngines: { runtime: { version: string } };
  files: string[];
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  exports: Record<string, unknown>;
  typesVersions: Record<string, Record<string, string[]>>;
};

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourcesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the package', () => {
  const subpaths = Object.keys(pkg.exports)
    .filter((k) => k !== '.' && k !== './package.json')
    .map((k) => k.slice(2));
  const [forBundlers, forNode] = tsupConfig as unknown as [
    { entry: Record<string, string> },
    { entry: Record<string, string>; outDir: string },
  ];
  const entries = forBundlers.entry;

  it('exports, the build entries and typesVersions (moduleResolution "node") list the same subpaths', () => {
    expect(Object.keys(entries).sort()).toEqual(['index', ...subpaths].sort());
    expect(Object.keys(pkg.typesVersions['*'] ?? {}).sort()).toEqual([...subpaths].sort());
    for (const subpath of subpaths) {
      expect(pkg.typesVersions['*']?.[subpath]).toEqual([`./dist/${subpath}.d.cts`]);
    }
  });

  it('Node loads one main file: its build has the main entry and renda/testing, and every export condition "node" points into it', () => {
    expect(forNode.outDir).toBe('dist/node');
    expect(Object.keys(forNode.entry).sort()).toEqual(['index', 'testing']);
    for (const [key, value] of Object.entries(pkg.exports)) {
      if (key === './package.json') continue;
      const name = key === '.' ? 'index' : key.slice(2);
      expect(value).toMatchObject({
        node: {
          import: { types: `./dist/${name}.d.ts`, default: `./dist/node/${name}.js` },
          require: { types: `./dist/${name}.d.cts`, default: `./dist/node/${name}.cjs` },
        },
        import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
      });
    }
  });

  it('ships the guides, README, LICENSE and CHANGELOG beside the build', () => {
    for (const file of ['dist', 'docs/**/*.md', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
      expect(pkg.files).toContain(file);
    }
    expect(readFileSync(join(repo, 'LICENSE'), 'utf8')).toMatch(
      /^MIT License\n\nCopyright \(c\) 2026 renda contributors\n/,
    );
  });

  it('every runtime dependency is imported by src/, and zod is a peer', () => {
    // Module imports only (line-initial, never crossing into a comment's `*` lines), not the
    // TSDoc examples that import 'renda'.
    const imported = new Set<string>();
    for (const file of sourcesUnder(join(repo, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(
        /^(?:import|export)(?:\* as \w+|[^;*])*? from '((?:@[^/']+\/)?[^./'][^/']*)/gm,
      )) {
        imported.add(m[1] as string);
      }
    }
    for (const dependency of Object.keys(pkg.dependencies)) {
      expect(
        imported.has(dependency),
        `${dependency} is a dependency that src/ never imports`,
      ).toBe(true);
    }
    for (const dependency of imported) {
      expect(
        dependency in pkg.dependencies || dependency in pkg.peerDependencies,
        `src/ imports ${dependency}, which is not a dependency`,
      ).toBe(true);
    }
    expect(pkg.peerDependencies.zod).toBeDefined();
    expect(pkg.devDependencies['date-fns']).toBeDefined();
  });

  it('engines says the Node versions CI runs on', () => {
    expect(pkg.engines.node).toBe(pkg.devEngines.runtime.version);
  });
});
