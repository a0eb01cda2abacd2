/**
 * Compares each action of the contract with Tencent's metadata: request and result members (names, kinds, element
 * and object types, required / always present / nullable flags, stated rules), recursively through nested objects;
 * the action's error union against the Go SDK's list plus the common codes; and the official examples against the
 * action's schemas. Every difference found is named (action, path, aspect, detail) so that a decision can declare it.
 */
import { isDeepStrictEqual } from 'node:util'
import { commonErrorCodes, contractActions, decisions, type AnyContractAction as ContractAction, type MetadataDifference } from '../../schema/index.js'
import { ContractReader, type ContractMember, type ObjectShape } from './contractShape.js'
import { ContractFiles } from './contractFiles.js'
import { statedRules } from './documentedRules.js'
import { alwaysPresent, type Metadata, type MetadataObject } from './metadata.js'
import { exampleRequest, unmaskDeep } from './officialExamples.js'

export interface Difference extends MetadataDifference {
  /** What differs, in words, for the report. */
  readonly message: string
}

export interface Tally {
  matched: number
  total: number
}

export interface ActionReport {
  readonly action: string
  /** Members present on both sides with the same kind and type. */
  readonly members: Tally
  /** required / always-present / nullable flags that agree. */
  readonly flags: Tally
  /** Rules the metadata states that the contract carries with the same value. */
  readonly rules: Tally
  /** Go SDK and common codes that the action's error union holds. */
  readonly codes: Tally
  /** Official examples (inputs and outputs) that validate against the contract. */
  readonly examples: Tally
  readonly differences: readonly Difference[]
  /** Differences a decision declares, with its id. */
  readonly declared: readonly (Difference & { readonly decision: string })[]
  readonly undeclared: readonly Difference[]
}

export interface FidelityReport {
  readonly actions: readonly ActionReport[]
  /** Declarations that match no difference any more (the rule was removed, or the metadata changed). */
  readonly stale: readonly (MetadataDifference & { readonly decision: string })[]
  /** Actions of the contract that the metadata does not describe. */
  readonly unknownActions: readonly string[]
}

const key = (difference: MetadataDifference) => `${difference.action}|${difference.path}|${difference.aspect}|${difference.detail}`

const declarations = () => decisions.flatMap((decision) => (decision.metadataDifferences ?? []).map((difference) => ({ ...difference, decision: decision.id })))

const kindOf = (type: string) => (type === 'int' || type === 'integer' ? 'int' : type)
const sameMember = (metadata: string, contract: string) =>
  metadata === contract || ((metadata === 'int64' || metadata === 'uint64') && contract === 'int64')

class ActionComparison {
  readonly members: Tally = { matched: 0, total: 0 }
  readonly flags: Tally = { matched: 0, total: 0 }
  readonly rules: Tally = { matched: 0, total: 0 }
  readonly codes: Tally = { matched: 0, total: 0 }
  readonly examples: Tally = { matched: 0, total: 0 }
  readonly differences: Difference[] = []

  constructor(
    private readonly action: ContractAction,
    private readonly metadata: Metadata,
    private readonly files: ContractFiles,
  ) {}

  private differ(path: string, aspect: MetadataDifference['aspect'], detail: string, message: string) {
    this.differences.push({ action: this.action.name, path, aspect, detail, message })
  }

  private tally(tally: Tally, agrees: boolean) {
    tally.total++
    if (agrees) tally.matched++
    return agrees
  }

  run(): this {
    const names = this.metadata.actions[this.action.name]!
    const request = new ContractReader(this.files.schema(this.action.requestComponent))
    this.compareObject('request', this.metadata.objects[names.input], request.shape(this.files.schema(this.action.requestComponent)).object!, 'input')
    const success = this.files.schema(this.action.successComponent)
    const envelope = new ContractReader(success).shape(success).object!.members.get('Response')
    if (!envelope?.shape.object) this.differ('response', 'member', 'Response', `${this.action.successComponent} has no Response object`)
    else this.compareObject('response', this.metadata.objects[names.output], envelope.shape.object, 'output')
    this.compareCodes()
    this.compareExamples()
    return this
  }

  private compareObject(path: string, metadataObject: MetadataObject | undefined, contract: ObjectShape, context: 'input' | 'output') {
    if (!metadataObject) {
      this.differ(path, 'member', contract.name, `the metadata has no object for ${path}`)
      return
    }
    if (contract.closed) this.differ(path, 'closed', 'additionalProperties', `${path} refuses members it does not name; the metadata does not say`)
    for (const member of metadataObject.members) {
      const memberPath = `${path}.${member.name}`
      const counterpart = contract.members.get(member.name)
      if (!counterpart) {
        this.tally(this.members, false)
        this.differ(memberPath, 'member', 'missing-in-contract', `${memberPath} is in the metadata (${member.type} ${member.member}) but not in the contract`)
        continue
      }
      const shape = counterpart.shape
      const typeAgrees = kindOf(member.type) === shape.kind && sameMember(member.member, shape.member)
      if (!this.tally(this.members, typeAgrees)) {
        this.differ(memberPath, 'type', `${member.type} ${member.member}`, `${memberPath}: the metadata has ${member.type} ${member.member}, the contract ${shape.kind} ${shape.member}`)
      }
      this.compareFlags(memberPath, member, counterpart, context)
      if (counterpart.onlyIn) this.differ(memberPath, 'conditional', counterpart.onlyIn.join(', '), `${memberPath} is allowed only in: ${counterpart.onlyIn.join(', ')}`)
      this.compareRules(memberPath, member, counterpart)
      if (shape.object && (member.type === 'object' || member.type === 'list')) {
        this.compareObject(member.type === 'list' ? `${memberPath}[]` : memberPath, this.metadata.objects[member.member], shape.object, context)
      }
    }
    const named = new Set(metadataObject.members.map((member) => member.name))
    for (const name of contract.members.keys()) {
      if (!named.has(name)) {
        this.tally(this.members, false)
        this.differ(`${path}.${name}`, 'member', 'missing-in-metadata', `${path}.${name} is in the contract but not in the metadata`)
      }
    }
  }

