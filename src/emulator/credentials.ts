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

/** Looks up the secret of a SecretId. */
export class CredentialStore {
  private readonly byId = new Map<string, EmulatorCredential>()

  constructor(credentials: readonly EmulatorCredential[]) {
    for (const credential of credentials) {
      if (typeof credential.secretId !== 'string' || credential.secretId === '' || typeof credential.secretKey !== 'string' || credential.secretKey === '') {
        throw new TypeError('Each emulator credential needs a non-empty secretId and secretKey.')
      }
      this.byId.set(credential.secretId, credential)
    }
  }

  find(secretId: string): EmulatorCredential | undefined {
    return this.byId.get(secretId)
  }
}
