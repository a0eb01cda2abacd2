/**
 * The emulator's small modules as functions, for the behaviour the HTTP tests reach only partly: the rate limiter's
 * token bucket at its edges, the key generator's uniform alphabet, the constant-time comparison, the credential
 * list's checks, the v1 form's parsing and un-flattening with their exact errors, and the v1 signature's host forms.
 */
import { createHmac } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { ApiFailure } from '../src/emulator/apiFailure.js'
import { constantTimeEqual } from '../src/emulator/constantTime.js'
import { CredentialStore, defaultCredential } from '../src/emulator/credentials.js'
import { generateAutoKey, generatedKeyShape, randomAlphanumeric, timeHead } from '../src/emulator/keyGenerator.js'
import { RateLimiter } from '../src/emulator/rateLimiter.js'
import { maxArrayDepth, parseV1Form, unflattenV1Form, v1CommonParameters } from '../src/emulator/v1Form.js'
import { verifyV1Signature } from '../src/emulator/v1Signature.js'

/** The ApiFailure `run` throws, as `{ code, message }`. */
function failureOf(run: () => unknown): { code: string; message: string } {
  try {
    run()
  } catch (error) {
    if (error instanceof ApiFailure) return { code: error.code, message: error.message }
    throw error
  }
  throw new Error('expected an ApiFailure')
}

describe('RateLimiter', () => {
  const limiter = (perSecond: number) => {
    const clock = { now: 1_000_000 }
    return { clock, limiter: new RateLimiter(perSecond, () => clock.now) }
  }
  const takeMany = (rate: RateLimiter, count: number, id = 'a') => Array.from({ length: count }, () => rate.take(id))

  it('is lifted by 0 and Infinity', () => {
    for (const perSecond of [0, Infinity]) {
      const { limiter: rate } = limiter(perSecond)
      expect(rate.enabled).toBe(false)
      expect(takeMany(rate, 1000).every(Boolean)).toBe(true)
    }
    expect(limiter(1).limiter.enabled).toBe(true)
  })

  it('allows a burst of perSecond, then one more per 1/perSecond second, exactly at the boundary', () => {
    const { clock, limiter: rate } = limiter(20)
    expect(takeMany(rate, 20).every(Boolean)).toBe(true)
    expect(rate.take('a')).toBe(false)
    clock.now += 49
    expect(rate.take('a')).toBe(false)
    // The refused take kept the 0.98 token earned: 1 ms more makes a whole one.
    clock.now += 1
    expect(rate.take('a')).toBe(true)
    expect(rate.take('a')).toBe(false)
    clock.now += 50
    expect(rate.take('a')).toBe(true)
  })

  it('never banks more than one second of tokens, and a clock that goes back earns nothing', () => {
    const { clock, limiter: rate } = limiter(5)
    expect(takeMany(rate, 5).every(Boolean)).toBe(true)
    clock.now += 60_000
    expect(takeMany(rate, 6)).toEqual([true, true, true, true, true, false])
    clock.now -= 30_000
    expect(rate.take('a')).toBe(false)
    clock.now += 200
    expect(rate.take('a')).toBe(true)
  })

  it('keeps one bucket per SecretId', () => {
    const { limiter: rate } = limiter(2)
    expect(takeMany(rate, 3, 'a')).toEqual([true, true, false])
    expect(takeMany(rate, 3, 'b')).toEqual([true, true, false])
  })
})

