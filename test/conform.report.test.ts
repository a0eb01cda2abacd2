/**
 * What conform prints and writes when a server's answers are hostile: text that would drive a terminal (ESC, a
 * carriage return, the C1 CSI) is printed as `\uXXXX` escapes, a very long body is cut in the table with its full
 * length, and a body 20,000 levels deep still gives the table, the --json file and the JUnit file (redaction stops at
 * its depth limit with a placeholder), over real loopback HTTP through the CLI.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { tooDeep, type Exchange } from '../src/client/index.js'
import { formatJson, formatJunit, formatReport, keptBodyLength, keptViolations, type ConformReport } from '../src/conform/index.js'
import { runCli } from '../src/emulator/cliArgs.js'

const directory = mkdtempSync(path.join(tmpdir(), 'conform-report-test-'))
afterAll(() => rmSync(directory, { recursive: true, force: true }))
afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
})

const hostile = '\u001b]0;pwned\u0007\u001b[2J\rhidden\u009b31m not json \u202egnp.exe\u2028\u2066x\u2069'

/** A report whose one failure has `text` as the response body. */
function reportWith(text: string): ConformReport {
  const exchange: Exchange = {
    action: 'DescribeApiKey',
    request: { method: 'POST', url: 'http://127.0.0.1:1/', headers: { 'Content-Type': 'application/json' }, body: '{"AccessKeyId":"x"}' },
    response: { status: 200, headers: {}, text },
    outcome: { kind: 'transport', message: 'DescribeApiKey: the body is not JSON.' },
  }
  return {
    endpoint: 'http://127.0.0.1:1',
    checks: [{ id: 'response-schema.DescribeApiKey', title: 't', status: 'fail', runs: 1, durationMs: 1, failure: { message: `answered ${hostile}`, exchanges: [exchange] } }],
    requests: 1,
    ok: false,
    seed: 1,
    runId: 'abcdefgh',
    forms: ['tc3 POST'],
    maxRequests: 10,
    interrupted: false,
    keys: { created: 0, deleted: 0, left: [] },
    durationMs: 1,
  }
}

describe('the table of a hostile server', () => {
  it('escapes control characters of non-JSON text, as the JUnit file does', () => {
    const table = formatReport(reportWith(hostile))
    expect(table).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
    expect(table).not.toMatch(/[\u2028\u2029\u202a-\u202e\u2066-\u2069]/)
    expect(table).toContain('\\u001b]0;pwned\\u0007\\u001b[2J\\u000dhidden\\u009b31m not json \\u202egnp.exe\\u2028\\u2066x\\u2069')
    expect(formatJunit(reportWith(hostile))).toContain('\\u001b]0;pwned')
  })

  it('cuts a very long body, with its full length', () => {
    const long = `${'x'.repeat(100_000)}END`
    const table = formatReport(reportWith(long))
    expect(table).not.toContain('END')
    expect(table).toContain(`(cut: ${long.length} characters in all; the --json file has up to ${keptBodyLength})`)
    expect(table.length).toBeLessThan(20_000)
  })

  it('the --json text keeps a body up to keptBodyLength, and cuts a longer one with its length (no report too long for a string)', () => {
    const whole = `${'y'.repeat(keptBodyLength - 3)}END`
    expect(JSON.parse(formatJson(reportWith(whole))).checks[0].failure.exchanges[0].response.text).toBe(whole)
    const long = `${'x'.repeat(keptBodyLength)}END`
    const exchange = JSON.parse(formatJson(reportWith(long))).checks[0].failure.exchanges[0] as Exchange
    expect(exchange.response?.text).toBe(`${'x'.repeat(keptBodyLength)}… (cut: ${long.length} characters in all)`)
    expect(exchange.response).not.toHaveProperty('body')
    // Characters JSON escapes count as written: 300,000 control characters take 1.8 million.
    const escaped = JSON.parse(formatJson(reportWith('\u0001'.repeat(300_000)))).checks[0].failure.exchanges[0] as Exchange
    expect(JSON.stringify(exchange.response?.text).length).toBeLessThan(keptBodyLength + 100)
    expect(JSON.stringify(escaped.response?.text).length).toBeLessThan(keptBodyLength + 100)
    expect(escaped.response?.text).toContain('(cut: 300000 characters in all)')
    // The parsed forms of a cut answer go with it: a success's Result, and past keptViolations, its violations.
    const big = reportWith('z'.repeat(10_000_000))
    const success: Exchange = { ...big.checks[0]!.failure!.exchanges[0]!, outcome: { kind: 'success', result: { Leak: 'r'.repeat(5_000_000) }, requestId: 'x' } }
    const violations: Exchange = { ...success, response: { status: 200, headers: {}, text: '{}' }, outcome: { kind: 'contract-violation', violations: Array.from({ length: 1000 }, (_, i) => ({ path: `Response.M${i}`, rule: 'unknown', message: 'm' })) } }
    const withOutcomes = { ...big, checks: [{ ...big.checks[0]!, failure: { ...big.checks[0]!.failure!, exchanges: [success, violations] } }] }
    const written = formatJson(withOutcomes)
    expect(written.length).toBeLessThan(3 * keptBodyLength)
    const [keptSuccess, keptViolated] = JSON.parse(written).checks[0].failure.exchanges as Exchange[]
    expect(keptSuccess!.outcome).toMatchObject({ kind: 'success', result: expect.stringContaining('[cut: the answer is 10000000 characters') })
    expect((keptViolated!.outcome as unknown as { violations: unknown[] }).violations).toHaveLength(keptViolations + 1)
    expect((keptViolated!.outcome as unknown as { violations: { message: string }[] }).violations.at(-1)!.message).toBe('900 more violations, not kept.')
    // Hundreds of failures with answers of ten megabytes: each kept to a megabyte, the text still fits a string.
    const many = { ...big, checks: Array.from({ length: 300 }, () => big.checks[0]!) }
    expect(() => formatJson(many)).not.toThrow()
  })
})

