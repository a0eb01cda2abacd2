import { isWellFormed } from '../client/encodable.js'

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
 * Why a SecretId or SecretKey cannot be a credential, or undefined when it can. A client sends both in signed
 * headers and strings, where a control character splits or breaks the request and HTTP trims a space at either end;
 * a format character (a bidirectional override) would disguise the SecretId the emulator prints. Never the value.
 */
export function credentialFlaw(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return 'must be a non-empty string'
  if (/[\p{Cc}\p{Cf}]/u.test(value)) return 'must not contain a control or format character (a line break, a tab, NUL, a bidirectional override, …)'
  if (!isWellFormed(value)) return 'must be well-formed Unicode (no lone surrogate)'
  if (/^\s|\s$/u.test(value)) return 'must not start or end with a space'
  return undefined
}

/** Looks up the secret of a SecretId. */
export class CredentialStore {
  private readonly byId = new Map<string, EmulatorCredential>()

  constructor(credentials: readonly EmulatorCredential[]) {
    for (const credential of credentials) {
      for (const name of ['secretId', 'secretKey'] as const) {
        const flaw = credentialFlaw(credential[name])
        if (flaw) throw new TypeError(`An emulator credential's ${name} ${flaw}.`)
      }
      this.byId.set(credential.secretId, credential)
    }
  }

  find(secretId: string): EmulatorCredential | undefined {
    return this.byId.get(secretId)
  }
}
