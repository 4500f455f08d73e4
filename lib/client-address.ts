/** Set by server.mjs from the connection itself; a client's own header of this name is replaced there. */
export const PEER_ADDRESS_HEADER = "x-consortia-peer-address";

/**
 * The address a request comes from, for throttling. Without trusted proxies (the default) it is the
 * connection's own address, whatever X-Forwarded-For claims. Behind `trustedProxyHops` proxies, each of
 * which appends the address it received the request from, it is the entry that the outermost trusted proxy
 * appended: everything before it is the client's own claim. Under `next dev` (no server.mjs) it is
 * "unknown", shared by every visitor.
 */
export function clientAddressOf(headers: Headers, trustedProxyHops: number): string {
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim() || "unknown";
  if (trustedProxyHops <= 0) return peer;
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustedProxyHops)] ?? peer;
}
