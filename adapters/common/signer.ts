/**
 * The one signer shape every adapter follows: a pure function from an unsigned request to a signed
 * one. No clock or randomness inside: the caller passes `now` and `nonce`, so the published test
 * vectors are plain tables and a retried request is signed afresh by calling it again.
 *
 * - Huawei SMS: SDK-HMAC-SHA256 adds `X-Sdk-Date` and `Authorization` headers.
 * - Alibaba SMC: HMAC-SHA1 adds the common parameters and `Signature` to the query (GET) or the form
 *   body (POST).
 * - UCloudStack SMC: sorted-concatenation SHA1 adds `PublicKey` and `Signature` to the parameters.
 */
export interface HttpRequest {
  method: string;
  /** Absolute URL; RPC parameters travel in its search params until the signer places them. */
  url: URL;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: string | null;
}

export interface SignContext {
  now: Date;
  /** A fresh random value per attempt (Alibaba SignatureNonce); signers without nonces ignore it. */
  nonce: string;
}

export type Signer<Credentials> = (request: Readonly<HttpRequest>, credentials: Credentials, context: SignContext) => HttpRequest;
