// A tiny tar writer that writes exactly what it is told — bad checksums, links,
// devices, `..` names, huge PAX records — which a careful packer refuses to write.
// Used by scripts/build-corpus.mjs and the tests; never by pack-guard itself.
import { gzipSync } from 'node:zlib'

const TYPES = { file: '0', link: '1', symlink: '2', 'character-device': '3', 'block-device': '4', directory: '5', fifo: '6', pax: 'x', 'pax-global': 'g', 'gnu-long-path': 'L', 'gnu-long-link': 'K' }

function octal(value, width) {
  return `${value.toString(8).padStart(width - 1, '0')}\0`
}

/**
 * One 512-byte ustar header. `name` over 100 bytes is cut: use a PAX or GNU entry before it.
 * Raw overrides write exactly what a hostile archive holds: `sizeField` (12 bytes, e.g. starting
 * with a NUL), `magic` (8 bytes at 257, e.g. a version other than "00"), `prefix` (the ustar prefix).
 */
export function header({ name, size = 0, type = 'file', linkname = '', mode = 0o644, badChecksum = false, sizeField, magic = 'ustar\x0000', prefix = '' }) {
  const block = Buffer.alloc(512)
  block.write(name.slice(0, 100), 0, 'utf8')
  block.write(octal(mode, 8), 100)
  block.write(octal(0, 8), 108)
  block.write(octal(0, 8), 116)
  block.write(sizeField ?? octal(size, 12), 124, 12, 'binary')
  block.write(octal(0, 12), 136)
  block.write(TYPES[type] ?? type, 156)
  block.write(linkname.slice(0, 100), 157)
  block.write(magic, 257, 8, 'binary')
  block.write(prefix.slice(0, 155), 345, 'utf8')
  block.fill(0x20, 148, 156)
  let sum = 0
  for (const byte of block) sum += byte
  block.write(octal(badChecksum ? sum + 1 : sum, 7), 148)
  block[155] = 0x20
  return block
}

function padded(data) {
  const rest = data.length % 512
  return rest ? Buffer.concat([data, Buffer.alloc(512 - rest)]) : data
}

/** A PAX extended header record set: `len key=value\n` lines. */
export function paxRecords(fields) {
  return Buffer.concat(
    Object.entries(fields).map(([key, value]) => {
      const body = ` ${key}=${value}\n`
      let length = body.length + 1
      while (String(length).length + body.length !== length) length = String(length).length + body.length
      return Buffer.from(`${length}${body}`)
    }),
  )
}

/** A meta entry (PAX `x`/`g`, GNU `L`/`K`) holding exactly `body`. */
function meta(type, body) {
  const data = Buffer.from(body)
  return [header({ name: type === 'pax' || type === 'pax-global' ? 'PaxHeader' : '././@LongLink', size: data.length, type }), padded(data)]
}

/**
 * An uncompressed tar from entries: { name, content, type, linkname, mode, declaredSize,
 * badChecksum, sizeField, magic, prefix, pax: {path,...}, paxRaw, globalPax, gnuLongName,
 * gnuLongLink, gnuFirst, raw }. `declaredSize` lies about the data that follows; `paxRaw` is a
 * PAX body written as given (malformed records too); `gnuFirst` puts the GNU long name before
 * the PAX header instead of after it; `raw` is a Buffer written as it is (zero blocks, say).
 * `after` is written after the end-of-archive marker.
 */
export function tar(entries, { end = true, after } = {}) {
  const parts = []
  for (const entry of entries) {
    if (entry.raw) {
      parts.push(Buffer.from(entry.raw))
      continue
    }
    const content = entry.content === undefined ? Buffer.alloc(0) : Buffer.from(entry.content)
    if (entry.globalPax) parts.push(...meta('pax-global', typeof entry.globalPax === 'string' || Buffer.isBuffer(entry.globalPax) ? entry.globalPax : paxRecords(entry.globalPax)))
    const gnu = []
    if (entry.gnuLongName) gnu.push(...meta('gnu-long-path', `${entry.gnuLongName}\0`))
    if (entry.gnuLongLink) gnu.push(...meta('gnu-long-link', `${entry.gnuLongLink}\0`))
    if (entry.gnuFirst) parts.push(...gnu)
    if (entry.pax || entry.paxRaw) parts.push(...meta('pax', entry.paxRaw ?? paxRecords(entry.pax)))
    if (!entry.gnuFirst) parts.push(...gnu)
    const size = entry.declaredSize ?? content.length
    parts.push(header({ ...entry, size }))
    if (content.length) parts.push(padded(content))
  }
  if (end) parts.push(Buffer.alloc(1024))
  if (after) parts.push(Buffer.from(after))
  return Buffer.concat(parts)
}

export function tgz(entries, options) {
  return gzipSync(tar(entries, options))
}

export const MANIFEST = { name: 'package/package.json', content: JSON.stringify({ name: 'hostile', version: '1.0.0' }) }
