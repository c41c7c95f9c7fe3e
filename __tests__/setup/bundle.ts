import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/**
 * Bundles dist/ once, before any test file starts: the end-to-end tests run the
 * bundle, and no test may rebuild (and so delete) it while another spawns it.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url))
  const built = spawnSync(process.execPath, ['scripts/bundle.mjs'], { cwd: root, encoding: 'utf8' })
  if (built.status !== 0) throw new Error(`npm run bundle failed:\n${built.stderr}`)
}
