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
  // import.meta.url is missing where a bundler made CommonJS of this module.
  const url = import.meta.url as string | undefined
  if (typeof url === 'string') loadChunk ??= (globalThis as { process?: NodeProcess }).process?.getBuiltinModule?.('node:module').createRequire(url)
  if (loadChunk === undefined) {
    throw new Error("tencent-apigateway-apikey-contract: dist/index.js loads response models through Node's require, which is missing here (a CommonJS bundle, say); use 'tencent-apigateway-apikey-contract/all' (dist/index.all.js, everything loaded at once)")
  }
  const chunk = `./actions/${actionModules[name]}Response.cjs`
  try {
    return (loadChunk(chunk) as { responseModel: ResponseModel }).responseModel
  } catch (error) {
    // A bundler sees no static import of the chunk and leaves it out: say what to do instead of "Cannot find module".
    if ((error as { code?: unknown })?.code !== 'MODULE_NOT_FOUND') throw error
    throw new Error(`tencent-apigateway-apikey-contract: ${name}'s response model (dist/${chunk.slice(2)}) is loaded on its first use and is not beside this file, as in a bundle; bundle 'tencent-apigateway-apikey-contract/all' instead (everything loaded at once), or copy dist/actions/ next to the bundle`, { cause: error })
  }
}
