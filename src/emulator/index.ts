/**
 * A local, wire-compatible emulator of every API-key action of the registry (API Gateway 2018-08-08) for tests: the
 * official SDKs can call it.
 * Needs fastify (a dependency) and better-sqlite3 (an optional dependency of this package).
 */
export { createEmulator, type Emulator } from './server.js'
export { defaultKeyQuota, defaultTransportLimits, type EmulatorOptions, type LogDestination } from './options.js'
export { defaultCredential, type EmulatorCredential } from './credentials.js'
export { generatedKeyShape } from './keyGenerator.js'
