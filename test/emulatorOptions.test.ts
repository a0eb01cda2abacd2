/**
 * resolveOptions: the defaults createEmulator documents (README, Emulator) and the exact refusal of each bad value.
 */
import { describe, expect, it } from 'vitest'
import { defaultCredential } from '../src/emulator/credentials.js'
import { defaultKeyQuota, defaultTransportLimits, resolveOptions } from '../src/emulator/options.js'

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
})
