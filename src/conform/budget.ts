/**
 * The request budget and the rate limiter of a run. Every request goes through both. The budget always keeps room
 * to clean up: a check's request is refused once sending it could leave too few requests to disable and delete
 * every key still alive or possibly made by a create that got no answer (two each; a create's retry counts its own
 * key) plus the final sweep, so `--max-requests` holds with the cleanup included. The one overshoot left: a sweep
 * that finds more than a page of the run's keys reads a further page for each.
 */
import { setTimeout as sleep } from 'node:timers/promises'

/** Thrown by Budget.take when the budget is spent: the check stops and is reported as skipped. */
export class BudgetExhausted extends Error {
  constructor(readonly max: number) {
    super(`the request budget (--max-requests ${max}) is spent`)
    this.name = 'BudgetExhausted'
  }
}

/** Requests the cleanup of one key costs: DisableApiKey then DeleteApiKey. */
export const cleanupRequestsPerKey = 2
/** The sweep at the end: one DescribeApiKeysStatus of the run's prefix (more only for more than a page of keys). */
export const sweepRequests = 1

export class Budget {
  #used = 0
  constructor(readonly max: number) {}

  get used(): number {
    return this.#used
  }

  /**
   * Takes one request for a check; `aliveKeys` are the keys that would need cleaning up after it (alive, possibly
   * made unseen, and one more if the request may create a key). Throws BudgetExhausted when that would leave too little for the cleanup.
   */
  take(aliveKeys: number): void {
    if (this.#used + 1 + aliveKeys * cleanupRequestsPerKey + sweepRequests > this.max) throw new BudgetExhausted(this.max)
    this.#used++
  }

  /** Gives back a request that was not sent after all (the client could not build it). */
  refund(): void {
    this.#used--
  }

  /** True when `requests` more fit within the budget. */
  affords(requests: number): boolean {
    return this.#used + requests <= this.max
  }

  /** Takes one request for the cleanup: always granted (take kept room for it). */
  takeForCleanup(): void {
    this.#used++
  }
}

/** Spaces requests at least 1/rate seconds apart (start to start), one at a time. */
export class RateLimiter {
  #next = 0
  readonly #interval: number
  constructor(
    readonly rate: number,
    private readonly now: () => number = Date.now,
  ) {
    this.#interval = 1000 / rate
  }

  async wait(): Promise<void> {
    const now = this.now()
    const at = Math.max(now, this.#next)
    this.#next = at + this.#interval
    if (at > now) await sleep(at - now)
  }
}
