import type { Rule } from './rule.js'
import { compileGlobs, compileGroups, windowsName } from './file-patterns.js'

import { EXAMPLE_ENV_NAMES } from '../secrets/patterns.js'

/** Files no maintainer means to publish: secrets by nature, VCS data, coverage, OS and editor litter. */
const forbiddenGroup = compileGroups([
  { globs: ['.env', '.env.*'], except: [...EXAMPLE_ENV_NAMES], reason: 'an environment file, which usually holds secrets' },
  { globs: ['*.pem', '*.key', '*.p12', '*.pfx', 'id_rsa*', 'id_dsa*', 'id_ecdsa*', 'id_ed25519*'], except: ['*.pub'], reason: 'a private key or certificate store' },
  { globs: ['.npmrc', '.yarnrc', '.yarnrc.yml', '.git-credentials', '.netrc'], reason: 'a config file that can hold registry or git credentials' },
  { globs: ['**/.git/**', '.git', '**/.hg/**', '**/.svn/**'], reason: 'version control data' },
  { globs: ['**/coverage/**', '**/.nyc_output/**'], reason: 'a test coverage report' },
  { globs: ['.DS_Store', 'Thumbs.db', 'desktop.ini'], reason: 'operating system litter' },
  { globs: ['**/.idea/**', '**/.vscode/**', '*.swp', '*.swo'], reason: 'editor files' },
  {
    // Their memory, settings and transcripts describe the maintainers' machines and work; none is for users.
    globs: ['**/.claude/**', '**/.cursor/**', '**/.aider*', '**/.aider*/**', '**/.windsurf/**', '**/.codex/**', '**/.pi/**', '**/.gemini/**', '**/.continue/**', '**/.roo/**', '**/.cline/**', '**/.clinerules/**', '**/.junie/**', '**/.kiro/**', '**/.opencode/**', '**/.goose/**', '**/.amazonq/**', '**/.copilot/**', '.windsurfrules', '.cursorrules'],
    reason: "an AI coding agent's folder or settings",
  },
  { globs: ['*.tgz', '*.tar.gz', '*.tar', '*.tar.bz2', '*.tar.xz'], except: ['**/fixtures/**', '**/__fixtures__/**', '**/test/**', '**/tests/**', '**/testdata/**'], reason: 'a package tarball inside the package (often its own previous release, picked up by `npm pack`)' },
], { nocase: true })

export const filesForbidden: Rule<'files'> = {
  id: 'files/forbidden',
  severity: 'error',
  summary: "A new file that never belongs in a release: .env, keys, .npmrc, .git/, coverage/, AI agents' folders, tarballs, OS and editor litter.",
  why: `These files hold credentials, repository history or local state. A published package cannot be taken back: the registry, its mirrors and every cache keep it.`,
  fix: `Remove the file from the package (\`.npmignore\` or \`files\`) and rotate any secret it held. Add your own patterns with \`forbidden\` in the config.`,
  check(context) {
    const extra = compileGlobs(context.policy.forbidden, { nocase: true })
    // One file, one error: a file with a secrets finding is reported there.
    const findings = []
    for (const { path } of context.newFiles) {
      if (context.secrets.has(path)) continue
      const name = windowsName(path)
      const group = forbiddenGroup(name)
      const reason = group?.reason ?? (extra(name) ? 'forbidden by the pack-guard config' : undefined)
      if (!reason) continue
      const seenAs = name === path ? '' : ` (${JSON.stringify(name)} on Windows)`
      findings.push({
        path,
        message: `${path}${seenAs} is ${reason}, and should never be published.`,
        hint: 'Remove it from the package: add it to .npmignore, or narrow `files` in package.json. If it held a secret, rotate that secret.',
        details: { reason },
      })
    }
    return findings
  },
}
