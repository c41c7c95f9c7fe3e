// Builds the corpus of small hostile and broken tarballs into a folder, with
// corpus.json saying what pack-guard must do with each. The tests run it into a
// temporary folder; nothing binary is committed. Usage: node scripts/build-corpus.mjs DIR
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { MANIFEST, header, paxRecords, tar, tgz } from './lib/raw-tar.mjs'

const file = (name, content = 'x') => ({ name: `package/${name}`, content })
const ok = [MANIFEST, file('index.js', 'module.exports = 1\n')]

/** [file, bytes, expectation]: exit code, and a stderr pattern or the rules that must fire. */
export function corpus() {
  const longComponent = 'a'.repeat(300)
  const deep = Array.from({ length: 3000 }, () => 'd').join('/')
  return [
    ['not-gzip.tgz', Buffer.from('PK\x03\x04 this is a zip, not a tarball'), { exit: 2, stderr: 'not a gzip file' }],
    ['truncated-gzip.tgz', tgz(ok).subarray(0, 40), { exit: 2, stderr: 'truncated' }],
    ['gzip-of-text.tgz', gzipSync(Buffer.from('just some text\n'.repeat(100))), { exit: 2, stderr: '(not a valid tar archive|truncated)' }],
    ['bad-checksum.tgz', gzipSync(Buffer.concat([header({ name: 'package/package.json', size: 0, badChecksum: true }), Buffer.alloc(1024)])), { exit: 2, stderr: 'not a valid tar archive' }],
    ['empty.tgz', Buffer.alloc(0), { exit: 2, stderr: '(truncated|not a gzip|no entries)' }],
    ['zero-entries.tgz', gzipSync(Buffer.alloc(1024)), { exit: 2, stderr: 'holds no entries' }],
    ['no-manifest.tgz', tgz([file('index.js')]), { exit: 2, stderr: 'no package.json' }],
    ['other-root.tgz', tgz([{ ...MANIFEST, name: 'node/package.json' }, { name: 'node/index.js', content: 'x' }]), { exit: 0, rules: [] }],
    ['truncated-entry.tgz', tgz([MANIFEST, { name: 'package/big.bin', content: 'only ten b', declaredSize: 1024 * 1024 }], { end: false }), { exit: 2, stderr: 'truncated' }],
    ['huge-pax.tgz', gzipSync(Buffer.concat([header({ name: 'PaxHeader', size: 8 * 1024 * 1024, type: 'pax' }), Buffer.alloc(64 * 1024)])), { exit: 2, stderr: 'more than the 1 MiB npm reads' }],
    ['symlink.tgz', tgz([...ok, { name: 'package/passwd', type: 'symlink', linkname: '/etc/passwd' }]), { exit: 1, rules: ['archive/link'] }],
    ['hardlink.tgz', tgz([...ok, { name: 'package/shadow', type: 'link', linkname: '../../etc/shadow' }]), { exit: 1, rules: ['archive/link'] }],
    ['fifo.tgz', tgz([...ok, { name: 'package/pipe', type: 'fifo' }]), { exit: 1, rules: ['archive/special-file'] }],
    ['char-device.tgz', tgz([...ok, { name: 'package/null', type: 'character-device' }]), { exit: 1, rules: ['archive/special-file'] }],
    ['dotdot.tgz', tgz([...ok, file('../../../etc/cron.d/evil')]), { exit: 1, rules: ['archive/unsafe-path'] }],
    ['absolute.tgz', tgz([...ok, { name: '/etc/passwd', content: 'root' }]), { exit: 1, rules: ['archive/unsafe-path', 'archive/mixed-roots'] }],
    ['backslash.tgz', tgz([...ok, file('..\\..\\windows\\evil.dll')]), { exit: 1, rules: ['archive/unsafe-path'] }],
    ['control-chars.tgz', tgz([...ok, file('a\n::error::pwned\x1b[31m.js')]), { exit: 1, rules: ['archive/unsafe-path'] }],
    ['pax-long-name.tgz', tgz([...ok, { ...file('placeholder'), pax: { path: `package/${'dir/'.repeat(80)}long.js` } }]), { exit: 0, rules: [] }],
    ['pax-long-component.tgz', tgz([...ok, { ...file('placeholder'), pax: { path: `package/${longComponent}` } }]), { exit: 1, rules: ['archive/unsafe-path'] }],
    ['gnu-long-name.tgz', tgz([...ok, { ...file('placeholder'), gnuLongName: `package/${'g/'.repeat(120)}x.js` }]), { exit: 0, rules: [] }],
    ['deep-path.tgz', tgz([...ok, { ...file('placeholder'), pax: { path: `package/${deep}` } }]), { exit: 1, rules: ['archive/unsafe-path'] }],
    ['duplicate.tgz', tgz([...ok, file('index.js', 'the second copy wins\n')]), { exit: 0, rules: ['archive/duplicate'] }],
    // Some packers write the root folder itself as a bare `package` entry: one root, not "(none), package".
    ['root-directory-entry.tgz', tgz([{ name: 'package', type: 'directory' }, ...ok, { name: 'package/lib', type: 'directory' }, file('lib/a.js')]), { exit: 0, rules: [] }],
    ['mixed-roots.tgz', tgz([...ok, { name: 'other/evil.js', content: 'x' }]), { exit: 0, rules: ['archive/mixed-roots'] }],
    ['bomb.tgz', tgz([MANIFEST, { name: 'package/zeros.bin', content: Buffer.alloc(32 * 1024 * 1024) }]), { exit: 2, stderr: 'decompresses to more than 8 MiB', args: ['--max-bytes', String(8 * 1024 * 1024)] }],
    ['many-entries.tgz', tgz([MANIFEST, ...Array.from({ length: 3000 }, (_, i) => file(`f${i}.js`, ''))]), { exit: 2, stderr: 'more than 1000 entries', args: ['--max-entries', '1000'] }],
    // Archives npm and tar-stream read differently (issue 14): what counts is what npm installs.
    ['after-end-marker.tgz', tgz(ok, { after: tar([file('.npmrc', '//registry.npmjs.org/:_authToken=x')]) }), { exit: 0, rules: [] }],
    ['malformed-pax.tgz', tgz([...ok, { ...file('README.md', '# hi'), paxRaw: Buffer.concat([Buffer.from('99 bogus=1\n'), paxRecords({ path: 'package/.npmrc' })]) }]), { exit: 1, rules: ['files/forbidden'] }],
    ['pax-then-gnu.tgz', tgz([...ok, { ...file('README.md', '# hi'), pax: { path: 'package/a.js' }, gnuLongName: 'package/.npmrc' }]), { exit: 1, rules: ['files/forbidden'] }],
    ['gnu-then-pax.tgz', tgz([...ok, { ...file('README.md', '# hi'), gnuLongName: 'package/a.js', gnuFirst: true, pax: { path: 'package/.npmrc' } }]), { exit: 1, rules: ['files/forbidden'] }],
    ['nul-size.tgz', tgz([...ok, { ...file('README.md', tar([file('.npmrc', 'x')], { end: false })), sizeField: `\0${'0'.repeat(7)}2000\0` }]), { exit: 1, rules: ['files/forbidden'] }],
    ['ustar-version.tgz', tgz([...ok, { ...file('.npmrc', 'x'), magic: 'ustar\0xx', prefix: 'decoy' }]), { exit: 1, rules: ['files/forbidden'] }],
    ['global-pax-keys.tgz', globalPaxKeys(300_000, 3000), { exit: 2, stderr: 'more than the 1 MiB npm reads' }],
    ['global-pax-under-1mib.tgz', globalPaxKeys(60_000, 3000), { exit: 0, rules: [] }],
    ['global-pax-capped.tgz', globalPaxKeys(80_000, 10), { exit: 2, stderr: 'more than 1000 PAX records', args: ['--max-pax-records', '1000'] }],
    ['dir-with-size.tgz', tgz([...ok, { name: 'package/docs/', type: 'directory', declaredSize: 1024 }, { raw: tar([file('.npmrc', 'x')], { end: false }) }]), { exit: 2, stderr: 'declares a size of 1024 bytes' }],
    ['file-and-folder.tgz', tgz([...ok, file('lib', 'x'), file('lib/a.js', 'y')]), { exit: 2, stderr: '"lib" is both a file and a folder' }],
    ['dot-segments.tgz', tgz([...ok, file('./.npmrc', 'x'), file('.//.git/config', 'y')]), { exit: 1, rules: ['files/forbidden', 'files/forbidden', 'archive/unsafe-path', 'archive/unsafe-path'] }],
    ['case-and-trailing.tgz', tgz([...ok, ...['.ENV', '.Git/config', '.NPMRC', '.env ', '.npmrc.'].map((name) => file(name, 'x'))]), { exit: 1, rules: ['secrets/file', 'secrets/file', 'files/forbidden', 'files/forbidden', 'files/forbidden'] }],
  ]
}

/** A global PAX header of `keys` records, then `files` files: tar-stream copied it into every entry (minutes for 300,000 keys). */
function globalPaxKeys(keys, files) {
  const records = paxRecords(Object.fromEntries(Array.from({ length: keys }, (_, i) => [`k${i.toString(36)}`, 'v'])))
  return tgz([{ ...MANIFEST, globalPax: records }, ...Array.from({ length: files }, (_, i) => file(`f${i}.js`, ''))])
}

const dir = process.argv[2]
if (dir) {
  mkdirSync(dir, { recursive: true })
  const expectations = {}
  for (const [name, bytes, expected] of corpus()) {
    writeFileSync(join(dir, name), bytes)
    expectations[name] = expected
  }
  writeFileSync(join(dir, 'corpus.json'), `${JSON.stringify(expectations, null, 2)}\n`)
  console.log(`wrote ${Object.keys(expectations).length} tarballs to ${dir}`)
}
