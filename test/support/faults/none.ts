import type { Fault } from './types.js'

export const none: Fault = {
  name: 'none',
  description: 'Nothing injected: every request and answer passes through unchanged.',
  expectedCheck: undefined,
}
