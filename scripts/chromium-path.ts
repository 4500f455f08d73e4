import { existsSync } from "node:fs";

/**
 * CHROMIUM_PATH, else the system's Chromium (Debian's package: /usr/bin/chromium); undefined lets a tool use its own
 * browser.
 */
export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate) => existsSync(candidate));
}
