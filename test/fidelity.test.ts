/**
 * Fidelity: every action of the contract against Tencent's own machine-generated metadata (decision
 * metadata-fidelity). The metadata lives beside the checkout, never in it: without it the comparison is reported as
 * skipped, with the reason. The second half alters copies of the metadata and of the emitted schemas to show that
 * the comparison notices each kind of divergence.
 */
import { execFileSync } from 'node:child_process'
import { describe, expect, test } from 'vitest'
import { contractActions, decisions } from '../schema/index.js'
import { compareWithMetadata, type FidelityReport } from '../scripts/fidelity/compare.js'
import { ContractFiles } from '../scripts/fidelity/contractFiles.js'
import { loadMetadata, repositoryRoot, type Metadata } from '../scripts/fidelity/metadata.js'
import { unmask } from '../scripts/fidelity/officialExamples.js'

const loaded = loadMetadata()
const title = "the contract against Tencent's metadata"

const clone = <T>(value: T): T => structuredClone(value)
const describeDifferences = (report: FidelityReport) =>
  report.actions.flatMap((action) => action.undeclared.map((difference) => `${difference.action} ${difference.path} [${difference.aspect} ${difference.detail}]: ${difference.message}`))
/** The differences of one action (the first of the registry by default: the alterations below change its files). */
const keys = (report: FidelityReport, action = contractActions[0]!.name) =>
  new Set(report.actions.filter((entry) => entry.action === action).flatMap((entry) => entry.differences.map((difference) => `${difference.path}|${difference.aspect}|${difference.detail}`)))

