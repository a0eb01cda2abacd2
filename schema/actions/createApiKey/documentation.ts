/** CreateApiKey's words for its docs section, where the parameter table (derived from the schema) says too little. */
import { accessKeyCharsetDescription, accessKeyIdLength, accessKeySecretLength, formatRange } from '../../rules.js'

/** The manual rule, with the bounds and charset it binds. */
export const rulesMarkdown = `**The manual rule.** With \`AccessKeyType\` \`auto\` (or absent) the service generates the key pair, and sending \`AccessKeyId\` or \`AccessKeySecret\` is an error (\`InvalidParameter\`). With \`manual\` both \`AccessKeyId\` (${formatRange(accessKeyIdLength)} characters) and \`AccessKeySecret\` (${formatRange(accessKeySecretLength)} characters) are required, made only of ${accessKeyCharsetDescription}: no \`-\`, no spaces, no other letters.`
