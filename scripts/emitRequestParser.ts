/**
 * Emits an action's `parse<Action>Request` as straight-line code (called by scripts/emitValidators.ts): one pass over
 * the request's members that either copies a valid request or reports every problem as a Tencent-shaped error, in
 * the order the API reports them: unknown parameters first, then the parameters in documentation order. (A compiled
 * check first and a second walk for the errors cost an invalid request both; one pass costs a valid one no more.) Each
 * parameter's rules are tested inline with their wording beside them, so the code is monomorphic per action (a
 * generic collector interpreting the model is many times slower, and its call sites turn megamorphic once several
 * actions run in one process). It decides nothing itself: test/support/referenceParser.ts interprets the same model
 * the same way, and a property test holds the two to the same answers, message for message, for every action.
 * No message ever contains a value from the request: only parameter names and the rule.
 */
import { maxListedUnknownParameters } from '../schema/service.js'

/** A rule of one parameter: its name, what it requires (said in the error message), and a test of `value` as code. */
export interface RuleSource {
  rule: string
  requirement: string
  test: string
}
export interface RulePlan {
  readonly rule: string
  readonly requirement: string
}
export interface LimitsPlan {
  readonly minLength: number
  readonly maxLength: number | null
  readonly pattern: string | null
}
export type FieldPlan =
  | { readonly name: string; readonly required: boolean; readonly kind: 'string'; readonly limits: LimitsPlan; readonly rules: readonly RuleSource[] }
  | { readonly name: string; readonly required: boolean; readonly kind: 'enum'; readonly values: readonly string[]; readonly code: string }
  | {
      readonly name: string
      readonly required: boolean
      readonly kind: 'strings'
      readonly maxItems: number
      readonly typeRule: RulePlan
      readonly countRule: RulePlan
      readonly limits: LimitsPlan
      readonly rules: readonly RuleSource[]
    }
export type ParameterPlan =
  | { readonly name: string; readonly kind: 'string'; readonly limits: LimitsPlan; readonly rules: readonly RuleSource[] }
  | { readonly name: string; readonly kind: 'enum'; readonly values: readonly string[]; readonly code: string }
  | {
      readonly name: string
      readonly kind: 'integer'
      readonly minimum: number | null
      readonly maximum: number | null
      readonly default: number | null
      readonly code: string
      readonly typeRule: RulePlan
      readonly rangeRule: RulePlan
    }
  | {
      readonly name: string
      readonly kind: 'array'
      readonly maxItems: number
      readonly typeRule: RulePlan
      readonly countRule: RulePlan
      /** check: the name of the item's compiled check in the module. */
      readonly item: { readonly typeRule: RulePlan; readonly check: string; readonly fields: readonly FieldPlan[] }
    }

/** What the parser of one action is emitted from: the same data as its request model, with the tests as code. */
export interface RequestPlan {
  readonly action: string
  readonly formatErrorCode: string
  readonly discriminator: { readonly name: string; readonly values: readonly string[]; readonly default: string } | undefined
  readonly shapes: readonly { readonly parameters: readonly string[]; readonly required: readonly string[] }[]
  readonly parameters: readonly ParameterPlan[]
}

/** The pseudo-parameter naming the request itself. */
export const bodyParameter = '(body)'
/** The message of a request whose reading threw (a getter's or a Proxy's exception, never repeated). */
const unreadableMessage = 'The request body could not be read: reading one of its members threw (a getter or a Proxy of the caller).'

const text = (value: string) => JSON.stringify(value)
const stringTypeRule: RulePlan = { rule: 'type', requirement: 'must be a string' }
const enumRule = (values: readonly string[]): RulePlan => ({ rule: 'enum', requirement: `must be one of ${values.join(', ')}` })
const oneOf = (subject: string, values: readonly string[]) => values.map((value) => `${subject} === ${text(value)}`).join(' || ')

/**
 * The wording of each kind of error, in one place for both uses: the constructors emitted for errors built per
 * request (with slots such as \`${parameter}\` as arguments) and the fixed errors worked out here, whose text the
 * module holds ready (a module that builds its constants by calling its constructors compiles them all on load).
 */
