import type { Policy } from '../core/policy.js'
import type { ConfigBody, PackGuardConfig, TotalSize } from './validate.js'

function total(base: Policy['size']['packed'], size: TotalSize | undefined): Policy['size']['packed'] {
  if (!size) return base
  return {
    warn: { percent: size.warnPercent ?? base.warn.percent, bytes: size.warnBytes ?? base.warn.bytes },
    error: { ratio: size.errorRatio ?? base.error.ratio, bytes: size.errorBytes ?? base.error.bytes },
  }
}

/** Lays one config level over a policy: what the level sets wins, lists add up. Pure. */
export function applyConfig(base: Policy, body: ConfigBody): Policy {
  return {
    ...base,
    failOn: body.failOn ?? base.failOn,
    rules: { ...base.rules, ...body.rules },
    size: {
      packed: total(base.size.packed, body.size?.packed),
      unpacked: total(base.size.unpacked, body.size?.unpacked),
      file: { percent: body.size?.file?.percent ?? base.size.file.percent, bytes: body.size?.file?.bytes ?? base.size.file.bytes },
      newFileBytes: body.size?.newFileBytes ?? base.size.newFileBytes,
      newFilePercent: body.size?.newFilePercent ?? base.size.newFilePercent,
    },
    sourceMaps: { sourcesArePublic: body.sourceMaps?.sourcesArePublic ?? base.sourceMaps.sourcesArePublic },
    forbidden: [...base.forbidden, ...(body.forbidden ?? [])],
    allow: [...base.allow, ...(body.allow ?? [])],
    expect: body.expect ?? base.expect,
    secretAllow: [...base.secretAllow, ...(body.secrets?.allow ?? [])],
  }
}

/** The policy for one package: the base, the config's root, then its `packages` section. */
export function policyFor(base: Policy, config: PackGuardConfig | undefined, packageName: string): Policy {
  if (!config) return base
  const root = applyConfig(base, config)
  const section = config.packages?.[packageName]
  return section ? applyConfig(root, section) : root
}
