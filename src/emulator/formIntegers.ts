/**
 * The v1 form (and a GET's query) carries every value as a string, the integers too (`Limit=100`). Before such a
 * request is validated, each parameter its action's model declares an integer is turned from a decimal-integer string
 * into the number, for every action alike; any other string is left for the validator to refuse as not an integer.
 */
import { actionModels, type ActionName } from '../../generated/actions.js'
import { formIntegerMaxDigits } from '../../generated/contractLimits.js'

/**
 * An optional minus sign and up to formIntegerMaxDigits decimal digits: what a form's integer looks like (no sign +,
 * no spaces, no exponent), the same rule as the form schema's pattern. Past those digits Infinity begins, which no
 * JSON request can carry: such a value is left as sent, for the validator.
 */
const decimalInteger = new RegExp(`^(?:0|-?[1-9][0-9]{0,${formIntegerMaxDigits - 1}})$`)

/** The names of each action's integer parameters, from its request model. */
const integerParameters: ReadonlyMap<string, readonly string[]> = new Map(
  Object.values(actionModels).map((models) => [models.name, models.request.parameters.filter((parameter) => parameter.kind === 'integer').map((parameter) => parameter.name)]),
)

/** The form's parameters (as unflattenV1Form gives them) with the action's integers as numbers; changed in place. */
export function withFormIntegers(action: ActionName, parameters: Record<string, unknown>): Record<string, unknown> {
  for (const name of integerParameters.get(action) ?? []) {
    if (!Object.hasOwn(parameters, name)) continue
    const value = parameters[name]
    if (typeof value === 'string' && decimalInteger.test(value)) parameters[name] = Number(value)
  }
  return parameters
}