describe('a body 20,000 levels deep through conform --json', () => {
  it('prints the table and writes the JSON and JUnit files, the deep part as a placeholder', async () => {
    const levels = 20_000
    const secret = 'deepAnsweredSecret000000001'
    const body = `{"Response":{"RequestId":"6ae2d5b0-9c1f-4c3e-9b1a-2f0c5d1e7a11","Result":${'{"a":'.repeat(levels)}{"AccessKeySecret":"${secret}"}${'}'.repeat(levels)}}}`
    const server = http.createServer((request, response) => {
      request.resume()
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(body)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const output = { stdout: '', stderr: '' }
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((output.stdout += String(chunk)), true))
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((output.stderr += String(chunk)), true))
    vi.stubEnv('TENCENTCLOUD_SECRET_ID', 'AKIDdeepBody0001')
    vi.stubEnv('TENCENTCLOUD_SECRET_KEY', 'deepBodySecretKey0001')
    const json = path.join(directory, 'deep.json')
    const junit = path.join(directory, 'deep.xml')
    try {
      const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      const code = await runCli(['conform', '--endpoint', endpoint, '--rate', '1000', '--runs', '1', '--seed', '3', '--only', 'wire-forms', '--json', json, '--junit', junit])
      expect(code, output.stderr).toBe(1)
    } finally {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
    expect(output.stdout).toMatch(/^FAIL {2}wire-forms/m)
    const text = readFileSync(json, 'utf8')
    const report = JSON.parse(text) as ConformReport
    expect(report.ok).toBe(false)
    expect(text).toContain(JSON.stringify(tooDeep))
    for (const written of [text, output.stdout, readFileSync(junit, 'utf8')]) expect(written).not.toContain(secret)
  })
})

describe('a report file that cannot be written', () => {
  it('exits 1 with an error naming the file, though the endpoint conforms; the other file is still written', async () => {
    const { createEmulator } = await import('../src/emulator/index.js')
    const { defaultCredential } = await import('../src/emulator/credentials.js')
    const emulator = await createEmulator({ rateLimitPerSecond: 0 })
    const output = { stdout: '', stderr: '' }
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((output.stdout += String(chunk)), true))
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((output.stderr += String(chunk)), true))
    vi.stubEnv('TENCENTCLOUD_SECRET_ID', defaultCredential.secretId)
    vi.stubEnv('TENCENTCLOUD_SECRET_KEY', defaultCredential.secretKey)
    const junit = path.join(directory, 'full.xml')
    try {
      // /dev/full accepts opening for writing and fails every write with ENOSPC (a full disk).
      const code = await runCli(['conform', '--endpoint', emulator.url, '--rate', '1000', '--runs', '1', '--seed', '3', '--only', 'request-id', '--json', '/dev/full', '--junit', junit])
      expect(code, output.stderr).toBe(1)
    } finally {
      vi.restoreAllMocks()
      await emulator.close()
    }
    expect(output.stderr).toMatch(/^error: --json "\/dev\/full" could not be written: ENOSPC/m)
    expect(output.stdout).toContain('conform: the endpoint conforms to the contract')
    expect(readFileSync(junit, 'utf8')).toContain('<testsuite')
  })
})
