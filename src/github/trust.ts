/**
 * The action's trust boundary: what the workflow gave it (inputs, the runner's
 * environment, the user .npmrc) against what the pull request's checkout holds.
 */

/**
 * The environment for child processes and .npmrc expansion in the action: without
 * the action's inputs (`INPUT_GITHUB-TOKEN` is the token) and the runner's `ACTIONS_*`
 * (the runtime and OIDC request tokens). `npm pack` runs in the pull request's folder,
 * under its .npmrc, and with run-scripts on, its scripts too.
 */
export function withoutRunnerSecrets(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(env)) if (!/^(?:INPUT|ACTIONS)_/i.test(key)) kept[key] = value
  return kept
}

/** A reporter that passes each distinct message on once. */
export function onceEach(report: (message: string) => void): (message: string) => void {
  const seen = new Set<string>()
  return (message) => {
    if (seen.has(message)) return
    seen.add(message)
    report(message)
  }
}
