// StrykerJS over the pure code (issue 22; see TESTING.md for how to run it and the scores).
// STRYKER_AREA=core|report|inspect limits the run to one folder; by default all three.
const AREAS = { core: 'src/core/**/*.ts', report: 'src/report/**/*.ts', inspect: 'src/inspect/**/*.ts' }
const area = process.env.STRYKER_AREA
if (area && !AREAS[area]) throw new Error(`STRYKER_AREA must be one of ${Object.keys(AREAS).join(', ')}, got ${area}`)
const name = area ?? 'all'

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // The in-process test files only (no Verdaccio, no bundle, no CLI child processes).
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  // On purpose a file that does not exist: TypeScript 7 has no JS API, and Stryker's
  // tsconfig step crashes on it. Nothing here needs it (vitest transpiles on its own).
  tsconfigFile: 'tsconfig.stryker-none.json',
  mutate: area ? [AREAS[area]] : Object.values(AREAS),
  // Module-level code (constants, tables) runs once per process: mutants there would
  // need a fresh process per mutant. scripts/mutants.mjs covers the ones that matter.
  ignoreStatic: true,
  coverageAnalysis: 'perTest',
  // The machine is shared: one test runner process.
  concurrency: 1,
  timeoutMS: 30_000,
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${name}.json`,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
}