describe('key generator', () => {
  it('draws every character of [A-Za-z0-9] equally often (no modulo bias, nothing else)', async () => {
    // Loaded afresh: the bound that drops biased bytes is a module constant, which a mutation run (perTest coverage)
    // credits only to a test during which the module loads.
    vi.resetModules()
    const { randomAlphanumeric } = await import('../src/emulator/keyGenerator.js')
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    const perCharacter = 2000
    const text = randomAlphanumeric(alphabet.length * perCharacter)
    expect(text).toHaveLength(alphabet.length * perCharacter)
    const counts = new Map<string, number>()
    for (const character of text) counts.set(character, (counts.get(character) ?? 0) + 1)
    expect([...counts.keys()].sort().join('')).toBe([...alphabet].sort().join(''))
    // Binomial, sd ≈ 44: a ±300 band is 6.7 sd wide. Bytes 248–255 kept (modulo bias) would give A–H ≈ 2480.
    for (const [character, count] of counts) {
      expect(count, character).toBeGreaterThan(perCharacter - 300)
      expect(count, character).toBeLessThan(perCharacter + 300)
    }
  })

  it('returns exactly the requested length, also across the random pool\'s refills', () => {
    for (const length of [0, 1, 39, 4095, 4096, 5000]) expect(randomAlphanumeric(length)).toMatch(new RegExp(`^[A-Za-z0-9]{${length}}$`))
  })

  it('shapes auto keys as documented: AKID, the creation time in 7 characters, 29 random ones; a random secret', () => {
    const at = Date.UTC(2026, 11, 2, 8, 0, 0, 123)
    const key = generateAutoKey(at)
    expect(key.AccessKeyId).toMatch(/^AKID[A-Za-z0-9]{36}$/)
    expect(key.AccessKeySecret).toMatch(/^[A-Za-z0-9]{40}$/)
    expect(generatedKeyShape).toEqual({ idPrefix: 'AKID', idLength: 40, timeLength: 7, secretLength: 40 })
    expect(key.AccessKeyId.slice(4, 11)).toBe(timeHead(at))
    // Keys of one millisecond share the head and differ in the rest, which is drawn as randomAlphanumeric draws.
    const tails = new Set(Array.from({ length: 1000 }, () => generateAutoKey(at).AccessKeyId.slice(11)))
    expect(tails.size).toBe(1000)
    const tailCharacters = new Set([...tails].join(''))
    expect(tailCharacters.size).toBe(62)
  })

  it('writes the time head as the milliseconds in base 62, sorting as the times do, wrapping outside 1970–2081', () => {
    const digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
    const value = (head: string) => [...head].reduce((n, digit) => n * 62 + digits.indexOf(digit), 0)
    const span = 62 ** 7
    expect(timeHead(0)).toBe('0000000')
    expect(timeHead(61)).toBe('000000z')
    expect(timeHead(62)).toBe('0000010')
    expect(timeHead(span - 1)).toBe('zzzzzzz')
    expect(timeHead(span)).toBe('0000000')
    expect(timeHead(-1)).toBe('zzzzzzz')
    expect(timeHead(1.9)).toBe('0000001')
    for (const unusable of [Number.NaN, Infinity, -Infinity]) expect(timeHead(unusable)).toBe('0000000')
    fc.assert(
      fc.property(fc.integer({ min: 0, max: span - 1 }), fc.integer({ min: 0, max: span - 1 }), (a, b) => {
        const [headA, headB] = [timeHead(a), timeHead(b)]
        expect(headA).toMatch(/^[0-9A-Za-z]{7}$/)
        expect(value(headA)).toBe(a)
        // As SQLite compares text (bytes) and as JavaScript compares strings.
        expect(Math.sign(Buffer.compare(Buffer.from(headA), Buffer.from(headB)))).toBe(Math.sign(a - b))
        expect(headA < headB).toBe(a < b)
      }),
    )
  })
})

describe('constantTimeEqual', () => {
  it('is string equality, for any lengths', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true)
    expect(constantTimeEqual('', '')).toBe(true)
    expect(constantTimeEqual('', 'a')).toBe(false)
    expect(constantTimeEqual('a', '')).toBe(false)
    expect(constantTimeEqual('abc', 'abd')).toBe(false)
    expect(constantTimeEqual('abc', 'ab')).toBe(false)
    expect(constantTimeEqual('ab', 'abc')).toBe(false)
    expect(constantTimeEqual('é', 'e')).toBe(false)
  })
})

