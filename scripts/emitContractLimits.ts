import { action, apiVersion, formatBytes, rateLimitPerSecond, service, signatureMaxSkewSeconds, sizeLimits } from '../schema/rules.js'
import { writeFile } from './writeFile.js'

/**
 * generated/contractLimits.js (+ .d.ts): the documented limits the emulator enforces, as plain JavaScript, so that
 * runtime code reads them from schema/rules.ts through generated/ instead of keeping its own copy.
 */
export function emitContractLimits(root: string): void {
  const sizeLimitLabels = { get: formatBytes(sizeLimits.get), postV1: formatBytes(sizeLimits.postV1), postV3: formatBytes(sizeLimits.postV3) }
  const limits = { action, apiVersion, service, rateLimitPerSecond, signatureMaxSkewSeconds, sizeLimits, sizeLimitLabels }
  const header = '// Generated from schema/rules.ts by scripts/build.ts: do not edit.\n'
  const js = Object.entries(limits).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)}\n`).join('')
  const dts = [
    `export declare const action: ${JSON.stringify(action)}`,
    `export declare const apiVersion: ${JSON.stringify(apiVersion)}`,
    `export declare const service: ${JSON.stringify(service)}`,
    '/** Requests per second per SecretId for this action. */',
    'export declare const rateLimitPerSecond: number',
    '/** A timestamp further than this (seconds) from the server clock gets AuthFailure.SignatureExpire. */',
    'export declare const signatureMaxSkewSeconds: number',
    '/** Request size limits of API 3.0, in bytes: the GET URL, a v1 (form) POST body, a v3 (JSON) POST body. */',
    'export declare const sizeLimits: { readonly get: number; readonly postV1: number; readonly postV3: number }',
    '/** The same limits for messages (`32 KB`), formatted by formatBytes of schema/rules.ts. */',
    'export declare const sizeLimitLabels: { readonly get: string; readonly postV1: string; readonly postV3: string }',
  ].join('\n')
  writeFile(root, 'generated/contractLimits.js', header + js.replace(/^export const (sizeLimits|sizeLimitLabels) = (.*)$/gm, 'export const $1 = Object.freeze($2)'))
  writeFile(root, 'generated/contractLimits.d.ts', `${header}${dts}\n`)
}
