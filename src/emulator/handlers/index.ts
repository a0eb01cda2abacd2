/**
 * Every action of the registry and its handler. An action of `actionNames` without a handler here does not compile;
 * test/emulator.handlers.test.ts holds the same at run time.
 */
import type { actionNames } from '../contractLimits.js'
import type { ActionName } from '../../actions.js'
import type { Handler } from './context.js'
import { createApiKey } from './createApiKey.js'
import { deleteApiKey } from './deleteApiKey.js'
import { describeApiKey } from './describeApiKey.js'
import { describeApiKeysStatus } from './describeApiKeysStatus.js'
import { disableApiKey, enableApiKey } from './keyStatus.js'
import { updateApiKey } from './updateApiKey.js'

export type { Handler, HandlerContext } from './context.js'

/** A handler for every action of the registry, each typed by its action's parsed request and Result. */
export type HandlerTable = { readonly [A in (typeof actionNames)[number]]: Handler<A & ActionName> }

export const handlers = {
  CreateApiKey: createApiKey,
  DescribeApiKey: describeApiKey,
  DescribeApiKeysStatus: describeApiKeysStatus,
  UpdateApiKey: updateApiKey,
  EnableApiKey: enableApiKey,
  DisableApiKey: disableApiKey,
  DeleteApiKey: deleteApiKey,
} as const satisfies HandlerTable
