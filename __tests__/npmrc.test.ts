import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { authFor, isLoopback, loadNpmConfig, parseNpmrc, readNpmConfigLayers, registryFor } from '../src/adapters/npmrc.js'
import { trustedNpmConfig, workflowRegistries } from '../src/adapters/registry-trust.js'
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

  it('expands only the variables npm configuration is meant to use', () => {
    const env = {
      NODE_AUTH_TOKEN: 'node-auth',
      NPM_TOKEN: 'npm-token',
      npm_config_my_token: 'cfg',
      NPM_CONFIG_OTHER: 'CFG',
      'INPUT_GITHUB-TOKEN': 'gh',
      ACTIONS_RUNTIME_TOKEN: 'rt',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
      GITHUB_TOKEN: 'ghtoken',
      RUNNER_TEMP: '/tmp/r',
      HOME: '/home/x',
    }
    const text = ['a=${NODE_AUTH_TOKEN}', 'b=${NPM_TOKEN}', 'c=${npm_config_my_token}', 'd=${NPM_CONFIG_OTHER}', 'e=${INPUT_GITHUB-TOKEN}', 'f=${ACTIONS_RUNTIME_TOKEN}', 'g=${ACTIONS_ID_TOKEN_REQUEST_TOKEN}', 'h=${GITHUB_TOKEN}', 'i=${RUNNER_TEMP}', 'j=${HOME}', 'k=${INPUT_X?}', 'l=${npm_config_missing?}'].join('\n')
    const config = parseNpmrc(text, env)
    expect(Object.fromEntries(config)).toEqual({
      a: 'node-auth',
      b: 'npm-token',
      c: 'cfg',
      d: 'CFG',
      e: '${INPUT_GITHUB-TOKEN}',
      f: '${ACTIONS_RUNTIME_TOKEN}',
      g: '${ACTIONS_ID_TOKEN_REQUEST_TOKEN}',
      h: '${GITHUB_TOKEN}',
      i: '${RUNNER_TEMP}',
      j: '${HOME}',
      k: '${INPUT_X?}',
      l: '',
    })
  })

  it('sends no token over plain http except to loopback, and none written for https to http on the same host', () => {
    const config = parseNpmrc('//npm.acme.test/:_authToken=t\n//127.0.0.1:4873/:_authToken=l\n//localhost:4873/:_authToken=h\n//[::1]:4873/:_authToken=six', {})
    expect(authFor('https://npm.acme.test/x', config)).toBe('Bearer t')
    expect(authFor('http://npm.acme.test/x', config)).toBeUndefined()
    expect(authFor('http://127.0.0.1:4873/x', config)).toBe('Bearer l')
    expect(authFor('http://localhost:4873/x', config)).toBe('Bearer h')
    expect(authFor('http://[::1]:4873/x', config)).toBe('Bearer six')
    expect(authFor('ftp://npm.acme.test/x', config)).toBeUndefined()
    expect(['127.0.0.1', '127.9.9.9', 'localhost', '[::1]'].map(isLoopback)).toEqual([true, true, true, true])
    expect(['127.0.0.1.evil.test', '10.0.0.1', 'evil.test', '0.0.0.0'].map(isLoopback)).toEqual([false, false, false, false])
  })

  it("under the action's trust, a project .npmrc keeps only the workflow's registries, warned once naming the file", () => {
    const dir = tempDir()
    const project = join(dir, 'project')
    mkdirSync(project)
    writeFileSync(join(dir, 'user.npmrc'), 'registry=https://npm.acme.test/\n//npm.acme.test/:_authToken=${NODE_AUTH_TOKEN}\n')
    writeFileSync(join(project, '.npmrc'), 'registry=https://evil.test/\n@acme:registry=http://npm.acme.test/\n@ok:registry=https://registry.npmjs.org/\n//evil.test/:_authToken=${NODE_AUTH_TOKEN}\n//npm.acme.test/:_authToken=project\n')
    const layers = readNpmConfigLayers({ projectDir: project, env: { NODE_AUTH_TOKEN: 'tok' }, userconfig: join(dir, 'user.npmrc') })
    const warnings: string[] = []
    const trust = { origins: workflowRegistries(undefined, layers), warn: (m: string) => warnings.push(m) }
    expect([...trust.origins].sort()).toEqual(['https://npm.acme.test', 'https://registry.npmjs.org'])
    const config = trustedNpmConfig(layers, trust)
    expect(registryFor('x', config)).toBe('https://npm.acme.test/')
    expect(registryFor('@acme/x', config)).toBe('https://npm.acme.test/') // http:// is another origin: refused
    expect(registryFor('@ok/x', config)).toBe('https://registry.npmjs.org/')
    expect(config.has('//evil.test/:_authToken')).toBe(false)
    expect(authFor('https://npm.acme.test/x', config)).toBe('Bearer project')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(`${join(project, '.npmrc')} chooses a registry this workflow did not configure (registry=https://evil.test/, @acme:registry=http://npm.acme.test/)`)
    // The registry input is the workflow's too.
    expect(workflowRegistries('https://evil.test/', layers).has('https://evil.test')).toBe(true)
  })
})
