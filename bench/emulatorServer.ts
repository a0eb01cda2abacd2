/**
 * A server for `npm run bench:emulator`, run in its own process: `emulator` (the CreateApiKey emulator, rate limit
 * and quota lifted, keys in memory) or `ceiling` (the same framework, fastify, answering every POST / with a fixed
 * reply of the same shape: the most a fastify server can do on this machine). Prints `READY <host:port>`.
 */
import Fastify from 'fastify'
import { createEmulator } from '../src/emulator/index.js'

const mode = process.argv[2]
// On SIGUSR2, the CPU time this process has used so far (µs), so the bench can report CPU per request.
process.on('SIGUSR2', () => {
  const usage = process.cpuUsage()
  process.stdout.write(`CPU ${usage.user + usage.system}\n`)
})
const fixedReply = JSON.stringify({
  Response: {
    Result: {
      AccessKeyId: 'AKID8my5MRr9i6VM98F3dZG9zV0KuBq5ID7pMG83',
      AccessKeySecret: '9i3BQU8lMUl2dAvrF8RvL5EM6RKEG47P770du61B',
      AccessKeyType: 'auto',
      SecretName: 'bench',
      Status: 1,
      CreatedTime: '2020-02-26T06:10:01Z',
      ModifiedTime: '2020-02-26T06:10:01Z',
    },
    RequestId: 'ad5218b4-edc3-4195-ba4d-a0ef176783ba',
  },
})

if (mode === 'emulator') {
  const emulator = await createEmulator({ rateLimitPerSecond: 0, keyQuota: Infinity })
  process.stdout.write(`READY ${emulator.endpoint}\n`)
  const stop = () => void emulator.close().then(() => process.exit(0))
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
} else if (mode === 'ceiling') {
  const app = Fastify({ logger: false })
  app.post('/', (_request, reply) => {
    reply.header('content-type', 'application/json; charset=utf-8').send(fixedReply)
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  process.stdout.write(`READY 127.0.0.1:${typeof address === 'object' && address ? address.port : 0}\n`)
  const stop = () => void app.close().then(() => process.exit(0))
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
} else {
  process.stderr.write('usage: emulatorServer.ts emulator|ceiling\n')
  process.exit(2)
}
