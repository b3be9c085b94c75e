/**
 * The vendor's refusals and envelopes as the simulator renders them: `{Action+"Response", RetCode,
 * Message}` under HTTP 200 (or the fault's status), the platform RetCodes of the catalog
 * (160/161/170/171/172/292/150/153) and the status-named refusals (`StatusParamInvalid: ...`) with
 * the simulator's own numbers for them (errors.ts SIMULATOR_STATUS_RETCODES).
 */
import { randomUUID } from 'node:crypto';
import type { SimResponse } from '../../common/simulator/http.js';
import { REQUEST_ID_HEADER } from '../client.js';
import { SIMULATOR_STATUS_RETCODES, type StatusName } from '../errors.js';

/** A refusal: RetCode + Message in a 200 envelope. */
export class Refusal extends Error {
  constructor(
    readonly retCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** A status-named refusal (`StatusResourceStatusInvalid: SMC [x] is Syncing`). */
export function refuse(status: StatusName, message: string): Refusal {
  return new Refusal(SIMULATOR_STATUS_RETCODES[status], `${status}: ${message}`);
}

/** Platform refusals (catalog codes) the server itself raises. */
export const PLATFORM = {
  missingAction: () => new Refusal(160, 'Missing Action'),
  unknownAction: (action: string) => new Refusal(161, `Action [${action}] not exist`),
  missingSignature: () => new Refusal(170, 'Missing Signature'),
  badSignature: () => new Refusal(171, 'Signature VerifyAC Error'),
  unknownUser: () => new Refusal(172, 'User not exist'),
  unknownProject: (projectId: string) => new Refusal(292, `Project [${projectId}] not exist`),
} as const;

/** The vendor's envelope (success fields, or a refusal's RetCode and Message). */
export function envelope(action: string, fields: Record<string, unknown>, status = 200): SimResponse {
  return {
    status,
    headers: { [REQUEST_ID_HEADER]: randomUUID() },
    body: { Action: `${action}Response`, RetCode: 0, Message: '', ...fields },
  };
}

/** The injected faults in the vendor's shapes. serverError is HTTP 503 with RetCode 150 ("service temporarily unavailable"). */
export function faultResponse(kind: 'serverError' | 'throttle' | 'malformed', action: string): SimResponse {
  switch (kind) {
    case 'serverError':
      return envelope(action, { RetCode: 150, Message: 'service temporarily unavailable, retry later' }, 503);
    case 'throttle':
      return envelope(action, { RetCode: 153, Message: 'API request throttled' });
    case 'malformed':
      return {
        status: 200,
        headers: { 'content-type': 'application/json;charset=UTF-8', [REQUEST_ID_HEADER]: randomUUID() },
        body: `{"Action":"${action}Response","RetCode":0,"Infos":[{"SMCID":`,
      };
  }
}
