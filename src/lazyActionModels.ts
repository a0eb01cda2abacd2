/**
 * The models of the package's Node bundle (dist/index.js, scripts/bundleDist.ts), in place of actionModels.ts: every
 * action's request parser is bundled in (the parser alone, from generated/requestParsers.js, so the bundler leaves
 * out the compiled checks, copies and models only tests read), and each response model is a file of its own,
 * dist/actions/<action>Response.cjs, read by Node's synchronous require when the action's first response is parsed.
 * V8 compiles the whole text of a file it loads, and the response models are three quarters of the generated code:
 * importing the package and validating a first request then stays within the 5 ms budget of npm run bench. Only the
 * package's own chunks are ever loaded (a name from the generated list, never one from a caller).
 */
import type { ActionName } from '../generated/actions.js'
import { actionModules } from '../generated/actionNames.js'
import { requestParsers } from '../generated/requestParsers.js'
import type { RequestModel, ResponseModel } from '../generated/validators/model.js'

interface NodeProcess {
  getBuiltinModule?(id: 'node:module'): { createRequire(url: string): (id: string) => unknown }
}
/** Node's synchronous loader, resolving from this file (process.getBuiltinModule: Node 20.16 and later). */
let loadChunk: ((id: string) => unknown) | undefined

export const requestParserOf = (name: ActionName): RequestModel['parse'] => requestParsers[name]

export function responseModelOf(name: ActionName): ResponseModel {
  loadChunk ??= (globalThis as { process?: NodeProcess }).process?.getBuiltinModule?.('node:module').createRequire(import.meta.url)
  if (loadChunk === undefined) {
    throw new Error('tencent-apigateway-apikey-contract: dist/index.js loads response models through Node; elsewhere use dist/index.all.js (the "default" export condition)')
  }
  return (loadChunk(`./actions/${actionModules[name]}Response.cjs`) as { responseModel: ResponseModel }).responseModel
}
