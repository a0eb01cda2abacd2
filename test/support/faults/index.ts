/** Every fault the fault server can inject, by name. A new fault is one module beside this one and one entry here. */
import { deleteEnabledAllowed } from './deleteEnabledAllowed.js'
import { deleteRefused } from './deleteRefused.js'
import { disableIgnored } from './disableIgnored.js'
import { enableFails } from './enableFails.js'
import { extraField } from './extraField.js'
import { listFilterIgnored } from './listFilterIgnored.js'
import { manualUpdateFails } from './manualUpdateFails.js'
import { parameterErrorMiscoded } from './parameterErrorMiscoded.js'
import { missingRequestId } from './missingRequestId.js'
import { none } from './none.js'
import { requestIdRepeatedOnce } from './requestIdRepeatedOnce.js'
import { requestIdReused } from './requestIdReused.js'
import { secretsAsMemberNames } from './secretsAsMemberNames.js'
import { signatureNotChecked } from './signatureNotChecked.js'
import { statusAsString } from './statusAsString.js'
import { timestampWindowNotEnforced } from './timestampWindowNotEnforced.js'
import { tokenNotChecked } from './tokenNotChecked.js'
import { listStatusStale } from './listStatusStale.js'
import { listOldestFirst } from './listOldestFirst.js'
import { manualSecretReplaced } from './manualSecretReplaced.js'
import { manualIdTakenTwice } from './manualIdTakenTwice.js'
import { updateDisabledRefused } from './updateDisabledRefused.js'
import { timesInBeijing } from './timesInBeijing.js'
import { sha1SignatureNotChecked } from './sha1SignatureNotChecked.js'
import type { Fault } from './types.js'
import { updateKeepsSecret } from './updateKeepsSecret.js'
import { v1GetRefused } from './v1GetRefused.js'
import { wrongCodeBadAccessKeyId } from './wrongCodeBadAccessKeyId.js'
import { wrongTotalCount } from './wrongTotalCount.js'

const list: readonly Fault[] = [
  none,
  missingRequestId,
  statusAsString,
  extraField,
  wrongCodeBadAccessKeyId,
  deleteEnabledAllowed,
  wrongTotalCount,
  signatureNotChecked,
  timestampWindowNotEnforced,
  requestIdReused,
  updateKeepsSecret,
  v1GetRefused,
  listFilterIgnored,
  disableIgnored,
  parameterErrorMiscoded,
  enableFails,
  manualUpdateFails,
  tokenNotChecked,
  secretsAsMemberNames,
  requestIdRepeatedOnce,
  deleteRefused,
  listStatusStale,
  listOldestFirst,
  manualSecretReplaced,
  manualIdTakenTwice,
  updateDisabledRefused,
  timesInBeijing,
  sha1SignatureNotChecked,
]

export const faults: ReadonlyMap<string, Fault> = new Map(list.map((fault) => [fault.name, fault]))
export const faultNames: readonly string[] = list.map((fault) => fault.name)
export type { Fault } from './types.js'
