// Generated from schema/service.ts, schema/rules.ts and the action registry by scripts/build.ts: do not edit.
export const actionNames = Object.freeze(["CreateApiKey","DescribeApiKey","DescribeApiKeysStatus","UpdateApiKey","EnableApiKey","DisableApiKey","DeleteApiKey"])
export const apiVersion = "2018-08-08"
export const service = "apigateway"
export const rateLimits = Object.freeze({"CreateApiKey":20,"DescribeApiKey":20,"DescribeApiKeysStatus":20,"UpdateApiKey":20,"EnableApiKey":20,"DisableApiKey":20,"DeleteApiKey":20})
export const signatureMaxSkewSeconds = 300
export const sizeLimits = Object.freeze({"get":32768,"postV1":1048576,"postV3":10485760})
export const sizeLimitLabels = Object.freeze({"get":"32 KB","postV1":"1 MB","postV3":"10 MB"})
export const maxListedUnknownParameters = 100
export const formIntegerMaxDigits = 308
export const autoKeyShape = Object.freeze({"idPrefix":"AKID","idLength":40,"timeLength":7,"secretLength":40})
