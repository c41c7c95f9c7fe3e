// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild.
// ESM output that pulls CommonJS dependencies needs a real `require`: the banner provides it.
import { build } from 'esbuild'
import { chmod, rm } from 'node:fs/promises'

const banner = {
  js: "import { createRequire as __packGuardCreateRequire } from 'node:module'; const require = __packGuardCreateRequire(import.meta.url);",
}

await rm('dist', { recursive: true, force: true })
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', banner, legalComments: 'none', logLevel: 'warning' }
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' })
await build({ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js' })
await chmod('dist/cli.js', 0o755)
