import { describe, expect, it } from 'vitest'
import { validateConfig } from '../src/config/validate.js'
import { describeLoosening, driftBanner } from '../src/github/config-drift.js'

const v = (data: unknown) => validateConfig(data, 'c')

describe('what a pull request loosens in the config', () => {
  it('names rules turned off or lowered, new allow entries, raised thresholds, dropped globs and a looser failOn', () => {
    const base = v({ failOn: 'warning', rules: { 'files/dev-leftover': 'error' }, forbidden: ['*.sqlite'], expect: ['dist/**'], size: { packed: { warnPercent: 25 } }, secrets: { allow: [{ fingerprint: 'sha256:0123456789ab', reason: 'a test key' }] } })
    const head = v({
      failOn: 'never',
      rules: { 'files/dev-leftover': 'notice', 'source-map/new': 'off' },
      forbidden: [],
      expect: ['dist/**', '**'],
      allow: [{ path: 'dist/**', rules: ['source-map/new'], reason: 'on purpose' }],
      size: { packed: { warnPercent: 90 } },
      secrets: { allow: [{ fingerprint: 'sha256:0123456789ab', reason: 'a test key' }, { fingerprint: 'sha256:ffffffffffff', reason: 'trust me' }] },
      packages: { '@a/b': { rules: { 'secrets/file': 'off' } } },
    })
    expect(describeLoosening(base, head)).toEqual([
      'failOn warning → never',
      'rule files/dev-leftover set to notice (was error)',
      'rule source-map/new turned off',
      'new allow entry for dist/** (source-map/new): "on purpose"',
      'new secrets.allow entry sha256:ffffffffffff: "trust me"',
      'forbidden no longer lists *.sqlite',
      'expect now also allows **',
      'size.packed.warnPercent 25 → 90',
      'rule secrets/file turned off',
    ])
  })

  it('says nothing looser when the pull request only tightens', () => {
    expect(describeLoosening(v({ failOn: 'error' }), v({ failOn: 'warning', forbidden: ['*.db'], rules: { 'source-map/new': 'error' } }))).toEqual([])
  })

  it('renders a banner that keeps the values inert', () => {
    const banner = driftBanner([{ file: 'pack-guard.config.json', status: 'changed', loosened: ['new allow entry for **/*.map (all rules): "[x](https://evil.test) @team"'] }]).join('\n')
    expect(banner).toContain('> **The pack-guard config differs from the base branch:** `pack-guard.config.json` (changed).')
    expect(banner).toContain('\\[x\\](https\\://evil.test) @&#8203;team')
    expect(driftBanner([])).toEqual([])
  })
})
