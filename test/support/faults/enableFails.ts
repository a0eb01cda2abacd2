import type { Fault } from './types.js'
import { errorAnswer, isSuccess } from './wire.js'

/** Every EnableApiKey the emulator carried out is answered InternalError (an error of the union, so of the schema). */
export const enableFails: Fault = {
  name: 'enable-fails',
  description: 'EnableApiKey answers InternalError for every key it enabled (the key is enabled all the same).',
  expectedCheck: 'lifecycle.enable-status',
  transformResponse: (answer, call) => (call.action === 'EnableApiKey' && isSuccess(answer) ? errorAnswer('InternalError', 'An internal error in the service.') : answer),
}
