/**
 * Requests per second per SecretId (one limiter per action), as a token bucket: each SecretId may burst up to `perSecond` requests and then
 * gets `perSecond` more each second. `perSecond` of 0 or Infinity lifts the limit.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>()

  constructor(
    private readonly perSecond: number,
    private readonly now: () => number,
  ) {}

  get enabled(): boolean {
    return this.perSecond > 0 && Number.isFinite(this.perSecond)
  }

  /** Takes one token for `secretId`; false when none is left. */
  take(secretId: string): boolean {
    if (!this.enabled) return true
    const now = this.now()
    const bucket = this.buckets.get(secretId)
    if (!bucket) {
      this.buckets.set(secretId, { tokens: this.perSecond - 1, at: now })
      return true
    }
    const elapsed = Math.max(0, now - bucket.at)
    const refilled = Math.min(this.perSecond, bucket.tokens + (elapsed / 1000) * this.perSecond)
    bucket.at = now
    if (refilled < 1) {
      bucket.tokens = refilled
      return false
    }
    bucket.tokens = refilled - 1
    return true
  }
}
