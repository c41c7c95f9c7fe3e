import { describe, expect, it } from 'vitest'
import { SECRET_PATTERNS, entropy, isPlaceholder } from '../src/core/secrets/patterns.js'

/** The false-positive guards of each secret pattern, at their edges: what must still be found, and what must not. */
const accept = (kind: string, value: string) => {
  const pattern = SECRET_PATTERNS.find((p) => p.kind === kind)
  if (!pattern) throw new Error(`no pattern ${kind}`)
  return pattern.accept ? pattern.accept(value, Object.assign([value, value], { index: 0, input: value }) as unknown as RegExpExecArray) : true
}
const b64url = (value: string) => Buffer.from(value).toString('base64url')
const jwt = (header: string, signature = 'Qk3xZ9pLm2Rt7Vw4Yb8Nc1Hd') => `${b64url(header)}.${b64url('{"sub":"u1","n":1}')}.${signature}`

describe('entropy and placeholders', () => {
  it('entropy in bits per character', () => {
    expect(entropy('aaaa')).toBe(0)
    expect(entropy('abab')).toBe(1)
    expect(entropy('abcd')).toBe(2)
    expect(entropy('0123456789abcdef')).toBe(4)
    // 4 characters twice and 8 once in 16: exactly 3.5 bits.
    expect(entropy('Q7Q7x9x9mKpR2w4Z')).toBe(3.5)
  })

  it.each([
    ['zz', true],
    ['zzz', true],
    ['k9Qm2Lpzz', false],
    ['zzk9Qm2Lp', false],
    ['k9QZZZZZZZZm2Lp', true], // eight of one character in a row
    ['k9QZZZZZZZm2Lp', false], // seven
    ['my-EXAMPLE-key', true],
    ['<your token>', true],
    ['${TOKEN}', true],
    ['k9Qm2Lp7Vw4Y', false],
  ])('isPlaceholder(%j) is %s', (value, expected) => {
    expect(isPlaceholder(value)).toBe(expected)
  })
})

describe('each pattern keeps real-shaped values and drops the rest', () => {
  it.each([
    ['aws-secret-key', 'k9Qm2Lp7Vw4Yb8Nc1Hd5Jf3Gs6Ta0Ue9Rz2Xy4W/', true],
    ['aws-secret-key', 'AbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAb', false], // low entropy
    ['aws-secret-key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', false], // the documented example
    ['github-token', 'ghp_Pq7Rk2Vx9Lm4Tz8Wb3Nc6Hd1Jf5Gs0Ya2Ue7', true],
    ['github-token', `ghp_${'ab'.repeat(18)}`, false], // low entropy, not a placeholder
    ['github-token', `ghp_${'x'.repeat(36)}`, false],
    ['npm-token', 'npm_Zt4Lq9Wm2Xr7Kp3Vb8Nc5Hd1Jf6Gs0Ya4Ue2', true],
    ['npm-token', `npm_${'ab'.repeat(18)}`, false],
    ['google-api-key', 'AIzaSyB7k9Qm2Lp7Vw4Yb8Nc1Hd5Jf3Gs6Ta0Ue', true],
    ['google-api-key', `AIza${'ab'.repeat(17)}a`, false],
    ['aws-access-key', 'AKIAQ7XK2M4P6R3T5V7W', true],
    ['aws-access-key', 'AKIAIOSFODNN7EXAMPLE', false],
    ['slack-token', 'xoxb-123456-Ab1Cd2Ef3Gh4', true],
    ['slack-token', 'xoxb-123456-xxxxxxxxxxxx', false],
    ['npmrc-auth', 'k9Qm2Lp7Vw4Y', true],
    ['npmrc-auth', 'changeme123', false],
  ])('%s %j: %s', (kind, value, expected) => {
    expect(accept(kind, value)).toBe(expected)
  })

  it('a JWT needs a JSON header naming a signing algorithm other than none (in any case)', () => {
    expect(accept('jwt', jwt('{"alg":"HS256","typ":"JWT"}'))).toBe(true)
    expect(accept('jwt', jwt('{"alg":"none"}'))).toBe(false)
    expect(accept('jwt', jwt('{"alg":"NONE"}'))).toBe(false)
    expect(accept('jwt', jwt('{"typ":"JWT"}'))).toBe(false)
    expect(accept('jwt', jwt('{"alg":256}'))).toBe(false)
    expect(accept('jwt', jwt('not json'))).toBe(false)
    expect(accept('jwt', jwt('{"alg":"HS256"}', 'abcdefabcdefabcdefab'))).toBe(false) // a placeholder signature
  })

  it.each([
    ['k9q2m7x4p1z8w3r6', true], // two character classes, digits and letters
    ['Q7Q7x9x9mKpR2w4Z', true], // entropy exactly 3.5
    ['Q7Q7x9x9mKpR2w4Q', false], // just under 3.5
    ['kPqRsTuVwXyZmNbC', false], // no digit
    ['4829173650382914', false], // no letter
    ['parser.state2.next', false], // an identifier path
    ['Parser_State-2x', false],
    ['aB3.dE5_gH7-jK9', true], // dots, but not an identifier path: mixed case and digits in each part
    ['my.example.k9Qm2Lp7', false], // a placeholder
  ])('generic assignment %j: %s', (value, expected) => {
    expect(accept('generic-assignment', value)).toBe(expected)
  })
})
