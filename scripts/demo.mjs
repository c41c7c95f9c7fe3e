// The demo: builds the example package twice — 1.0.0 as released, 1.1.0 with the slip
// that leaked claude-code's source (a bundle map with `sourcesContent`) — packs both
// with `npm pack`, and runs the bundled pack-guard on the pair.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const example = join(root, 'examples/leaky-cli')
const work = mkdtempSync(join(tmpdir(), 'pack-guard-demo-'))

async function release(version, withMap) {
  const dir = join(work, version)
  cpSync(example, dir, { recursive: true })
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...manifest, version }, null, 2))
  await build({
    entryPoints: [join(dir, 'src/cli.ts')],
    outfile: join(dir, 'dist/cli.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    minify: true,
    sourcemap: withMap ? 'linked' : false, // the slip: a linked map, with sourcesContent on by default
    logLevel: 'error',
  })
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))
  return join(work, packed.filename)
}

const before = await release('1.0.0', false)
const after = await release('1.1.0', true)
console.log(`$ pack-guard ${after} --baseline ${before}\n`)
const result = spawnSync(process.execPath, [join(root, 'dist/cli.js'), after, '--baseline', before], { stdio: 'inherit' })
console.log(`\npack-guard exited ${result.status}${result.status === 1 ? ': the release would be stopped.' : ''}`)