const wording = {
  missing: (parameter: string) => `Missing required parameter ${parameter}.`,
  format: (parameter: string, requirement: string) => `Invalid format of parameter ${parameter}: it ${requirement}.`,
  value: (parameter: string, requirement: string) => `Invalid value of parameter ${parameter}: it ${requirement}.`,
}
/** The code and rule of a missing parameter, the same for a top-level parameter and an item's field. */
const missing = { Code: 'MissingParameter', rule: 'required' } as const
/**
 * The text of `readsWithoutThrowing` (and its walk), written into every request module and, exported, into
 * generated/validators/readsWithoutThrowing.js, which the response parser and the tests' reference parser import.
 */
export const readsWithoutThrowingSource = `/**
 * True when the value reads without an exception as the parsers read it (own enumerable names, members, items,
 * deeper than any body and past any list's limit): then an exception was the parser's own. (JSON.stringify would
 * call a toJSON instead of reading the members.) Each request module holds its own copy (generated modules are
 * self-contained); generated/validators/readsWithoutThrowing.js exports it for the rest.
 */
function readsWithoutThrowing(value) {
  try {
    readWhole(value, 0, new Set());
    return true;
  } catch {
    return false;
  }
}
function readWhole(value, depth, seen) {
  if (typeof value !== 'object' || value === null || depth > 8 || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) for (let i = 0; i < value.length && i < 1000; i++) readWhole(value[i], depth + 1, seen);
  else for (const name of Object.keys(value)) readWhole(value[name], depth + 1, seen);
}`

/**
 * Adds the member `name` to the new object `target`. An assignment would run a setter, or fail on a read-only
 * property, that someone put on Object.prototype under that name; defining the member does neither, but costs many
 * times an assignment, so it is used only when Object.prototype has the name (a test of a few nanoseconds).
 */
const store = (target: string, name: string, value: string) =>
  `{ if (${text(name)} in Object.prototype) defineMember(${target}, ${text(name)}, ${value}); else ${target}[${text(name)}] = ${value}; }`

/** A placeholder of the emitted template literal for the variable `name`. */
const slot = (name: string) => `\${${name}}`

/** An error that names only the contract (a parameter and a rule): the same object for every request that has it. */
interface FixedError {
  readonly Code: string
  readonly Message: string
  readonly parameter: string
  readonly rule: string
}

/** The helpers every parser uses: one constructor per kind of message, so each error has the same shape. */
const helpersSource = (plan: RequestPlan) => `/** True when JSON.stringify quotes the name as it is: no quote, backslash, control character or surrogate. */
function isPlainName(name) {
  for (let i = 0; i < name.length; i++) {
    const unit = name.charCodeAt(i);
    if (unit < 0x20 || unit === 0x22 || unit === 0x5c || (unit >= 0xd800 && unit <= 0xdfff)) return false;
  }
  return true;
}
/**
 * Unknown names are the caller's: long ones are cut and every one is quoted, so a message stays one safe line.
 * JSON.stringify escapes only what isPlainName refuses, and is many times slower than quoting a plain name in place.
 */
function unknownParameter(parameter) {
  const cut = parameter.length > 64 ? \`\${parameter.slice(0, 64)}…\` : parameter;
  const Message = isPlainName(cut)
    ? \`Unknown parameter "\${cut}": ${plan.action} does not define it (names are case-sensitive).\`
    : \`Unknown parameter \${JSON.stringify(cut)}: ${plan.action} does not define it (names are case-sensitive).\`;
  return { Code: "UnknownParameter", Message, parameter, rule: "unknown" };
}
/** The unknown names of one object past the first ${maxListedUnknownParameters}: counted, not listed (decision listed-unknown-parameters). */
function moreUnknown(count, where) {
  const more = count === 1 ? "1 more unknown parameter" : \`\${count} more unknown parameters\`;
  const Message = where === ${text(bodyParameter)}
    ? \`\${more} \${count === 1 ? "is" : "are"} not listed (the first ${maxListedUnknownParameters} are).\`
    : \`\${more} of \${where} \${count === 1 ? "is" : "are"} not listed (the first ${maxListedUnknownParameters} are).\`;
  return { Code: "UnknownParameter", Message, parameter: where, rule: "unknown" };
}
function missingParameter(parameter) {
  return { Code: ${text(missing.Code)}, Message: \`${wording.missing(slot('parameter'))}\`, parameter, rule: ${text(missing.rule)} };
}
/** A broken rule of type, length, characters or count: the action's format code, the rule's own wording. */
function formatError(parameter, rule, requirement) {
  return { Code: ${text(plan.formatErrorCode)}, Message: \`${wording.format(slot('parameter'), slot('requirement'))}\`, parameter, rule };
}
/** A value outside its enumeration or range, with the code of the parameter. */
function valueError(code, parameter, rule, requirement) {
  return { Code: code, Message: \`${wording.value(slot('parameter'), slot('requirement'))}\`, parameter, rule };
}
/** The list of problems with one more: made at the first one, so a valid request allocates no list. */
function noted(errors, error) {
  if (errors === null) return [error];
  errors.push(error);
  return errors;
}
function failure(errors) {
  const first = errors[0];
  return { ok: false, error: { Code: first.Code, Message: first.Message }, errors };
}
${readsWithoutThrowingSource}
/** A member of a new object, defined rather than assigned (see where it is called). */
function defineMember(target, name, value) {
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
}
/** The answer to a request whose one problem is a fixed error: built once, frozen, shared (decision shared-failures). */
function loneFailure(error) {
  return Object.freeze({ ok: false, error: Object.freeze({ Code: error.Code, Message: error.Message }), errors: Object.freeze([error]) });
}`

