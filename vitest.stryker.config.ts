import { defineConfig } from 'vitest/config'

/**
 * The tests Stryker runs for each mutant (npm run mutation): the in-process ones
 * over src/core, src/report and src/inspect. No Verdaccio, no bundle, no CLI child
 * processes: they test dist/ or the registry adapter, which Stryker does not mutate.
 * hostile.test.ts is left out too: its fuzzing (10,000 cases) would run for every
 * scanner mutant; escaping.test.ts and archive-names.test.ts pin what it checks.
 */
export default defineConfig({
  test: {
    include: [
      '__tests__/rules.test.ts',
      '__tests__/secrets.test.ts',
      '__tests__/edges.test.ts',
      '__tests__/allow-list.test.ts',
      '__tests__/renderers.test.ts',
      '__tests__/markdown.test.ts',
      '__tests__/escaping.test.ts',
      '__tests__/escape.test.ts',
      '__tests__/archive-names.test.ts',
      '__tests__/findings.test.ts',
      '__tests__/inspect-edges.test.ts',
      '__tests__/secret-patterns.test.ts',
      '__tests__/core-edges.test.ts',
      '__tests__/manifest-rules.test.ts',
      '__tests__/baseline-version.test.ts',
      '__tests__/rules-doc.test.ts',
      '__tests__/source-map-scanner.test.ts',
      '__tests__/source-mapping-url.test.ts',
      '__tests__/tarball-reader.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
