/**
 * Each action's generated models (generated/validators/), by name. This module loads them all at once, as the tests,
 * the emulator and tsc's per-module dist/ do; the package's bundle (scripts/bundleDist.ts) puts lazyActionModels.ts
 * in its place, which loads an action's response model on its first use.
 */
import { actionModels, type ActionName } from '../generated/actions.js'
import type { RequestModel, ResponseModel } from '../generated/validators/model.js'

export const requestParserOf = (name: ActionName): RequestModel['parse'] => actionModels[name].request.parse
export const responseModelOf = (name: ActionName): ResponseModel => actionModels[name].response
