/**
 * `wire-forms`: every wire form (tc3 POST, tc3 GET, v1 GET, v1 POST) and v1 signature method (HmacSHA256,
 * HmacSHA1) is accepted: a list of this run's keys, with a nested filter and an integer, succeeds in each. One
 * request per form, whatever `--runs`: the forms are few and known, so each is tried rather than drawn.
 */
import { BudgetExhausted } from '../budget.js'
import { pageLimit } from '../keys.js'
import { RunInterrupted } from '../session.js'
import { everyFormAndMethod, formName } from '../wireForms.js'
import { describeOutcome, type Check } from './check.js'

export const wireFormsCheck: Check = {
  id: 'wire-forms',
  title: 'every wire form (tc3 POST, tc3 GET, v1 GET, v1 POST) and v1 signature method (HmacSHA1, HmacSHA256) is accepted',
  cost: () => ({ runs: everyFormAndMethod.length, requestsPerRun: 1, fixed: 0 }),
  run: async ({ session }) => {
    let runs = 0
    for (const form of everyFormAndMethod) {
      session.startRecording()
      const request = { Filters: [{ Name: 'KeyWord', Values: [session.keys.secretNamePrefix] }], Limit: pageLimit, Offset: 0 }
      let exchange
      try {
        exchange = await session.send(form, 'DescribeApiKeysStatus', request)
      } catch (error) {
        if (error instanceof BudgetExhausted || error instanceof RunInterrupted) return { status: 'skipped', runs, reason: error.message }
        throw error
      }
      runs++
      if (exchange.outcome.kind !== 'success') {
        return {
          status: 'fail',
          runs,
          failure: { message: `${formName(form)}: a valid DescribeApiKeysStatus got ${describeOutcome(exchange)}`, counterexample: { form: formName(form), request }, exchanges: session.recorded() },
        }
      }
    }
    return { status: 'pass', runs }
  },
}
