// A tiny tar writer that writes exactly what it is told — bad checksums, links,
// devices, `..` names, huge PAX records — which a careful packer refuses to write.
// Used by scripts/build-corpus.mjs and the tests; never by pack-guard itself.
import { gzipSync } from 'node:zlib'

const TYPES = { file: '0', link: '1', symlink: '2', 'character-device': '3', 'block-device': '4', directory: '5', fifo: '6', pax: 'x', 'gnu-long-path': 'L' }

function octal(value, width) {
  return `${value.toString(8).padStart(width - 1, '0')}\0`
}

/** One 512-byte ustar header. `name` over 100 bytes is cut: use a PAX or GNU entry before it. */
export function header({ name, size = 0, type = 'file', linkname = '', mode = 0o644, badChecksum = false }) {
  const block = Buffer.alloc(512)
  block.write(name.slice(0, 100), 0, 'utf8')
  block.write(octal(mode, 8), 100)
  block.write(octal(0, 8), 108)
  block.write(octal(0, 8), 116)
  block.write(octal(size, 12), 124)
  block.write(octal(0, 12), 136)
  block.write(TYPES[type] ?? type, 156)
  block.write(linkname.slice(0, 100), 157)
  block.write('ustar\x0000', 257, 'binary')
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

/**
 * An uncompressed tar from entries: { name, content, type, linkname, mode, declaredSize,
 * badChecksum, pax: {path,...}, gnuLongName }. `declaredSize` lies about the data that follows.
 */
export function tar(entries, { end = true } = {}) {
  const parts = []
  for (const entry of entries) {
    const content = entry.content === undefined ? Buffer.alloc(0) : Buffer.from(entry.content)
    if (entry.pax) {
      const records = paxRecords(entry.pax)
      parts.push(header({ name: 'PaxHeader', size: records.length, type: 'pax' }), padded(records))
    }
    if (entry.gnuLongName) {
      const longName = Buffer.from(`${entry.gnuLongName}\0`)
      parts.push(header({ name: '././@LongLink', size: longName.length, type: 'gnu-long-path' }), padded(longName))
    }
    const size = entry.declaredSize ?? (entry.type && entry.type !== 'file' ? 0 : content.length)
    parts.push(header({ ...entry, size }))
    if (content.length) parts.push(padded(content))
  }
  if (end) parts.push(Buffer.alloc(1024))
  return Buffer.concat(parts)
}

export function tgz(entries, options) {
  return gzipSync(tar(entries, options))
}

export const MANIFEST = { name: 'package/package.json', content: JSON.stringify({ name: 'hostile', version: '1.0.0' }) }
