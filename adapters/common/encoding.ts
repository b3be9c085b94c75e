/**
 * Percent-encoding shared by the signers, clients and simulators of every adapter.
 */

/**
 * RFC 3986 encoding of the UTF-8 bytes: only `A-Z a-z 0-9 - _ . ~` stay, everything else is `%XY`
 * (upper-case hex). This is what Huawei's SDK-HMAC-SHA256 canonical form and Alibaba's RPC
 * signature both use, and what keeps an id from adding path segments.
 */
export function rfc3986Encode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
