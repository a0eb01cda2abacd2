// Generated from schema/commonParameters.ts by scripts/emitCommonParameters.ts: do not edit.

/** The signature-v1 common parameters (query or form), in schema order, each with its schema's rule. */
export const v1CommonParameters = Object.freeze({
  "Action": { required: true, routing: true, enum: ["CreateApiKey","DescribeApiKey","DescribeApiKeysStatus","UpdateApiKey","EnableApiKey","DisableApiKey","DeleteApiKey"] },
  "Version": { required: true, routing: true, enum: ["2018-08-08"] },
  "Region": { required: false, minLength: 1 },
  "Timestamp": { required: true, pattern: "^[0-9]{1,10}$", regExp: /^[0-9]{1,10}$/ },
  "Nonce": { required: true, pattern: "^(?:0|[1-9][0-9]{0,9})$", regExp: /^(?:0|[1-9][0-9]{0,9})$/ },
  "RequestClient": { required: false },
  "SecretId": { required: true, minLength: 1 },
  "Signature": { required: true, minLength: 1 },
  "SignatureMethod": { required: false, enum: ["HmacSHA1","HmacSHA256"], default: "HmacSHA1" },
  "Token": { required: false },
  "Language": { required: false, enum: ["zh-CN","en-US"] },
});

/** The signature-v3 common parameters (X-TC-* headers, canonical case), each with its schema's rule. */
export const tc3CommonHeaders = Object.freeze({
  "X-TC-Action": { required: true, routing: true, enum: ["CreateApiKey","DescribeApiKey","DescribeApiKeysStatus","UpdateApiKey","EnableApiKey","DisableApiKey","DeleteApiKey"] },
  "X-TC-Version": { required: true, routing: true, enum: ["2018-08-08"] },
  "X-TC-Timestamp": { required: true, pattern: "^[0-9]{1,10}$", regExp: /^[0-9]{1,10}$/ },
  "X-TC-Region": { required: false, minLength: 1 },
  "X-TC-Token": { required: false },
  "X-TC-Language": { required: false, enum: ["zh-CN","en-US"] },
});
