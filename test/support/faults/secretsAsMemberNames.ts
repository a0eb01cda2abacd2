import type { Fault } from './types.js'

/**
 * Echoes secrets where no value is looked for: every answer gains a member named after the SecretKey, and after the
 * AccessKeySecret of every key created so far. conform must report the extra member without printing its name.
 */
export const secretsAsMemberNames: Fault = {
  name: 'secrets-as-member-names',
  description: 'Every answer has extra members named after the SecretKey and every AccessKeySecret answered so far.',
  expectedCheck: 'response-schema.CreateApiKey',
  transformResponse: (answer, _call, context) => {
    const seen = (context.state.get('secrets') as string[] | undefined) ?? []
    const result = answer.Response.Result as { AccessKeySecret?: unknown } | undefined
    if (typeof result?.AccessKeySecret === 'string') seen.push(result.AccessKeySecret)
    context.state.set('secrets', seen)
    for (const name of [context.credential.secretKey, ...seen]) answer.Response[name] = 1
    return answer
  },
}