  private compareFlags(path: string, member: MetadataObject['members'][number], counterpart: ContractMember, context: 'input' | 'output') {
    if (context === 'input') {
      if (!this.tally(this.flags, (member.required ?? false) === counterpart.required)) {
        this.differ(path, 'required', String(counterpart.required), `${path}: required ${member.required ?? false} in the metadata, ${counterpart.required} in the contract`)
      }
      return
    }
    // An output member with no flags at all (RequestId) states nothing to compare.
    if (member.output_required === undefined && member.required === undefined && member.value_allowed_null === undefined) return
    if (!this.tally(this.flags, alwaysPresent(member) === counterpart.required)) {
      this.differ(path, 'required', String(counterpart.required), `${path}: always present ${alwaysPresent(member)} in the metadata, ${counterpart.required} in the contract`)
    }
    if (!this.tally(this.flags, (member.value_allowed_null ?? false) === counterpart.shape.nullable)) {
      this.differ(path, 'nullable', String(counterpart.shape.nullable), `${path}: nullable ${member.value_allowed_null ?? false} in the metadata, ${counterpart.shape.nullable} in the contract`)
    }
  }

  private compareRules(path: string, member: MetadataObject['members'][number], counterpart: ContractMember) {
    const stated = statedRules(member)
    const carried = { ...counterpart.shape.constraints, ...counterpart.shape.listConstraints }
    for (const [keyword, value] of Object.entries(carried)) {
      const statement = stated[keyword]
      if (!statement) {
        this.differ(path, 'constraint', keyword, `${path}: the contract adds ${keyword} ${JSON.stringify(value)}, which the metadata does not state`)
      } else if (!this.tally(this.rules, statement.value === undefined || isDeepStrictEqual(sortedIfList(statement.value), sortedIfList(value)))) {
        this.differ(path, 'constraint', keyword, `${path}: ${keyword} is ${JSON.stringify(value)} in the contract, ${JSON.stringify(statement.value)} in the metadata`)
      }
    }
    for (const keyword of Object.keys(stated)) {
      if (!(keyword in carried) && stated[keyword]!.value !== undefined) {
        this.tally(this.rules, false)
        this.differ(path, 'constraint', `missing ${keyword}`, `${path}: the metadata states ${keyword} ${JSON.stringify(stated[keyword]!.value)}, the contract does not carry it`)
      }
    }
  }

  private compareCodes() {
    const union = new Set<string>(this.files.schema(this.action.errorCodeComponent).enum ?? [])
    const common = commonErrorCodes.map((info) => info.code as string)
    const listed = this.metadata.errorsByAction[this.action.name] ?? []
    for (const code of new Set([...listed, ...common])) {
      if (!this.tally(this.codes, union.has(code))) this.differ('errors', 'missing-code', code, `${code} (${listed.includes(code) ? 'Go SDK list' : 'common'}) is not in the error union`)
    }
    for (const code of union) {
      if (!listed.includes(code) && !common.includes(code)) this.differ('errors', 'extra-code', code, `${code} is in the error union but neither in the Go SDK's list nor common`)
    }
  }

  private compareExamples() {
    const names = this.metadata.actions[this.action.name]!
    const validRequest = this.files.validator(this.action.requestComponent)
    const validResponse = this.files.validator(this.action.responseComponent)
    for (const example of this.metadata.examples[this.action.name] ?? []) {
      const request = exampleRequest(example.input, this.metadata.objects[names.input]!, this.metadata)
      const inputAgrees = request.action === this.action.name && validRequest(request.parameters) === true
      if (!this.tally(this.examples, inputAgrees)) {
        this.differ(`examples.${example.title}`, 'example', 'input', `the input of "${example.title}" does not validate: ${JSON.stringify(validRequest.errors ?? `Action ${request.action}`)}`)
      }
      const output = unmaskDeep(JSON.parse(example.output))
      if (!this.tally(this.examples, validResponse(output) === true)) {
        this.differ(`examples.${example.title}`, 'example', 'output', `the output of "${example.title}" does not validate: ${JSON.stringify(validResponse.errors)}`)
      }
    }
  }
}

const sortedIfList = (value: unknown) => (Array.isArray(value) ? [...value].map(String).sort() : value)

export function compareWithMetadata(metadata: Metadata, files = new ContractFiles()): FidelityReport {
  const declared = declarations()
  const declaredKeys = new Map(declared.map((difference) => [key(difference), difference.decision]))
  const found = new Set<string>()
  const unknownActions: string[] = []
  const actions: ActionReport[] = []
  for (const action of contractActions) {
    if (!metadata.actions[action.name]) {
      unknownActions.push(action.name)
      continue
    }
    const comparison = new ActionComparison(action, metadata, files).run()
    for (const difference of comparison.differences) found.add(key(difference))
    actions.push({
      action: action.name,
      members: comparison.members,
      flags: comparison.flags,
      rules: comparison.rules,
      codes: comparison.codes,
      examples: comparison.examples,
      differences: comparison.differences,
      declared: comparison.differences.filter((difference) => declaredKeys.has(key(difference))).map((difference) => ({ ...difference, decision: declaredKeys.get(key(difference))! })),
      undeclared: comparison.differences.filter((difference) => !declaredKeys.has(key(difference))),
    })
  }
  return { actions, stale: declared.filter((difference) => !found.has(key(difference))), unknownActions }
}