describe('CredentialStore', () => {
  it('finds each configured credential by SecretId, the last of a repeated one', () => {
    const first = { secretId: 'AKIDa', secretKey: 'k1' }
    const token = { secretId: 'AKIDb', secretKey: 'k2', token: 't' }
    const store = new CredentialStore([first, token, { secretId: 'AKIDa', secretKey: 'k3' }])
    expect(store.find('AKIDa')).toEqual({ secretId: 'AKIDa', secretKey: 'k3' })
    expect(store.find('AKIDb')).toBe(token)
    expect(store.find('akida')).toBeUndefined()
  })

  it('refuses a credential without a non-empty string secretId and secretKey', () => {
    const bad = [
      [{ secretId: '', secretKey: 'k' }, 'secretId'],
      [{ secretId: 'id', secretKey: '' }, 'secretKey'],
      [{ secretId: 7, secretKey: 'k' }, 'secretId'],
      [{ secretId: 'id', secretKey: null }, 'secretKey'],
      [{ secretKey: 'k' }, 'secretId'],
    ] as const
    for (const [credential, name] of bad) {
      expect(() => new CredentialStore([credential as never]), JSON.stringify(credential)).toThrow(new TypeError(`An emulator credential's ${name} must be a non-empty string.`))
    }
  })

  it('refuses a credential no client can send, without echoing it', () => {
    // Either part: a control character, a lone surrogate. The SecretId alone: a space or a format character.
    const cases = [
      ['AKID\nx', ['secretId', 'secretKey'], 'must not contain a control character'],
      ['AKID\u001b[31m', ['secretId', 'secretKey'], 'must not contain a control character'],
      ['AKID\ud800', ['secretId', 'secretKey'], 'must be well-formed Unicode'],
      ['AKID\u202ex', ['secretId'], 'must not contain a space or a format character'],
      ['AKID x', ['secretId'], 'must not contain a space or a format character'],
      [' AKIDx', ['secretId'], 'must not contain a space or a format character'],
    ] as const
    for (const [value, names, rule] of cases) {
      for (const name of names) {
        const credential = { secretId: 'AKIDok', secretKey: 'ok', [name]: value }
        let message = ''
        try {
          new CredentialStore([credential])
        } catch (error) {
          message = (error as Error).message
        }
        expect(message, JSON.stringify(credential)).toContain(`An emulator credential's ${name} ${rule}`)
        expect(message).not.toContain(value)
      }
    }
    // A SecretKey is never sent or shown: spaces and format characters are its own business.
    expect(new CredentialStore([{ secretId: 'AKIDé', secretKey: ' a key\u202e ' }]).find('AKIDé')).toBeDefined()
  })

  it('has a frozen documented default', () => {
    expect(Object.isFrozen(defaultCredential)).toBe(true)
    expect(defaultCredential).toEqual({ secretId: 'AKIDLOCALEMULATOR0000000000000000000', secretKey: 'LocalEmulatorSecretKey0000000000' })
  })
})

