/**
 * Every action of the registry has its emulator handler: at compile time (handlers/index.ts `satisfies
 * HandlerTable`, and the @ts-expect-error lines below, which tsc checks) and at run time.
 */
import { describe, expect, it } from 'vitest'
import { actions } from '../schema/actions/index.js'
import { runtimeActions } from '../src/actions.js'
import { actionNames } from '../src/emulator/contractLimits.js'
import { handlers, type HandlerTable } from '../src/emulator/handlers/index.js'
import { createApiKey } from '../src/emulator/handlers/createApiKey.js'

describe('emulator handlers', () => {
  it('cover exactly the registry\'s actions, each with its validator', () => {
    expect(actionNames).toEqual(actions.map((action) => action.name))
    expect(Object.keys(handlers).sort()).toEqual([...actionNames].sort())
    for (const name of actionNames) {
      expect(typeof handlers[name], name).toBe('function')
      expect(runtimeActions[name].name, name).toBe(name)
    }
  })

  it('are typed per action: a missing or mismatched handler does not compile', () => {
    // @ts-expect-error DescribeApiKey has no handler
    const missing: HandlerTable = { CreateApiKey: createApiKey }
    // @ts-expect-error CreateApiKey's handler takes CreateApiKey's request, not DescribeApiKey's
    const mismatched: HandlerTable = { CreateApiKey: createApiKey, DescribeApiKey: createApiKey }
    expect([missing, mismatched]).toHaveLength(2)
  })
})
