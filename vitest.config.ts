import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // dist/ bundled once from the current source, and a real registry (Verdaccio on
    // 127.0.0.1) for the tests that need one.
    globalSetup: ['__tests__/setup/bundle.ts', '__tests__/setup/verdaccio.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
