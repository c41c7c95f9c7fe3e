import { describe, expect, it } from 'vitest'
import { chooseBaseline, type PublishedVersions } from '../src/core/baseline-version.js'

const published: PublishedVersions = {
  versions: ['0.9.0', '1.0.0', '1.1.0', '1.2.0-beta.1', '1.2.0-beta.2', '2.0.0', '1.1.1'],
  distTags: { latest: '2.0.0', next: '1.2.0-beta.2', legacy: '0.9.0' },
}

describe('chooseBaseline', () => {
  it.each([
    ['1.2.0', '1.1.1', 'highest lower release, never a prerelease for a release'],
    ['1.1.5', '1.1.1', 'between releases'],
    ['3.0.0', '2.0.0', 'above everything'],
    ['1.2.0-beta.3', '1.2.0-beta.2', 'a prerelease compares with prereleases too'],
    ['1.2.0-alpha.0', '1.1.1', 'a prerelease below all prereleases of its line'],
    ['1.1.0', '1.1.0', 'already published: itself'],
    ['1.2.0-beta.1', '1.2.0-beta.1', 'an already published prerelease: itself'],
  ])('auto for %s is %s (%s)', (candidate, expected) => {
    expect(chooseBaseline(candidate, 'auto', published)).toEqual({ kind: 'version', version: expected })
  })

  it('auto below every published version is a first release', () => {
    expect(chooseBaseline('0.1.0', 'auto', published)).toEqual({ kind: 'first-release' })
  })

  it('a package never published is a first release', () => {
    expect(chooseBaseline('1.0.0', 'auto', null)).toEqual({ kind: 'first-release' })
  })

  it('none skips the comparison even when versions exist', () => {
    expect(chooseBaseline('1.2.0', 'none', published)).toEqual({ kind: 'none' })
  })

  it('a dist-tag names its version', () => {
    expect(chooseBaseline('3.0.0', 'legacy', published)).toEqual({ kind: 'version', version: '0.9.0' })
    expect(chooseBaseline('3.0.0', 'next', published)).toEqual({ kind: 'version', version: '1.2.0-beta.2' })
  })

  it('a named version must be published', () => {
    expect(chooseBaseline('3.0.0', '1.0.0', published)).toEqual({ kind: 'version', version: '1.0.0' })
    expect(chooseBaseline('3.0.0', '1.0.1', published)).toEqual({ kind: 'not-published', spec: '1.0.1' })
    expect(chooseBaseline('3.0.0', 'canary', published)).toEqual({ kind: 'not-published', spec: 'canary' })
    expect(chooseBaseline('3.0.0', '1.0.0', null)).toEqual({ kind: 'not-published', spec: '1.0.0' })
  })

  it('does not treat inherited object keys as dist-tags', () => {
    expect(chooseBaseline('3.0.0', 'constructor', published)).toEqual({ kind: 'not-published', spec: 'constructor' })
  })

  it('does not reorder the caller array', () => {
    const versions = ['2.0.0', '1.0.0', '1.5.0']
    chooseBaseline('1.6.0', 'auto', { versions, distTags: {} })
    expect(versions).toEqual(['2.0.0', '1.0.0', '1.5.0'])
  })
})
