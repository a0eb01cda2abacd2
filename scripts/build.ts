/**
 * Emits every artifact from schema/: `tsx scripts/build.ts [--out DIR]` (default: the repository root).
 * The check script builds into a temporary folder with --out and compares.
 */
import { resolve } from 'node:path'
import { emitOpenApi } from './emitOpenApi.js'
import { emitJsonSchema } from './emitJsonSchema.js'
import { emitExamples } from './emitExamples.js'
import { emitTypes } from './emitTypes.js'
import { emitDocs } from './emitDocs.js'
import { emitValidators } from './emitValidators.js'
import { emitContractLimits } from './emitContractLimits.js'
import { emitCommonParameters } from './emitCommonParameters.js'

export async function build(root: string): Promise<void> {
  emitOpenApi(root)
  emitJsonSchema(root)
  emitExamples(root)
  emitValidators(root)
  emitContractLimits(root)
  emitCommonParameters(root)
  await emitTypes(root)
  emitDocs(root)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outIndex = process.argv.indexOf('--out')
  const root = outIndex > 0 ? resolve(process.argv[outIndex + 1]!) : resolve(import.meta.dirname, '..')
  await build(root)
  console.log(`built into ${root}`)
}
