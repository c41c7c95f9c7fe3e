import prettyBytes from 'pretty-bytes'
import { escapeText } from '../report/escape.js'

export interface ProgressStream {
  write(text: string): unknown
}

/**
 * Progress for people on a terminal: one line per tarball, rewritten in place at
 * most every `intervalMs`, shown only once reading takes longer than `delayMs`,
 * and cleared at the end. Never used when stderr is not a terminal.
 */
export function createProgress(stream: ProgressStream, now: () => number = Date.now, intervalMs = 100, delayMs = 300) {
  const reads = new Map<string, { bytes: number; total?: number }>()
  let started: number | undefined
  let lastDraw = 0
  let drawn = false
  return {
    onProgress(label: string, bytes: number, total?: number): void {
      const time = now()
      started ??= time
      reads.set(label, { bytes, total })
      const elapsed = time - started
      if (elapsed < delayMs || time - lastDraw < intervalMs) return
      lastDraw = time
      // Tarballs are read at the same time: one line for all of them.
      let sum = 0
      let sumTotal = 0
      let totalsKnown = true
      for (const read of reads.values()) {
        sum += read.bytes
        if (read.total === undefined) totalsKnown = false
        else sumTotal += read.total
      }
      const rate = prettyBytes((sum / elapsed) * 1000)
      const amount = totalsKnown ? `${prettyBytes(sum)} of ${prettyBytes(sumTotal)}` : prettyBytes(sum)
      const name = reads.size === 1 ? escapeText(label.length > 48 ? `…${label.slice(-47)}` : label) : `reading ${reads.size} tarballs`
      stream.write(`\r\u001b[K${name}: ${amount}, ${rate}/s`)
      drawn = true
    },
    /** Clears the line, so the report starts on a clean screen. */
    done(): void {
      if (drawn) stream.write('\r\u001b[K')
      drawn = false
    },
  }
}
