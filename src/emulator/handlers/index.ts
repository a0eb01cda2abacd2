/**
 * Every action of the registry and its handler. An action of `actionNames` without a handler here does not compile;
 * test/emulator.handlers.test.ts holds the same at run time.
 */
import type { actionNames } from '../contractLimits.js'
import type { ActionName } from '../../actions.js'
import type { Handler } from './context.js'
import { createApiKey } from './createApiKey.js'
import { describeApiKey } from './describeApiKey.js'

export type { Handler, HandlerContext } from './context.js'

export const handlers = {
  CreateApiKey: createApiKey,
  DescribeApiKey: describeApiKey,
} as const satisfies { readonly [A in (typeof actionNames)[number]]: Handler<A & ActionName> }
