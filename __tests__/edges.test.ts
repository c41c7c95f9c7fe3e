import { describe, expect, it } from 'vitest'
import { analyzePackage } from '../src/core/analyze.js'
import { DEFAULT_POLICY, type Policy } from '../src/core/policy.js'
import { type FileEntry, type Finding, type PackageSnapshot, isFamily } from '../src/core/types.js'

/**
 * Every default threshold, at its edge: one byte (or one part in a million)
 * below it is quiet, exactly at it fires. The defaults are written out here as
 * literals on purpose, so moving a default or turning `>=` into `>` fails.
 */
const file = (path: string, size: number): FileEntry => ({ path, size, mode: 0o644, type: 'file', facts: {} })

function pkg(version: string, packedSize: number, unpackedSize: number, files: FileEntry[] = []): PackageSnapshot {
  return { name: 'p', version, files, packedSize, unpackedSize, fileCount: files.length }
}

const measureOf = (finding: Finding) => (isFamily(finding, 'size') ? finding.details?.measure : undefined)

function analyze(before: PackageSnapshot | null, after: PackageSnapshot, policy: Policy = DEFAULT_POLICY): Finding[] {
  return analyzePackage({ before, after, baseline: { version: before?.version ?? null, source: 'test' }, policy }).findings
}

/** The total-jump verdict on one measure, the other measure unchanged: 'quiet', 'warning' or 'error'. */
function totalJump(measure: 'packed' | 'unpacked', from: number, to: number): string {
  const other = 1_000
  const before = measure === 'packed' ? pkg('1.0.0', from, other) : pkg('1.0.0', other, from)
  const after = measure === 'packed' ? pkg('1.1.0', to, other) : pkg('1.1.0', other, to)
  const findings = analyze(before, after).filter((f) => f.rule === 'size/total-jump')
  expect(findings.every((f) => measureOf(f) === measure)).toBe(true)
  expect(findings.length).toBeLessThanOrEqual(1)
  return findings[0]?.severity ?? 'quiet'
}

describe('size/total-jump at every default edge', () => {
  // [measure, what, from, to (just below), to (at)] with the other condition well met.
  const cases = [
    // packed: a warning at +25% and +100 kB; an error at 10x and +1 MB.
    ['packed', 'warn: 25%', 1_000_004, 1_250_000, 'quiet'],
    ['packed', 'warn: 25%', 1_000_000, 1_250_000, 'warning'],
    ['packed', 'warn: 100 kB', 200_001, 300_000, 'quiet'],
    ['packed', 'warn: 100 kB', 200_000, 300_000, 'warning'],
    ['packed', 'error: 10x', 200_000, 1_999_999, 'warning'],
    ['packed', 'error: 10x', 200_000, 2_000_000, 'error'],
    ['packed', 'error: 1 MB', 100_001, 1_100_000, 'warning'],
    ['packed', 'error: 1 MB', 100_000, 1_100_000, 'error'],
    // unpacked: a warning at +25% and +500 kB; an error at 10x and +1 MB.
    ['unpacked', 'warn: 25%', 4_000_004, 5_000_000, 'quiet'],
    ['unpacked', 'warn: 25%', 4_000_000, 5_000_000, 'warning'],
    ['unpacked', 'warn: 500 kB', 1_000_001, 1_500_000, 'quiet'],
    ['unpacked', 'warn: 500 kB', 1_000_000, 1_500_000, 'warning'],
    ['unpacked', 'error: 10x', 1_000_000, 9_999_999, 'warning'],
    ['unpacked', 'error: 10x', 1_000_000, 10_000_000, 'error'],
    ['unpacked', 'error: 1 MB', 100_001, 1_100_000, 'warning'],
    ['unpacked', 'error: 1 MB', 100_000, 1_100_000, 'error'],
  ] as const

  it.each(cases)('%s %s: %d -> %d is %s', (measure, _what, from, to, expected) => {
    expect(totalJump(measure, from, to)).toBe(expected)
  })

  it('says what grew, by how much, in the message and the details', () => {
    const [finding] = analyze(pkg('1.0.0', 400_000, 1_000), pkg('1.1.0', 500_000, 1_000))
    expect(finding).toMatchObject({
      rule: 'size/total-jump',
      severity: 'warning',
      message: 'The packed size grew from 400 kB to 500 kB (+25%, +100 kB).',
      details: { measure: 'packed', before: 400_000, after: 500_000, delta: 100_000, percent: 25 },
    })
    expect(finding.hint).toContain('raise `size.packed`')
  })

  it('rounds the percent in details to one decimal', () => {
    const [finding] = analyze(pkg('1.0.0', 300_000, 1_000), pkg('1.1.0', 400_000, 1_000))
    expect(finding.details).toMatchObject({ percent: 33.3, delta: 100_000 })
    expect(finding.message).toBe('The packed size grew from 300 kB to 400 kB (+33%, +100 kB).')
  })

  it('growth from nothing: an error with no percent', () => {
    const [finding] = analyze(pkg('1.0.0', 0, 1_000), pkg('1.1.0', 1_000_000, 1_000))
    expect(finding).toMatchObject({ severity: 'error', message: 'The packed size grew from 0 B to 1 MB (from nothing, +1 MB).', details: { percent: null } })
  })

  it('reports packed and unpacked separately, each at its own tier', () => {
    const findings = analyze(pkg('1.0.0', 100_000, 1_000_000), pkg('1.1.0', 1_100_000, 1_500_000))
    expect(findings.map((f) => [f.severity, measureOf(f)])).toEqual([
      ['error', 'packed'],
      ['warning', 'unpacked'],
    ])
  })

  it('no baseline, no growth, or a shrink: quiet', () => {
    expect(analyze(null, pkg('1.0.0', 9_000_000, 90_000_000))).toEqual([])
    expect(totalJump('packed', 5_000_000, 5_000_000)).toBe('quiet')
    expect(totalJump('unpacked', 50_000_000, 1_000)).toBe('quiet')
  })
})

