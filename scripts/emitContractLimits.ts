import { apiVersion, formatBytes, formIntegerMaxDigits, maxListedUnknownParameters, service, signatureMaxSkewSeconds, sizeLimits } from '../schema/service.js'
import { actions } from '../schema/actions/index.js'
import { autoKeyShape } from '../schema/rules.js'
import { writeFile } from './writeFile.js'

/**
 * generated/contractLimits.js (+ .d.ts): the documented limits the emulator enforces, as plain JavaScript, so that
 * runtime code reads them from schema/ (service.ts and the registry) through generated/ instead of keeping its own copy.
 */
export function emitContractLimits(root: string): void {
  const sizeLimitLabels = { get: formatBytes(sizeLimits.get), postV1: formatBytes(sizeLimits.postV1), postV3: formatBytes(sizeLimits.postV3) }
  const actionNames = actions.map((action) => action.name)
  const rateLimits = Object.fromEntries(actions.map((action) => [action.name, action.rateLimitPerSecond]))
  const limits = { actionNames, apiVersion, service, rateLimits, signatureMaxSkewSeconds, sizeLimits, sizeLimitLabels, maxListedUnknownParameters, formIntegerMaxDigits, autoKeyShape }
  const header = '// Generated from schema/service.ts, schema/rules.ts and the action registry by scripts/build.ts: do not edit.\n'
  const js = Object.entries(limits).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)}\n`).join('')
  const dts = [
    '/** Every action of the registry, in documentation order. */',
    `export declare const actionNames: readonly (${actions.map((action) => JSON.stringify(action.name)).join(' | ')})[]`,
    `export declare const apiVersion: ${JSON.stringify(apiVersion)}`,
    `export declare const service: ${JSON.stringify(service)}`,
    '/** Requests per second of each action, as its page states it (the emulator counts them per SecretId too). */',
    `export declare const rateLimits: Readonly<Record<(typeof actionNames)[number], number>>`,
    '/** A timestamp further than this (seconds) from the server clock gets AuthFailure.SignatureExpire. */',
    'export declare const signatureMaxSkewSeconds: number',
    '/** Request size limits of API 3.0, in bytes: the GET URL, a v1 (form) POST body, a v3 (JSON) POST body. */',
    'export declare const sizeLimits: { readonly get: number; readonly postV1: number; readonly postV3: number }',
    '/** The same limits for messages (`32 KB`), formatted by formatBytes of schema/rules.ts. */',
    'export declare const sizeLimitLabels: { readonly get: string; readonly postV1: string; readonly postV3: string }',
    '/** How many unknown parameters a parser lists per object (the body, one item); the rest are counted in one more error. */',
    'export declare const maxListedUnknownParameters: number',
    '/** The most digits of an integer in the v1 form (decision v1-form-integers); a longer one stays a string. */',
    'export declare const formIntegerMaxDigits: number',
    '/** The emulator\'s auto keys: AccessKeyId prefix and length, the length of its time head, the secret\'s length (decision emulator-auto-keys). */',
    `export declare const autoKeyShape: { ${Object.entries(autoKeyShape).map(([name, value]) => `readonly ${name}: ${JSON.stringify(value)}`).join('; ')} }`,
  ].join('\n')
  writeFile(root, 'generated/contractLimits.js', header + js.replace(/^export const (sizeLimits|sizeLimitLabels|rateLimits|actionNames|autoKeyShape) = (.*)$/gm, 'export const $1 = Object.freeze($2)'))
  writeFile(root, 'generated/contractLimits.d.ts', `${header}${dts}\n`)
}
