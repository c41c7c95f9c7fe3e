import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { authFor, loadNpmConfig, parseNpmrc, registryFor } from '../src/adapters/npmrc.js'
import { tempDir } from './helpers/tarball.js'

describe('.npmrc', () => {
  it('expands ${VAR} as actions/setup-node expects, keeps escaped and unknown ones', () => {
    const config = parseNpmrc('//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}\nx=\\${KEEP}\ny=${MISSING}\n; comment\n# comment\nq="quoted"', { NODE_AUTH_TOKEN: 'tok123' })
    expect(config.get('//npm.pkg.github.com/:_authToken')).toBe('tok123')
    expect(config.get('x')).toBe('${KEEP}')
    expect(config.get('y')).toBe('${MISSING}')
    expect(config.get('q')).toBe('quoted')
    expect(config.has('; comment')).toBe(false)
  })

  it('picks the scope registry, else the default, else npmjs', () => {
    const config = parseNpmrc('@acme:registry=https://npm.acme.test/repo\nregistry=https://mirror.test/', {})
    expect(registryFor('@acme/cli', config)).toBe('https://npm.acme.test/repo/')
    expect(registryFor('@other/cli', config)).toBe('https://mirror.test/')
    expect(registryFor('left-pad', new Map())).toBe('https://registry.npmjs.org/')
  })

  it('sends a token only to its own host, longest path first', () => {
    const config = parseNpmrc('//npm.acme.test/:_authToken=root\n//npm.acme.test/repo/:_authToken=repo\n//127.0.0.1:4873/:_authToken=local', {})
    expect(authFor('https://npm.acme.test/repo/@acme%2fcli', config)).toBe('Bearer repo')
    expect(authFor('https://npm.acme.test/other/x.tgz', config)).toBe('Bearer root')
    expect(authFor('http://127.0.0.1:4873/pkg', config)).toBe('Bearer local')
    expect(authFor('http://127.0.0.1:4874/pkg', config)).toBeUndefined()
    expect(authFor('https://evil.test/npm.acme.test/repo/', config)).toBeUndefined()
  })

  it('reads the project .npmrc over the user one', () => {
    const dir = tempDir()
    const project = join(dir, 'project')
    mkdirSync(project)
    writeFileSync(join(dir, 'user.npmrc'), 'registry=https://user.test/\n@a:registry=https://a.test/\n')
    writeFileSync(join(project, '.npmrc'), 'registry=https://project.test/\n')
    const config = loadNpmConfig({ projectDir: project, env: {}, userconfig: join(dir, 'user.npmrc') })
    expect(registryFor('x', config)).toBe('https://project.test/')
    expect(registryFor('@a/x', config)).toBe('https://a.test/')
  })
})