/** Emits one action's parser, with the fixed errors of its top-level parameters as frozen constants shared by every call. */
export function requestParserSource(plan: RequestPlan): string {
  const constants: string[] = []
  // Each fixed error comes with the answer to a request that has no other problem, frozen and shared like the error
  // (decision shared-failures).
  const constant = (error: FixedError) => {
    const index = constants.length
    constants.push(
      `const error_${index} = Object.freeze({ Code: ${text(error.Code)}, Message: ${text(error.Message)}, parameter: ${text(error.parameter)}, rule: ${text(error.rule)} });\n` +
        `const failure_${index} = loneFailure(error_${index});`,
    )
    return index
  }
  const fixedFormat = (parameter: string, rule: RulePlan): FixedError => ({ Code: plan.formatErrorCode, Message: wording.format(parameter, rule.requirement), parameter, rule: rule.rule })
  const fixedValue = (code: string, parameter: string, rule: RulePlan): FixedError => ({ Code: code, Message: wording.value(parameter, rule.requirement), parameter, rule: rule.rule })
  const fixedMissing = (parameter: string): FixedError => ({ ...missing, Message: wording.missing(parameter), parameter })
  // A fixed error is pushed with its lone failure noted: when it turns out to be the only problem, that is the answer.
  const report = (index: number) => `{ errors = noted(errors, error_${index}); lone = failure_${index}; }`
  const format = (parameter: string, rule: RulePlan) => `formatError(${parameter}, ${text(rule.rule)}, ${text(rule.requirement)})`
  const value = (code: string, parameter: string, rule: RulePlan) => `valueError(${text(code)}, ${parameter}, ${text(rule.rule)}, ${text(rule.requirement)})`
  const { discriminator, shapes, parameters } = plan
  // Modes: the index of the shape the discriminator selects, or `undecided` (= shapes.length) when it is wrong.
  const undecided = shapes.length
  const modes = Array.from({ length: discriminator ? undecided + 1 : 1 }, (_, mode) => mode)
  const requiredIn = (name: string, mode: number) => (mode < undecided ? shapes[mode]!.required.includes(name) : shapes.every((shape) => shape.required.includes(name)))
  const allowedIn = (name: string, mode: number) => (mode < undecided ? shapes[mode]!.parameters.includes(name) : shapes.some((shape) => shape.parameters.includes(name)))
  const modeTest = (holds: (mode: number) => boolean) => {
    const matching = modes.filter(holds)
    return matching.length === modes.length ? 'true' : matching.length === 0 ? 'false' : matching.map((mode) => `mode === ${mode}`).join(' || ')
  }
  const local = (index: number) => `member_${index}`
  // The copy of an array parameter's items, made while they are judged.
  const items = (index: number) => `items_${index}`
  const helpers: string[] = []

  /** The string rules of `subject` in order: the first broken one is reported. */
  const rulesChain = (rules: readonly RuleSource[], push: (rule: RuleSource) => string, indent: string) =>
    rules.map((rule, index) => `${index === 0 ? '' : ' else '}if (!(${rule.test})) ${push(rule)}`).join('').replace(/^/, indent)

  const parameterCode = (parameter: ParameterPlan, index: number): string => {
    const member = local(index)
    if (discriminator?.name === parameter.name) {
      const typeError = constant(fixedFormat(parameter.name, stringTypeRule))
      const valueErrorIndex = constant(fixedValue((parameter as { code: string }).code, parameter.name, enumRule(discriminator.values)))
      return `  if (mode === ${undecided}) {\n    if (typeof ${member} === 'string') ${report(valueErrorIndex)}\n    else ${report(typeError)}\n  }`
    }
    const required = modeTest((mode) => requiredIn(parameter.name, mode))
    const allowed = modeTest((mode) => allowedIn(parameter.name, mode))
    const lines: string[] = []
    if (required === 'false' && allowed === 'true') {
      // Optional everywhere: only a present value is judged.
      lines.push(`  if (${member} !== undefined) {`, `    const value = ${member};`)
    } else if (required === 'false') lines.push(`  if (${member} === undefined) {`)
    else lines.push(`  if (${member} === undefined) {`, `    ${required === 'true' ? '' : `if (${required}) `}${report(constant(fixedMissing(parameter.name)))}`)
    if (allowed !== 'true') {
      const allowing = discriminator!.values.filter((_, mode) => allowedIn(parameter.name, mode))
      const notInShape = constant({
        Code: 'InvalidParameter',
        Message: `Parameter ${parameter.name} is accepted only when ${discriminator!.name} is ${allowing.join(' or ')}.`,
        parameter: parameter.name,
        rule: `${allowing.join('-or-')}-only`,
      })
      lines.push(`  } else if (!(${allowed})) {`, `    ${report(notInShape)}`)
    }
    if (!(required === 'false' && allowed === 'true')) lines.push(`  } else {`, `    const value = ${member};`)
    switch (parameter.kind) {
      case 'string':
        lines.push(rulesChain(parameter.rules, (rule) => report(constant(fixedFormat(parameter.name, rule))), '    '))
        break
      case 'enum':
        lines.push(
          `    if (typeof value !== 'string') ${report(constant(fixedFormat(parameter.name, stringTypeRule)))}`,
          `    else if (!(${oneOf('value', parameter.values)})) ${report(constant(fixedValue(parameter.code, parameter.name, enumRule(parameter.values))))}`,
        )
        break
      case 'integer': {
        const range = [parameter.minimum !== null ? `value < ${parameter.minimum}` : '', parameter.maximum !== null ? `value > ${parameter.maximum}` : ''].filter(Boolean)
        lines.push(`    if (typeof value !== 'number' || !Number.isInteger(value)) ${report(constant(fixedFormat(parameter.name, parameter.typeRule)))}`)
        if (range.length > 0) lines.push(`    else if (${range.join(' || ')}) ${report(constant(fixedValue(parameter.code, parameter.name, parameter.rangeRule)))}`)
        break
      }
      case 'array': {
        const parseItems = `parse${parameter.name}Items`
        helpers.push(itemsParserSource(parameter, parseItems, format, value))
        lines.push(
          `    if (!Array.isArray(value)) ${report(constant(fixedFormat(parameter.name, parameter.typeRule)))}`,
          `    else {`,
          `      const length = value.length;`,
          // Too many items: refused without reading any of them, so a huge list costs no more than a short one.
          `      if (length > ${parameter.maxItems}) ${report(constant(fixedFormat(parameter.name, parameter.countRule)))}`,
          // The items' parser adds their problems to the list, so it has to be there first.
          `      else { if (errors === null) errors = []; ${items(index)} = ${parseItems}(value, length, errors); }`,
          `    }`,
        )
        break
      }
    }
    lines.push('  }')
    return lines.join('\n')
  }

  const checks = parameters.map(parameterCode).join('\n')
  const unpack = constant({ Code: 'UnsupportedOperation.UnpackError', Message: `The request body must be a JSON object whose members are the ${plan.action} parameters.`, parameter: bodyParameter, rule: 'object' })
  const unreadable = constant({ Code: 'UnsupportedOperation.UnpackError', Message: unreadableMessage, parameter: bodyParameter, rule: 'readable' })
  const discriminatorIndex = discriminator ? parameters.findIndex((parameter) => parameter.name === discriminator.name) : -1
  const modeSource = discriminator
    ? `  let mode = ${discriminator.values.indexOf(discriminator.default)};
  if (${local(discriminatorIndex)} !== undefined) {
    ${discriminator.values.map((literal, mode) => `if (${local(discriminatorIndex)} === ${text(literal)}) mode = ${mode};\n    else `).join('')}mode = ${undecided};
  }
`
    : ''
  // The value of a valid request: its members in documentation order, defaults applied, arrays as their items' parser copied them.
  const defaultOf = (parameter: ParameterPlan) =>
    discriminator?.name === parameter.name ? discriminator.default : parameter.kind === 'integer' && parameter.default !== null ? parameter.default : undefined
  // The members every valid request has (required in every shape, or defaulted) up to the first that may be absent go
  // into an object literal, which defines them (no setter of Object.prototype runs) and is the cheapest object to
  // build; the rest follow in documentation order. (`__proto__` in a literal would set the prototype instead.)
  const alwaysPresent = (parameter: ParameterPlan) =>
    parameter.name !== '__proto__' && (defaultOf(parameter) !== undefined || shapes.every((shape) => shape.required.includes(parameter.name)))
  const firstMaybeAbsent = parameters.findIndex((parameter) => !alwaysPresent(parameter))
  const literalCount = firstMaybeAbsent === -1 ? parameters.length : firstMaybeAbsent
  const readOf = (parameter: ParameterPlan, index: number) => {
    if (parameter.kind === 'array') return items(index)
    const fallback = defaultOf(parameter)
    return fallback === undefined ? local(index) : `${local(index)} ?? ${JSON.stringify(fallback)}`
  }
  const literal = `  const value = { ${parameters
    .slice(0, literalCount)
    .map((parameter, index) => `${text(parameter.name)}: ${readOf(parameter, index)}`)
    .join(', ')} };`
  const rebuilt = parameters
    .map((parameter, index) => {
      if (index < literalCount) return ''
      if (parameter.kind === 'array') return `  if (${items(index)} !== undefined) ${store('value', parameter.name, items(index))}\n`
      return `  member = ${readOf(parameter, index)};\n  if (member !== undefined) ${store('value', parameter.name, 'member')}\n`
    })
    .join('')
  return `${helpersSource(plan)}

${constants.join('\n')}

${helpers.join('\n\n')}

/**
 * Parses a ${plan.action} request in one pass over its own enumerable members, judged as JSON would have them
 * (decision json-members): the parsed copy when it is valid; otherwise every problem, unknown parameters first, then
 * the parameters in documentation order. A request whose one problem is a fixed error gets that error's shared,
 * frozen answer (decision shared-failures). The input is never changed.
 */
export function parse${plan.action}Request(input) {
  // A getter or a Proxy trap of the caller's may throw while it is read: the body is unreadable, which is an answer,
  // not a crash (decision json-members). What it threw may hold anything, so it is not repeated. A body that reads
  // again without an exception cannot have thrown: that exception is the parser's own, passed on.
  try {
    return read${plan.action}Request(input);
  } catch (error) {
    if (readsWithoutThrowing(input)) throw error;
    return failure_${unreadable};
  }
}

function read${plan.action}Request(input) {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return failure_${unpack};
  // Made at the first problem (noted), so a valid request allocates no list.
  let errors = null;
  let lone;
  let unknown = 0;
${parameters.map((parameter, index) => `  let ${local(index)};${parameter.kind === 'array' ? ` let ${items(index)};` : ''}`).join('\n')}
  const names = Object.keys(input);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    switch (name) {
${parameters.map((parameter, index) => `      case ${text(parameter.name)}: ${local(index)} = input[${text(parameter.name)}]; break;`).join('\n')}
      default: if (input[name] !== undefined && ++unknown <= ${maxListedUnknownParameters}) errors = noted(errors, unknownParameter(name));
    }
  }
  if (unknown > ${maxListedUnknownParameters}) errors = noted(errors, moreUnknown(unknown - ${maxListedUnknownParameters}, ${text(bodyParameter)}));
${modeSource}${checks}
  if (errors !== null && errors.length > 0) return errors.length === 1 && lone !== undefined ? lone : failure(errors);
${literal}
${parameters.slice(literalCount).some((parameter) => parameter.kind !== 'array') ? '  let member;\n' : ''}${rebuilt}  return { ok: true, value };
}`
}

