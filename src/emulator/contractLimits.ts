/**
 * The documented limits the emulator enforces, defined once in schema/ (service.ts and the action registry) and
 * emitted as plain JavaScript to generated/contractLimits.js (runtime code may not load schema/, which is
 * TypeBox-side TypeScript).
 */
import { rateLimits } from '../../generated/contractLimits.js'

export { actionNames, apiVersion, autoKeyShape, rateLimits, service, signatureMaxSkewSeconds, sizeLimitLabels, sizeLimits } from '../../generated/contractLimits.js'

/**
 * The default of the `rateLimitPerSecond` option: the documented rate, which is the same for every action (each
 * page says 20). Should an action document another, this fails at load, and the option must become per action.
 */
export const rateLimitPerSecond: number = (() => {
  const rates = new Set(Object.values(rateLimits))
  if (rates.size !== 1) throw new Error('contractLimits: the actions document different rate limits; make the rate-limit option per action')
  return [...rates][0]!
})()
