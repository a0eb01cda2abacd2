import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actions } from '../schema/index.js'
import { actionPath } from './openApiDocument.js'
import { curlGetExample, curlPostExample, decisionsMarkdown, errorCodesMarkdown, lifecycleMarkdown, typeScriptExample, typeScriptExampleAction } from './markdown.js'
import { writeFile } from './writeFile.js'

const redocly = join(import.meta.dirname, '..', 'node_modules', '.bin', 'redocly')

/**
 * Redoc options (Redoc 3, through `--openapi.*`). The default three-panel layout shows request and response samples
 * beside each operation; examples of every depth are expanded so a reader sees whole bodies without clicking.
 */
const redocOptions = {
  layout: 'stacked',
  jsonSamplesExpandLevel: 'all',
  sortRequiredPropsFirst: true,
  // The request-sample tabs: Redoc shows an operation's x-codeSamples only for the languages listed here, matched
  // by label (`curl` is Redoc's own key; `TypeScript` is ours). Without the list it would also generate samples.
  codeSamples: { languages: [{ lang: 'curl' }, { lang: 'TypeScript' }, { lang: 'Payload' }] },
}

/**
 * The OpenAPI document the site renders: generated/openapi.json plus request samples (`x-codeSamples`) for each
 * operation. The samples are the working examples of markdown.ts; they are docs-only, so the published OpenAPI
 * document stays the plain contract.
 */
function siteDocument(root: string): unknown {
  const document = JSON.parse(readFileSync(join(root, 'generated/openapi.json'), 'utf8'))
  for (const action of actions) {
    const { post, get } = document.paths[actionPath(action.name)]
    post['x-codeSamples'] = [
      { lang: 'curl', label: 'curl', source: curlPostExample(action) },
      ...(action === typeScriptExampleAction ? [{ lang: 'TypeScript', label: 'TypeScript', source: typeScriptExample }] : []),
    ]
    get['x-codeSamples'] = [{ lang: 'curl', label: 'curl', source: curlGetExample(action) }]
  }
  withoutNeverProperties(document.components.schemas)
  return document
}

/**
 * Drops the properties whose schema is `false` (never present: the auto shape's AccessKeyId and AccessKeySecret, there
 * for the TypeScript types). Redoc renders a `false` property as "any", the opposite of its meaning; the shape's
 * description already says they must not be sent, so the page lists only what an auto key accepts.
 */
function withoutNeverProperties(schemas: Record<string, { properties?: Record<string, unknown> }>): void {
  for (const schema of Object.values(schemas)) {
    if (!schema.properties) continue
    for (const [name, property] of Object.entries(schema.properties)) if (property === false) delete schema.properties[name]
  }
}

/**
 * The one place the built page reached the network: Redoc 3's sidebar footer ("API docs by" + logo) renders
 * `<img src="https://cdn.redoc.ly/redoc/logo-mini-full.svg">` (or logo-mini.svg when the sidebar is collapsed).
 * Redoc 3.0.1 has no option to hide that footer or the logo (its options are listed in @redocly/config's
 * redoc-config-schema; `hideSidebar` would drop the navigation too) and a template cannot reach inside the inlined
 * bundle, so the build swaps the two CDN addresses for inline SVGs that keep the attribution ("Redocly") without
 * a request. The replacement is exact and must match exactly once, so a Redoc upgrade that changes the component
 * fails the build here instead of silently fetching again; the browser test also blocks and records any request.
 */
const logoSource = 'src:e?`https://cdn.redoc.ly/redoc/logo-mini-full.svg`:`https://cdn.redoc.ly/redoc/logo-mini.svg`'
const svgDataUri = (svg: string) => `data:image/svg+xml,${encodeURIComponent(svg)}`
/** The attribution as text: "Redocly" beside "API docs by", and an "R" in the collapsed sidebar. */
const inlineLogos = {
  full: svgDataUri(
    '<svg xmlns="http://www.w3.org/2000/svg" width="56" height="16" viewBox="0 0 56 16"><text x="0" y="12" font-family="sans-serif" font-size="12" font-weight="600" fill="#0044d4">Redocly</text></svg>',
  ),
  mini: svgDataUri(
    '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><text x="8" y="12.5" text-anchor="middle" font-family="sans-serif" font-size="12" font-weight="700" fill="#0044d4">R</text></svg>',
  ),
}
const logoReplacement = `src:e?\`${inlineLogos.full}\`:\`${inlineLogos.mini}\``

export function withoutRemoteLogo(html: string): string {
  const occurrences = html.split(logoSource).length - 1
  if (occurrences !== 1) {
    throw new Error(`emitDocs: expected the Redoc logo source exactly once in the built page, found it ${occurrences} times; check the Redoc version`)
  }
  return html.replace(logoSource, () => logoReplacement)
}

/** docs/index.html, one self-contained file that works offline (Redoc inlined), and docs/*.md from the same data. */
export function emitDocs(root: string): void {
  const work = mkdtempSync(join(tmpdir(), 'apikey-contract-docs-'))
  try {
    const source = join(work, 'openapi.json')
    const page = join(work, 'index.html')
    writeFileSync(source, `${JSON.stringify(siteDocument(root), null, 2)}\n`)
    execFileSync(
      redocly,
      [
        'build-docs',
        source,
        '--output',
        page,
        '--inlineBundle',
        '--title',
        'API keys — Tencent Cloud API Gateway',
        '--config',
        join(import.meta.dirname, '..', 'redocly.yaml'),
        '--openapi',
        JSON.stringify(redocOptions),
      ],
      { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
    )
    writeFile(root, 'docs/index.html', withoutRemoteLogo(readFileSync(page, 'utf8')))
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  writeFile(
    root,
    'docs/decisions.md',
    `<!-- Generated from schema/decisions.ts by scripts/build.ts: do not edit. -->\n# Decisions\n\nWhere the public sources about the API-key actions disagree or say nothing, this package decided as follows. Each decision is data in \`schema/decisions.ts\` and names the tests that hold it.\n\n${decisionsMarkdown(2)}`,
  )
  writeFile(
    root,
    'docs/error-codes.md',
    `<!-- Generated from each action's errorCodes.ts and schema/commonErrorCodes.ts by scripts/build.ts: do not edit. -->\n# Error codes\n\nEach action's own codes, then the codes this package answers for every action (\`shared\`: decision shared-codes), then the codes common to every API 3.0 action.\n\n${errorCodesMarkdown()}`,
  )
  writeFile(root, 'docs/lifecycle.md', `<!-- Generated from schema/keyLifecycle.ts by scripts/build.ts: do not edit. -->\n# The lifecycle of an API key\n\n${lifecycleMarkdown()}\n`)
}
