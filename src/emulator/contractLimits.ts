/**
 * The documented limits the emulator enforces, defined once in schema/rules.ts and emitted as plain JavaScript to
 * generated/contractLimits.js (runtime code may not load schema/, which is TypeBox-side TypeScript).
 */
export { action, apiVersion, rateLimitPerSecond, service, signatureMaxSkewSeconds, sizeLimitLabels, sizeLimits } from '../../generated/contractLimits.js'
