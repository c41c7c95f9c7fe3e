/**
 * An error pack-guard explains in one line: bad input, an unreadable tarball,
 * an unreachable registry. The CLI prints its message and exits 2; the action
 * fails the step with it. Anything else is a bug and is reported as such.
 */
export class PackGuardError extends Error {
  override readonly name = 'PackGuardError'
}

/** The one line to show for any thrown value, without a stack trace. */
export function describeError(error: unknown): string {
  if (error instanceof PackGuardError) return error.message
  if (error instanceof Error) return `internal error: ${error.message}`
  return `internal error: ${String(error)}`
}
