/**
 * Playwright's test, with two additions every spec gets: each worker talks to its own server (e2e/servers.ts), and
 * the pages a test opens must not break the Content-Security-Policy: each violation the browser reports in the
 * console fails the test.
 */
import { expect, test as base } from "@playwright/test";
import { e2eServerUrl } from "./servers";

export const test = base.extend<{ cspViolations: string[] }>({
  baseURL: async ({}, provide, testInfo) => {
    await provide(e2eServerUrl(testInfo.parallelIndex));
  },
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      context.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await use(violations);
      expect(violations, "Content-Security-Policy violations in the browser console").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { APIRequestContext, Locator, Page } from "@playwright/test";