describe('size/file-growth at its default edges (+100% and +500 kB)', () => {
  const growth = (from: number, to: number) => {
    const findings = analyze(pkg('1.0.0', 1, 1, [file('dist/a.js', from)]), pkg('1.1.0', 1, 1, [file('dist/a.js', to)]))
    return findings.filter((f) => f.rule === 'size/file-growth')
  }

  it.each([
    ['100%', 1_000_001, 2_000_000, 0],
    ['100%', 1_000_000, 2_000_000, 1],
    ['500 kB', 400_001, 900_000, 0],
    ['500 kB', 400_000, 900_000, 1],
    ['500 kB, exactly doubled', 500_000, 999_999, 0],
    ['500 kB, exactly doubled', 500_000, 1_000_000, 1],
  ] as const)('%s: %d -> %d gives %d', (_what, from, to, count) => {
    expect(growth(from, to)).toHaveLength(count)
  })

  it('names the file, its sizes and the growth', () => {
    const [finding] = growth(500_000, 1_000_000)
    expect(finding).toMatchObject({
      severity: 'warning',
      path: 'dist/a.js',
      message: 'dist/a.js grew from 500 kB to 1 MB (+100%).',
      hint: 'Check what the build now bundles into it. If intended, raise `size.file` in the pack-guard config.',
      details: { before: 500_000, after: 1_000_000, delta: 500_000 },
    })
  })

  it('a file that grew from empty', () => {
    const [finding] = growth(0, 600_000)
    expect(finding.message).toBe('dist/a.js grew from 0 B to 600 kB (from empty).')
  })

  it('a shrinking file is quiet', () => {
    expect(growth(3_000_000, 1)).toEqual([])
  })
})

describe('size/large-new-file at its default edge (2 MB)', () => {
  const added = (size: number, before: FileEntry[] = []) =>
    analyze(pkg('1.0.0', 1, 1, before), pkg('1.1.0', 1, 1, [...before, file('dist/big.bin', size)])).filter((f) => f.rule === 'size/large-new-file')

  it('1,999,999 bytes is quiet, 2,000,000 bytes is a warning', () => {
    expect(added(1_999_999)).toEqual([])
    expect(added(2_000_000)).toMatchObject([
      {
        severity: 'warning',
        path: 'dist/big.bin',
        message: 'New file dist/big.bin is 2 MB.',
        hint: 'Make sure it is meant to ship. If it is, raise `size.newFileBytes` or allow the path in the pack-guard config.',
        details: { size: 2_000_000 },
      },
    ])
  })

  it('a file that was there before is not new, however large', () => {
    expect(added(9_000_000, [file('dist/big.bin', 9_000_000)])).toEqual([])
  })

  it('on a first release every large file is new', () => {
    expect(analyze(null, pkg('1.0.0', 1, 1, [file('dist/big.bin', 2_000_000)])).map((f) => f.rule)).toContain('size/large-new-file')
  })
})

describe('a team’s own thresholds are the ones used', () => {
  it('size.newFileBytes, size.file and size.packed from the policy', () => {
    const policy: Policy = {
      ...DEFAULT_POLICY,
      size: {
        ...DEFAULT_POLICY.size,
        newFileBytes: 10,
        file: { percent: 10, bytes: 10 },
        packed: { warn: { percent: 1, bytes: 1 }, error: { ratio: 2, bytes: 5 } },
      },
    }
    const findings = analyze(pkg('1.0.0', 10, 1, [file('a.js', 100)]), pkg('1.1.0', 20, 1, [file('a.js', 110), file('b.js', 10)]), policy)
    expect(findings.map((f) => `${f.severity} ${f.rule} ${f.path ?? measureOf(f)}`)).toEqual([
      'error size/total-jump packed',
      'warning size/file-growth a.js',
      'warning size/large-new-file b.js',
    ])
  })
})