describe('v1 form', () => {
  it('parses the form into decoded values, and refuses a name sent twice, quoting at most 64 of its characters', () => {
    expect([...parseV1Form('a=1&b=x+y&c=%E4%BD%A0&d=', 'query')]).toEqual([['a', '1'], ['b', 'x y'], ['c', '你'], ['d', '']])
    expect(failureOf(() => parseV1Form('SecretName=a&SecretName=b', 'query'))).toEqual({ code: 'InvalidParameter', message: 'Parameter "SecretName" is sent more than once.' })
    const long = 'n'.repeat(65)
    expect(failureOf(() => parseV1Form(`${long}=1&${long}=2`, 'query')).message).toBe(`Parameter "${'n'.repeat(64)}…" is sent more than once.`)
    expect(failureOf(() => parseV1Form(`${'n'.repeat(64)}=1&${'n'.repeat(64)}=2`, 'query')).message).toBe(`Parameter "${'n'.repeat(64)}" is sent more than once.`)
  })

  it('drops exactly the common parameters', () => {
    expect([...v1CommonParameters].sort()).toEqual(['Action', 'Language', 'Nonce', 'Region', 'RequestClient', 'SecretId', 'Signature', 'SignatureMethod', 'Timestamp', 'Token', 'Version'])
    const common = new Map([...v1CommonParameters].map((name) => [name, 'x']))
    expect(unflattenV1Form(common)).toStrictEqual({})
    expect(unflattenV1Form(new Map([...common, ['SecretName', 's'], ['action', 'lower']]))).toStrictEqual({ SecretName: 's', action: 'lower' })
  })

  it('turns Tags.N.Field into an array in index order; other names stay as they are', () => {
    const form = new Map([['Tags.1.Value', 'v1'], ['SecretName', 's'], ['Tags.0.Key', 'k0'], ['Tags.1.Key', 'k1'], ['Tags.0.Value', 'v0'], ['Tags.0.Key.Sub', 'deep']])
    expect(unflattenV1Form(form)).toStrictEqual({ SecretName: 's', Tags: [{ Key: 'k0', Value: 'v0', 'Key.Sub': 'deep' }, { Value: 'v1', Key: 'k1' }] })
    for (const name of ['Tags.01.Key', 'Tags.-1.Key', 'Tags.0.', 'Tags.x.Key', 'xTags.0.Key', 'Tags.0.Key\nmore', 'tags.0.Key']) {
      expect(unflattenV1Form(new Map([[name, 'v']])), name).toStrictEqual({ [name]: 'v' })
    }
    expect(unflattenV1Form(new Map([['SecretName', 's']]))).toStrictEqual({ SecretName: 's' })
    // A hole stays a hole the validator names (Tags.0 must be an object).
    expect(unflattenV1Form(new Map([['Tags.1.Key', 'a'], ['Tags.1.Value', 'b']]))).toStrictEqual({ Tags: [undefined, { Key: 'a', Value: 'b' }] })
  })

  it(`reads a name into at most maxArrayDepth (${maxArrayDepth}) levels of arrays; the rest of it stays one name`, () => {
    // Two levels, as Filters.N.Values.N: read in full.
    expect(unflattenV1Form(new Map([['Filters.0.Values.1', 'b'], ['Filters.0.Values.0', 'a']]))).toStrictEqual({ Filters: [{ Values: ['a', 'b'] }] })
    const nested = (levels: number) => `Tags.0.${'A.0.'.repeat(levels - 1)}B`
    let level: unknown = unflattenV1Form(new Map([[nested(maxArrayDepth), '1']]))
    for (let i = 0; i < maxArrayDepth; i++) level = ((level as Record<string, unknown[]>)[i === 0 ? 'Tags' : 'A'])![0]
    expect(level).toStrictEqual({ B: '1' })
    // One level more: the innermost element holds the rest of the name as it is.
    let deeper: unknown = unflattenV1Form(new Map([[nested(maxArrayDepth + 1), '1']]))
    for (let i = 0; i < maxArrayDepth; i++) deeper = ((deeper as Record<string, unknown[]>)[i === 0 ? 'Tags' : 'A'])![0]
    expect(deeper).toStrictEqual({ 'A.0.B': '1' })
    // Thousands of levels (about 12 KB, within the 32 KB of a GET) do not exhaust the stack.
    expect(() => unflattenV1Form(new Map([[nested(5000), '1'], ['SecretName', 'x']]))).not.toThrow()
  })

  it('keeps names like __proto__ as own properties', () => {
    const request = unflattenV1Form(new Map([['__proto__', 'p'], ['Tags.0.__proto__', 'q']]))
    expect(Object.getPrototypeOf(request)).toBe(Object.prototype)
    expect(Object.getOwnPropertyNames(request)).toEqual(['__proto__', 'Tags'])
    expect(Object.getOwnPropertyDescriptor(request, '__proto__')).toEqual({ value: 'p', enumerable: true, writable: true, configurable: true })
    const tag = (request.Tags as Record<string, unknown>[])[0]!
    expect(Object.getOwnPropertyNames(tag)).toEqual(['__proto__'])
  })

  it('refuses an index no form of this size can fill, and Tags sent both ways', () => {
    expect(unflattenV1Form(new Map([['Tags.1.Key', 'a'], ['SecretName', 's']]))).toStrictEqual({ Tags: [undefined, { Key: 'a' }], SecretName: 's' })
    expect(failureOf(() => unflattenV1Form(new Map([['Tags.1.Key', 'a']])))).toEqual({
      code: 'InvalidParameter.FormatError',
      message: 'Invalid format of parameter Tags: index 1 leaves gaps (Tags.N counts from 0 without holes).',
    })
    expect(failureOf(() => unflattenV1Form(new Map([['Tags', 'x'], ['Tags.0.Key', 'a']])))).toEqual({
      code: 'InvalidParameter.FormatError',
      message: 'Invalid format of parameter Tags: send either Tags.N / Tags.N.Field or Tags itself, not both.',
    })
    expect(unflattenV1Form(new Map([['Tags', 'x']]))).toStrictEqual({ Tags: 'x' })
  })

  it('un-flattens any action\'s arrays alike: Name.N.Field into objects, Name.N into strings', () => {
    expect(unflattenV1Form(new Map([['AccessKeyIds.1', 'b'], ['AccessKeyIds.0', 'a'], ['Filters.0.Name', 'n'], ['Filters.0.Values', 'v']]))).toStrictEqual({
      AccessKeyIds: ['a', 'b'],
      Filters: [{ Name: 'n', Values: 'v' }],
    })
    expect(unflattenV1Form(new Map([['Ids.1', 'b'], ['Other', 'o']]))).toStrictEqual({ Ids: [undefined, 'b'], Other: 'o' })
    expect(failureOf(() => unflattenV1Form(new Map([['Ids.2', 'a'], ['Other', 'o']])))).toEqual({
      code: 'InvalidParameter.FormatError',
      message: 'Invalid format of parameter Ids: index 2 leaves gaps (Ids.N counts from 0 without holes).',
    })
    // One element both a value and an object, in either order.
    for (const form of [[['Ids.0', 'a'], ['Ids.0.Key', 'k']], [['Ids.0.Key', 'k'], ['Ids.0', 'a']]] as const) {
      expect(failureOf(() => unflattenV1Form(new Map(form)))).toEqual({ code: 'InvalidParameter.FormatError', message: 'Invalid format of parameter Ids.0: send either Ids.0 or Ids.0.Field, not both.' })
    }
    expect(failureOf(() => unflattenV1Form(new Map([['Ids.0', 'a'], ['Ids', 'x']])))).toEqual({
      code: 'InvalidParameter.FormatError',
      message: 'Invalid format of parameter Ids: send either Ids.N / Ids.N.Field or Ids itself, not both.',
    })
  })
})

