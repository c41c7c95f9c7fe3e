import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, posix } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, cliWith } from './helpers/cli.js'
import { cleanEnv } from './helpers/registry.js'
import { tempDir } from './helpers/tarball.js'

/** What `npm pack` puts in pack-guard's own tarball (scripts off: nothing is built). */
function packedFiles(): Set<string> {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  const [info] = JSON.parse(out.slice(out.indexOf('['))) as Array<{ files: Array<{ path: string }> }>
  return new Set(info.files.map((file) => file.path))
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-')
}

function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>()
  let inFence = false
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence
    const heading = !inFence && /^#{1,6} (.+)$/.exec(line)
    if (heading) anchors.add(anchor(heading[1]))
  }
  return anchors
}

/** Relative links of a Markdown file outside code blocks: [text](target) and href="target". */
function relativeLinks(markdown: string): string[] {
  const text = markdown.replace(/^(```|~~~)[\s\S]*?^\1/gm, '')
  const links = [...text.matchAll(/\]\(([^)\s]+)\)/g), ...text.matchAll(/href="([^"]+)"/g)].map((match) => match[1])
  return links.filter((link) => !/^[a-z][a-z0-9+.-]*:/i.test(link))
}

describe('the npm package ships what its docs point to', () => {
  const files = packedFiles()
  const docs = [...files].filter((file) => file.endsWith('.md'))

  it('ships the config schema, the README, the licence and the docs', () => {
    for (const file of ['pack-guard.schema.json', 'README.md', 'LICENSE', 'dist/cli.js', 'dist/index.js', 'action.yml', 'docs/rules.md']) expect(files, file).toContain(file)
    expect(docs.length).toBeGreaterThanOrEqual(5)
  })

  it('every relative link in a shipped Markdown file resolves inside the package, anchors included', () => {
    const broken: string[] = []
    for (const doc of docs) {
      const text = readFileSync(join(ROOT, doc), 'utf8')
      for (const link of relativeLinks(text)) {
        const [path, hash] = link.split('#')
        const target = path ? posix.normalize(posix.join(posix.dirname(doc), path)) : doc
        if (!files.has(target)) {
          broken.push(`${doc}: ${link} (not in the package)`)
          continue
        }
        if (hash && target.endsWith('.md') && !anchorsOf(readFileSync(join(ROOT, target), 'utf8')).has(hash)) broken.push(`${doc}: ${link} (no such heading)`)
      }
    }
    expect(broken).toEqual([])
  })

  it('every $schema path shown in the docs resolves to a shipped file', () => {
    for (const doc of docs) {
      for (const [, value] of readFileSync(join(ROOT, doc), 'utf8').matchAll(/"\$schema":\s*"([^"]+)"/g)) {
        const inPackage = /node_modules\/pack-guard\/(.+)$/.exec(value)?.[1] ?? /^https:\/\/unpkg\.com\/pack-guard(?:@[^/]+)?\/(.+)$/.exec(value)?.[1]
        expect(inPackage, `${doc}: ${value}`).toBeDefined()
        expect(files, `${doc}: ${value}`).toContain(inPackage)
      }
    }
  })

  it('init writes a $schema that resolves from a workspace package to the installed schema', async () => {
    const root = tempDir()
    const installed = join(root, 'node_modules', 'pack-guard')
    mkdirSync(installed, { recursive: true })
    // Install what the package ships, as npm would: here only the schema matters.
    writeFileSync(join(installed, 'pack-guard.schema.json'), readFileSync(join(ROOT, 'pack-guard.schema.json')))
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'mono', private: true, workspaces: ['packages/*'] }))
    const folder = join(root, 'packages', 'lib')
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'lib', version: '1.0.0', files: ['index.js'] }))
    writeFileSync(join(folder, 'index.js'), 'export {}\n')
    const written = await cliWith({ env: cleanEnv({ HOME: tempDir() }) }, 'init', folder, '--baseline', 'none')
    expect(written.code, written.stderr).toBe(0)
    const config = JSON.parse(readFileSync(join(folder, 'pack-guard.config.json'), 'utf8'))
    expect(config.$schema).toBe('../../node_modules/pack-guard/pack-guard.schema.json')
    expect(JSON.parse(readFileSync(join(dirname(join(folder, 'x')), config.$schema), 'utf8')).$schema).toMatch(/json-schema/)
  })
})