/**
 * The parser of an array parameter's items, in one pass: each item, each of its own members and each string of a
 * list read once (as JSON.stringify reads them), judged in documentation order and copied in the same pass, so a
 * value that changes between reads (a getter, a Proxy) is judged and copied as the one value read. It returns the
 * copy when every item is valid; otherwise undefined, with every item's errors pushed (their names, such as
 * `Tags.N.Key`, are built only for errors). The copy is built from the values read, never by the input's own methods
 * (an array's own `slice` or `constructor` would decide what the copy is).
 */
function itemsParserSource(
  parameter: Extract<ParameterPlan, { kind: 'array' }>,
  functionName: string,
  format: (parameter: string, rule: RulePlan) => string,
  value: (code: string, parameter: string, rule: RulePlan) => string,
): string {
  const { fields } = parameter.item
  const itemName = `${text(`${parameter.name}.`)} + index`
  const at = (field: FieldPlan) => `${itemName} + ${text(`.${field.name}`)}`
  const broken = (error: string) => `{ errors.push(${error}); bad = true; }`
  const fieldCode = (field: FieldPlan, index: number) => {
    const lines = [`    {`, `      const value = field_${index};`]
    lines.push(`      if (value === undefined) ${field.required ? broken(`missingParameter(${at(field)})`) : '{}'}`)
    if (field.kind === 'string') {
      lines.push(field.rules.map((rule) => `      else if (!(${rule.test})) ${broken(format(at(field), rule))}`).join('\n'))
    } else if (field.kind === 'enum') {
      lines.push(`      else if (typeof value !== 'string') ${broken(format(at(field), stringTypeRule))}`)
      lines.push(`      else if (!(${oneOf('value', field.values)})) ${broken(value(field.code, at(field), enumRule(field.values)))}`)
    } else {
      lines.push(`      else if (!Array.isArray(value)) ${broken(format(at(field), field.typeRule))}`)
      lines.push(`      else {`, `        const count = value.length;`)
      lines.push(`        if (count > ${field.maxItems}) ${broken(format(at(field), field.countRule))}`)
      lines.push(`        else {`, `          const list = new Array(count);`, `          for (let position = 0; position < count; position++) {`)
      // Each string is judged as \`value\` in its own block, as the rule tests are written.
      lines.push(`            const value = field_${index}[position];`)
      lines.push(field.rules.map((rule, r) => `${r === 0 ? '            ' : ' else '}if (!(${rule.test})) ${broken(format(`${at(field)} + "." + position`, rule))}`).join(''))
      lines.push(`            list[position] = value;`, `          }`, `          field_${index} = list;`, `        }`, `      }`)
    }
    lines.push(`    }`)
    return lines.join('\n')
  }
  const required = fields.flatMap((field, index) => (field.required ? [`${text(field.name)}: field_${index}`] : []))
  const optional = fields.flatMap((field, index) => (field.required ? [] : [`      if (field_${index} !== undefined) ${store('copied', field.name, `field_${index}`)}`]))
  return `function ${functionName}(items, length, errors) {
  const copy = new Array(length);
  let valid = true;
  for (let index = 0; index < length; index++) {
    const item = items[index];
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      errors.push(${format(itemName, parameter.item.typeRule)});
      valid = false;
      continue;
    }
    let bad = false;
    let unknown = 0;
${fields.map((_, index) => `    let field_${index};`).join('\n')}
    const names = Object.keys(item);
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      switch (name) {
${fields.map((field, index) => `        case ${text(field.name)}: field_${index} = item[${text(field.name)}]; break;`).join('\n')}
        default: if (item[name] !== undefined) { if (++unknown <= ${maxListedUnknownParameters}) errors.push(unknownParameter(${itemName} + "." + name)); bad = true; }
      }
    }
    if (unknown > ${maxListedUnknownParameters}) errors.push(moreUnknown(unknown - ${maxListedUnknownParameters}, ${itemName}));
${fields.map(fieldCode).join('\n')}
    if (bad) valid = false;
    else {
      const copied = { ${required.join(', ')} };
${optional.map((line) => `${line}\n`).join('')}      copy[index] = copied;
    }
  }
  return valid ? copy : undefined;
}`
}
