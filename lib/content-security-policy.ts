/**
 * The Content-Security-Policy of every page: scripts only with this response's nonce (Next.js puts it on
 * its own scripts when it finds the policy on the request) or loaded by such scripts, no plugins, no
 * <base> to elsewhere, forms posting only here, and no framing. Development builds need eval for React's tooling.
 */
export function contentSecurityPolicy(nonce: string, isDevelopment = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    // Inline styles stay allowed: the confirmation dialog's scroll lock writes a <style> element, and
    // styles run no code. Scripts are what the nonce guards.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce for one response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