// Without the metadata the whole comparison is one skipped test that says why: never a pass.
if (!loaded.ok) describe(title, () => test.skip(`skipped: ${loaded.reason}`, () => {}))
else describe(title, () => {
  const metadata: Metadata = loaded.metadata
  const files = new ContractFiles()
  const report = compareWithMetadata(metadata, files)

  test('the metadata describes every action of the contract', () => {
    expect(report.unknownActions).toEqual([])
    expect(report.actions.map((action) => action.action)).toEqual(contractActions.map((action) => action.name))
  })

  test.each(contractActions.map((action) => action.name))('%s: no difference that a decision does not declare', (name) => {
    const action = report.actions.find((candidate) => candidate.action === name)!
    expect(describeDifferences({ ...report, actions: [action] })).toEqual([])
  })

  test('no declared difference is stale', () => {
    expect(report.stale.map((difference) => `${difference.decision}: ${difference.action} ${difference.path} [${difference.aspect} ${difference.detail}]`)).toEqual([])
  })

  test.each(contractActions.map((action) => action.name))('%s: every member, flag, code and official example agrees', (name) => {
    const action = report.actions.find((candidate) => candidate.action === name)!
    for (const tally of [action.members, action.flags, action.rules, action.codes, action.examples]) expect(tally.matched).toBe(tally.total)
    expect(action.members.total).toBeGreaterThan(0)
    expect(action.codes.total).toBeGreaterThanOrEqual((metadata.errorsByAction[name] ?? []).length)
    expect(action.examples.total).toBe(2 * (metadata.examples[name] ?? []).length)
  })

  test('every declaration names an action of the contract and a decision that lists this test', () => {
    for (const decision of decisions) {
      if (!decision.metadataDifferences?.length) continue
      expect(decision.tests).toContain('fidelity.test.ts')
      for (const difference of decision.metadataDifferences) expect(contractActions.map((action) => action.name)).toContain(difference.action)
    }
  })

  describe('the comparison notices each kind of divergence', () => {
    const name = contractActions[0]!.name
    const names = metadata.actions[name]!
    const alteredMetadata = (change: (copy: { objects: Record<string, any>; errorsByAction: Record<string, string[]>; examples: Record<string, any[]> }) => void) => {
      const copy = clone(metadata) as any
      change(copy)
      return compareWithMetadata(copy, files)
    }
    /** The object shapes of a request file: its anyOf branches, resolved through its own $defs. */
    const shapesOf = (schema: any): any[] =>
      (schema.anyOf ?? [schema]).map((branch: any) => (branch.$ref ? schema.$defs[branch.$ref.replace('#/$defs/', '')] : branch))
    const alteredContract = (component: string, change: (schema: any) => void) => {
      const schemas = clone(files.schemas) as Record<string, any>
      change(schemas[component])
      return compareWithMetadata(metadata, new ContractFiles(schemas))
    }

    test('a request member renamed in the metadata: missing on both sides', () => {
      const found = keys(alteredMetadata((copy) => (copy.objects[names.input].members[0].name = 'KeyName')))
      expect(found).toContain('request.KeyName|member|missing-in-contract')
      expect(found).toContain(`request.${metadata.objects[names.input]!.members[0]!.name}|member|missing-in-metadata`)
    })

    test('a request member renamed in the contract', () => {
      const request = contractActions[0]!.requestComponent
      const found = keys(
        alteredContract(request, (schema) => {
          for (const shape of shapesOf(schema)) {
            shape.properties.KeyName = shape.properties.SecretName
            delete shape.properties.SecretName
            shape.required = shape.required.map((member: string) => (member === 'SecretName' ? 'KeyName' : member))
          }
        }),
      )
      expect(found).toContain('request.SecretName|member|missing-in-contract')
      expect(found).toContain('request.KeyName|member|missing-in-metadata')
    })

    test('a required flag flipped', () => {
      const member = metadata.objects[names.input]!.members.find((candidate) => candidate.required)!
      expect(keys(alteredMetadata((copy) => (copy.objects[names.input].members.find((candidate: any) => candidate.name === member.name).required = false)))).toContain(`request.${member.name}|required|true`)
    })

    test('a result field made non-nullable, and one made optional', () => {
      const result = metadata.objects[names.output]!.members.find((member) => member.name === 'Result')!
      expect(result.value_allowed_null).toBe(true)
      expect(keys(alteredMetadata((copy) => (copy.objects[names.output].members.find((member: any) => member.name === 'Result').value_allowed_null = false)))).toContain('response.Result|nullable|true')
      expect(keys(alteredMetadata((copy) => (copy.objects.ApiKey.members.find((member: any) => member.name === 'Status').output_required = false)))).toContain('response.Result.Status|required|true')
    })

    test('a type changed: integer to string, list to scalar', () => {
      const found = keys(
        alteredMetadata((copy) => {
          const status = copy.objects.ApiKey.members.find((member: any) => member.name === 'Status')
          status.type = 'string'
          status.member = 'string'
          const tags = copy.objects[names.input].members.find((member: any) => member.name === 'Tags')
          tags.type = 'string'
        }),
      )
      expect(found).toContain('response.Result.Status|type|string string')
      expect(found).toContain('request.Tags|type|string Tag')
    })

    test('an error code dropped from the contract, and one the Go SDK adds', () => {
      const dropped = metadata.errorsByAction[name]![0]!
      expect(keys(alteredContract(contractActions[0]!.errorCodeComponent, (schema) => (schema.enum = schema.enum.filter((code: string) => code !== dropped))))).toContain(`errors|missing-code|${dropped}`)
      expect(keys(alteredMetadata((copy) => copy.errorsByAction[name]!.push('ResourceNotFound.SomethingNew')))).toContain('errors|missing-code|ResourceNotFound.SomethingNew')
    })

    test('a code the contract adds beyond the Go SDK list and the common codes', () => {
      const found = alteredContract(contractActions[0]!.errorCodeComponent, (schema) => schema.enum.push('FailedOperation.Invented'))
      expect(keys(found)).toContain('errors|missing-code|FailedOperation.Invented'.replace('missing', 'extra'))
    })

    test('a stated rule the contract drops, and one whose value differs', () => {
      const request = contractActions[0]!.requestComponent
      const manual = (schema: any) => shapesOf(schema).find((shape: any) => shape.properties.AccessKeyId && shape.properties.AccessKeyId !== false && !shape.properties.AccessKeyId.not)
      expect(keys(alteredContract(request, (schema) => delete manual(schema).properties.AccessKeyId.maxLength))).toContain('request.AccessKeyId|constraint|missing maxLength')
      expect(keys(alteredContract(request, (schema) => (manual(schema).properties.AccessKeyId.maxLength = 51)))).toContain('request.AccessKeyId|constraint|maxLength')
    })

    test('a declared difference left behind after its rule is removed is stale', () => {
      const request = contractActions[0]!.requestComponent
      const altered = alteredContract(request, (schema) => {
        for (const shape of shapesOf(schema)) delete shape.properties.SecretName.pattern
      })
      expect(altered.stale.map((difference) => `${difference.decision} ${difference.path} ${difference.detail}`)).toContain('secret-name-length request.SecretName pattern')
    })

    test('an official example that no longer validates', () => {
      const found = keys(
        alteredMetadata((copy) => {
          const example = copy.examples[name]![0]
          const output = JSON.parse(example.output)
          output.Response.Result.Status = 'enabled'
          example.output = JSON.stringify(output)
        }),
      )
      expect([...found].some((entry) => entry.endsWith('|example|output'))).toBe(true)
    })

    test('an open object in the contract is no longer reported closed', () => {
      const found = keys(alteredContract('ApiKey', (schema) => delete schema.additionalProperties))
      // ApiKey is referenced from the success envelope's own $defs, so alter it there too.
      const viaEnvelope = keys(alteredContract(contractActions[0]!.successComponent, (schema) => delete schema.$defs.ApiKey.additionalProperties))
      expect(found.has('response.Result|closed|additionalProperties')).toBe(true)
      expect(viaEnvelope.has('response.Result|closed|additionalProperties')).toBe(false)
    })
  })
})

describe('without the metadata', () => {
  test('loading reports why, and npm run fidelity prints "skipped" instead of a pass', () => {
    const missing = loadMetadata('/nonexistent/metadata')
    expect(missing.ok).toBe(false)
    expect(!missing.ok && missing.reason).toMatch(/not available: \/nonexistent\/metadata\/.* does not exist/)
    const output = execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/fidelity.ts'], {
      cwd: repositoryRoot,
      encoding: 'utf8',
      env: { ...process.env, FIDELITY_METADATA_DIR: '/nonexistent/metadata' },
    })
    expect(output).toMatch(/^fidelity: skipped\. Tencent's API metadata is not available/)
    expect(output).not.toMatch(/every difference is declared/)
  })

  test('masked example values become valid 40-character values with their visible prefix', () => {
    expect(unmask('AKID***********************************************')).toMatch(/^AKID[A-Za-z0-9]{36}$/)
    expect(unmask('qYSyjR************************************')).toMatch(/^qYSyjR[A-Za-z0-9]{34}$/)
    expect(unmask('test')).toBe('test')
  })
})
