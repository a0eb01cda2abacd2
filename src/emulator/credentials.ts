import { signedTextFlaw } from '../client/options.js'

/** A SecretId / SecretKey pair the emulator accepts, with the STS token it requires if it is temporary. */
export interface EmulatorCredential {
  readonly secretId: string
  readonly secretKey: string
  /** When set, requests signed with this SecretId must carry this token (X-TC-Token / Token). */
  readonly token?: string
}

/**
 * The documented credentials for local use: public, not a secret, accepted only when no other credentials are
 * configured. See docs/decisions.md (emulator-default-credentials).
 */
export const defaultCredential: EmulatorCredential = Object.freeze({
  secretId: 'AKIDLOCALEMULATOR0000000000000000000',
  secretKey: 'LocalEmulatorSecretKey0000000000',
})

/**
 * Why a SecretId or SecretKey cannot be a credential, or undefined when it can; never the value. Both enter signed
 * strings: the client's rule for those (signedTextFlaw). The SecretId also goes into TC3's Authorization header,
 * whose fields a space separates, and the emulator prints it: no space and no format character (a bidirectional
 * override would disguise what it prints). Real ones are letters and digits.
 */
export function credentialFlaw(value: unknown, part: 'secretId' | 'secretKey'): string | undefined {
  const flaw = signedTextFlaw(value)
  if (flaw !== undefined || part === 'secretKey') return flaw
  if (/[\s\p{Cf}]/u.test(value as string)) return 'must not contain a space or a format character (a bidirectional override, …)'
  return undefined
}

/** Looks up the secret of a SecretId. */
export class CredentialStore {
  private readonly byId = new Map<string, EmulatorCredential>()

  constructor(credentials: readonly EmulatorCredential[]) {
    for (const credential of credentials) {
      for (const name of ['secretId', 'secretKey'] as const) {
        const flaw = credentialFlaw(credential[name], name)
        if (flaw) throw new TypeError(`An emulator credential's ${name} ${flaw}.`)
      }
      if (credential.token !== undefined && typeof credential.token !== 'string') throw new TypeError("An emulator credential's token must be a string when it is given.")
      this.byId.set(credential.secretId, credential)
    }
  }

  find(secretId: string): EmulatorCredential | undefined {
    return this.byId.get(secretId)
  }
}
