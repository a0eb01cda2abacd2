/**
 * Remembers the signature-v1 requests already answered, by SecretId, Timestamp, Nonce and Signature, for as long as
 * their Timestamp is inside the accepted window, so that the same signed request cannot be used twice
 * (decision emulator-replay). Only admitted requests are remembered, so their number is bounded by the rate limit.
 */
export class ReplayGuard {
  /** Request fingerprint → the time (ms) its Timestamp leaves the window, after which it is refused as expired. */
  private readonly seen = new Map<string, number>()
  private readonly windowMs: number
  private nextSweep: number

  /** `maxSkewSeconds`: how far a Timestamp may be from the clock `now` (ms) and still be accepted. */
  constructor(
    private readonly maxSkewSeconds: number,
    private readonly now: () => number,
  ) {
    this.windowMs = maxSkewSeconds * 1000
    this.nextSweep = now() + this.windowMs
  }

  /**
   * Call only for a request whose Timestamp is inside the window: false when the same request was admitted before;
   * otherwise remembers it and answers true.
   */
  admit(secretId: string, timestamp: number, nonce: string, signature: string): boolean {
    const now = this.now()
    if (now >= this.nextSweep) this.sweep(now)
    const fingerprint = `${secretId}\n${timestamp}\n${nonce}\n${signature}`
    // A remembered request whose Timestamp has left the window is never asked about: the Timestamp check refuses it.
    if (this.seen.has(fingerprint)) return false
    // The Timestamp check compares whole seconds: T is accepted until the clock reaches T + maxSkew + 1 seconds.
    this.seen.set(fingerprint, (timestamp + this.maxSkewSeconds + 1) * 1000)
    return true
  }

  /** Forgets what left the window: at most once per window, so the cost per request stays O(1) on average. */
  private sweep(now: number): void {
    for (const [fingerprint, expires] of this.seen) if (expires <= now) this.seen.delete(fingerprint)
    this.nextSweep = now + this.windowMs
  }

  /** Requests remembered now; for tests. */
  get size(): number {
    return this.seen.size
  }
}
