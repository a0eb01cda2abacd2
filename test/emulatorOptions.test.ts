/**
 * resolveOptions: the defaults createEmulator documents (README, Emulator) and the exact refusal of each bad value.
 */
import { describe, expect, it } from 'vitest'
import { defaultCredential } from '../src/emulator/credentials.js'
import { defaultKeyQuota, defaultTransportLimits, emulatorOptionNames, resolveOptions } from '../src/emulator/options.js'

describe('resolveOptions', () => {
  it('defaults: a free loopback port, in memory, the documented credential, 500 keys, 20 per second, no log, Date.now', () => {
    expect(defaultKeyQuota).toBe(500)
    for (const options of [undefined, {}, { credentials: [] }]) {
      expect(resolveOptions(options)).toStrictEqual({
        port: 0,
        host: '127.0.0.1',
        dataFile: undefined,
        credentials: [defaultCredential],
        keyQuota: 500,
        rateLimitPerSecond: 20,
        log: false,
        now: Date.now,
        signedHosts: [],
        ...defaultTransportLimits,
      })
    }
  })

  it('keeps what is given', () => {
    const credentials = [{ secretId: 'a', secretKey: 'b' }]
    const log = { write: () => true }
    const now = () => 1
    expect(resolveOptions({ port: 65535, host: '::1', dataFile: 'k.db', credentials, keyQuota: Infinity, rateLimitPerSecond: 0, log, now })).toStrictEqual({
      port: 65535,
      host: '::1',
      dataFile: 'k.db',
      credentials,
      keyQuota: Infinity,
      rateLimitPerSecond: 0,
      log,
      now,
      signedHosts: [],
      ...defaultTransportLimits,
    })
    expect(resolveOptions({ keyQuota: 0, rateLimitPerSecond: Infinity, log: false })).toMatchObject({ keyQuota: 0, rateLimitPerSecond: Infinity, log: false })
  })

  it('refuses a port, quota or rate that is not a count', () => {
    for (const port of [-1, 65536, 1.5, Number.NaN, Infinity]) expect(() => resolveOptions({ port }), String(port)).toThrow(new RangeError('port must be an integer from 0 to 65535.'))
    for (const keyQuota of [-1, 0.5, Number.NaN, -Infinity]) expect(() => resolveOptions({ keyQuota }), String(keyQuota)).toThrow(new RangeError('keyQuota must be a non-negative integer or Infinity.'))
    for (const rateLimitPerSecond of [-1, 2.5, Number.NaN]) {
      expect(() => resolveOptions({ rateLimitPerSecond }), String(rateLimitPerSecond)).toThrow(new RangeError('rateLimitPerSecond must be a non-negative integer or Infinity.'))
    }
    expect(() => resolveOptions({ port: 0, keyQuota: 1, rateLimitPerSecond: 1 })).not.toThrow()
  })

  it('refuses an unknown option by its name, listing the options, and a value of the wrong type, never showing a value', () => {
    expect(() => resolveOptions({ ratelimitPerSecond: 0 } as never)).toThrow(new TypeError(`Unknown emulator option "ratelimitPerSecond": the options are ${emulatorOptionNames.join(', ')}.`))
    expect(() => resolveOptions({ ['x'.repeat(100)]: 1 } as never)).toThrow(`Unknown emulator option "${'x'.repeat(64)}…"`)
    for (const options of [null, [], 'port', 5]) expect(() => resolveOptions(options as never), String(options)).toThrow(new TypeError('The emulator options must be an object.'))
    const wrong: [string, unknown, string][] = [
      ['host', 1, 'a non-empty string'],
      ['host', '', 'a non-empty string'],
      ['dataFile', {}, 'a non-empty string'],
      ['now', 5, 'a function returning milliseconds since the epoch'],
      ['log', true, 'false or an object with a write(line) method'],
      ['log', {}, 'false or an object with a write(line) method'],
      ['log', null, 'false or an object with a write(line) method'],
      ['signedHosts', 'a.example', 'an array of strings'],
      ['signedHosts', [8080], 'an array of strings'],
      ['credentials', { secretId: 'a', secretKey: 'b' }, 'an array of { secretId, secretKey, token? } objects'],
      ['credentials', ['sk-secret-value'], 'an array of { secretId, secretKey, token? } objects'],
    ]
    for (const [name, value, what] of wrong) {
      const error = (() => {
        try {
          resolveOptions({ [name]: value } as never)
        } catch (caught) {
          return caught as Error
        }
        throw new Error(`${name}: no error`)
      })()
      expect(error, name).toStrictEqual(new TypeError(`The emulator option ${name} must be ${what}.`))
      expect(error.message).not.toContain('sk-secret-value')
    }
    // Every option of the list is read: given its default's type, none is refused; undefined is the default.
    expect(() => resolveOptions(Object.fromEntries(emulatorOptionNames.map((name) => [name, undefined])))).not.toThrow()
  })

  it("refuses a credential's token that is not a string", async () => {
    const { CredentialStore } = await import('../src/emulator/credentials.js')
    expect(() => new CredentialStore([{ secretId: 'AKIDx', secretKey: 'k', token: 5 as never }])).toThrow(new TypeError("An emulator credential's token must be a string when it is given."))
    expect(() => new CredentialStore([{ secretId: 'AKIDx', secretKey: 'k', token: 't' }])).not.toThrow()
  })
})