describe('verifyV1Signature', () => {
  const secretKey = 'v1UnitSecret'
  const params = (signature: string) => new Map([['Nonce', '1'], ['Action', 'CreateApiKey'], ['SecretName', 'a b'], ['Signature', signature]])
  const sign = (text: string, algorithm: 'sha1' | 'sha256' = 'sha1') => createHmac(algorithm, secretKey).update(text).digest('base64')

  it('signs METHOD + host + path + ? + the sorted, decoded parameters but Signature, with or without the port', () => {
    const withPort = sign('GETemulator.test:9777/?Action=CreateApiKey&Nonce=1&SecretName=a b')
    const withoutPort = sign('GETemulator.test/?Action=CreateApiKey&Nonce=1&SecretName=a b')
    expect(verifyV1Signature('GET', 'emulator.test:9777', '/', params(withPort), 'HmacSHA1', secretKey)).toBe(true)
    expect(verifyV1Signature('GET', 'emulator.test:9777', '/', params(withoutPort), 'HmacSHA1', secretKey)).toBe(true)
    expect(verifyV1Signature('POST', 'emulator.test:9777', '/', params(withPort), 'HmacSHA1', secretKey)).toBe(false)
    expect(verifyV1Signature('GET', 'emulator.test:9777', '/x', params(withPort), 'HmacSHA1', secretKey)).toBe(false)
    expect(verifyV1Signature('GET', 'emulator.test:9777', '/', params(withPort), 'HmacSHA256', secretKey)).toBe(false)
    expect(verifyV1Signature('GET', 'emulator.test:9777', '/', params(withPort), 'HmacSHA1', 'other')).toBe(false)
    const sha256 = sign('POSTemulator.test/?Action=CreateApiKey&Nonce=1&SecretName=a b', 'sha256')
    expect(verifyV1Signature('POST', 'emulator.test', '/', params(sha256), 'HmacSHA256', secretKey)).toBe(true)
    expect(verifyV1Signature('POST', 'emulator.test', '/', params(`${sha256}=`), 'HmacSHA256', secretKey)).toBe(false)
    expect(verifyV1Signature('POST', 'emulator.test', '/', new Map([...params(sha256)].filter(([name]) => name !== 'Signature')), 'HmacSHA256', secretKey)).toBe(false)
  })
})
