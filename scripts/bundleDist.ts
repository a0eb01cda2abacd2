/**
 * Bundles the runtime entry points into ESM files in dist/, over the per-module files tsc emitted (tsc still provides
 * the .d.ts files, and the emulator runs from its per-module output). Node's ESM loader costs most of a millisecond
 * per module and V8 compiles a file's whole text when it loads it, so "import, then first validation" stays within
 * the 5 ms budget (npm run bench) only if the import reads little code:
 * - dist/index.js (Node): the registry, every action's request parser and the generic response parser, with
 *   src/lazyActionModels.ts in place of src/actionModels.ts; each action's response model (three quarters of the
 *   generated code) is a chunk of its own, dist/actions/<action>Response.cjs, loaded by Node's synchronous require
 *   when the action's first response is parsed. This one file is minified, for the same budget.
 * - dist/index.all.js (every other environment, the "default" export condition): the same API with every action
 *   bundled in, for bundlers and browsers that have no synchronous loader.
 * - dist/arbitraries/index.js, dist/client/index.js.
 * Only Node built-ins and fast-check (an optional peer of the arbitraries) stay external; nothing else is bundled
 * in, since the runtime imports nothing but src/ and generated/.
 *
 * The conform engine (src/conform/index.ts, loaded by the CLI's `conform` only) is the exception: fast-check is
 * bundled into it, so `npx tencent-apigateway-apikey-contract conform` runs where the optional peer is not
 * installed (decision conform-fast-check); its MIT license notice heads that file.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { build, type BuildOptions, type Plugin } from 'esbuild'
import { actionModules } from '../generated/actionNames.js'

const root = resolve(import.meta.dirname, '..')
const banner = (entry: string) => ({ js: `// Bundled by scripts/bundleDist.ts from ${entry} and generated/. Do not edit.` })
const common: BuildOptions = { allowOverwrite: true, bundle: true, platform: 'neutral', target: 'es2022', legalComments: 'none', logLevel: 'warning' }

/** src/actions.ts's models, loaded action by action from the chunks instead of all at import. */
const lazyModels: Plugin = {
  name: 'lazy-action-models',
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\/actionModels\.js$/ }, (args) =>
      args.importer === resolve(root, 'src/actions.ts') ? { path: resolve(root, 'src/lazyActionModels.ts') } : undefined,
    )
  },
}

// dist/index.js is minified: V8 scans the whole text of a file on import, and the minified text imports about 0.8 ms
// faster on the 2-core machine (npm run bench). No source map ships (the package ships none); the same code is
// readable in generated/validators/ and in tsc's per-module dist/ files.
const entries: { out: string; entry: string; plugins: Plugin[]; external: string[]; minify?: boolean }[] = [
  { out: 'index', entry: 'src/index.ts', plugins: [lazyModels], external: [], minify: true },
  { out: 'index.all', entry: 'src/index.ts', plugins: [], external: [] },
  { out: 'arbitraries/index', entry: 'src/arbitraries/index.ts', plugins: [], external: ['fast-check'] },
  // The client is whole in one file (every action's models); its node:crypto and node:querystring stay imports.
  { out: 'client/index', entry: 'src/client/index.ts', plugins: [], external: ['node:*'] },
]
for (const { out, entry, plugins, external, minify = false } of entries) {
  await build({ ...common, minify, entryPoints: [resolve(root, entry)], outfile: resolve(root, 'dist', `${out}.js`), format: 'esm', external, plugins, banner: banner(entry) })
}

// One chunk per action's response model, for dist/index.js (src/lazyActionModels.ts).
for (const base of Object.values(actionModules)) {
  const entry = `generated/validators/${base}Response.js`
  await build({ ...common, entryPoints: [resolve(root, entry)], outfile: resolve(root, 'dist/actions', `${base}Response.cjs`), format: 'cjs', banner: banner(entry) })
}

const fastCheckPackage = createRequire(import.meta.url).resolve('fast-check/package.json')
const fastCheckVersion = (JSON.parse(readFileSync(fastCheckPackage, 'utf8')) as { version: string }).version
const fastCheckLicense = readFileSync(resolve(dirname(fastCheckPackage), 'LICENSE'), 'utf8').trim().replaceAll('*/', '* /')

await build({
  entryPoints: [resolve(root, 'src/conform/index.ts')],
  outfile: resolve(root, 'dist/conform/index.js'),
  allowOverwrite: true,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'es2022',
  external: ['node:*'],
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: `// Bundled by scripts/bundleDist.ts from src/conform/index.ts, generated/validators/ and fast-check. Do not edit.\n/*! fast-check ${fastCheckVersion}, bundled in:\n${fastCheckLicense} */` },
})
