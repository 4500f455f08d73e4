/**
 * Requests no form makes: posts from other sites' pages, whatever their encoding, and server action bodies
 * Next.js cannot decode. Each gets a clear refusal (403 or 400), never a server error.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";

const manifest = JSON.parse(readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as {
  node: Record<string, { workers: Record<string, unknown> }>;
};
/** A server action the sign-in page can run (signing in). */
const LOGIN_ACTION_ID = Object.entries(manifest.node).find(([, entry]) =>
  Object.keys(entry.workers).some((worker) => worker.includes("login")),
)![0];

test.describe("Content-Security-Policy", () => {
  test("every page carries a policy with a fresh nonce, which the page's scripts carry", async ({ page }) => {
    const first = await page.goto("/login");
    const policy = first!.headers()["content-security-policy"]!;
    for (const directive of [
      "object-src 'none'",
      "base-uri 'self'",
      "frame-ancestors 'none'",
      "script-src 'self' 'nonce-",
    ]) {
      expect(policy).toContain(directive);
    }
    const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
    // The scripts the page is served with; those Next.js loads from them later are trusted by 'strict-dynamic'.
    const served = [...(await first!.text()).matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    const scripts = served.map((tag) => /\snonce="([^"]*)"/.exec(tag)?.[1]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((value) => value === nonce)).toBe(true);
    const second = await page.goto("/login");
    expect(second!.headers()["content-security-policy"]).not.toContain(nonce);
  });

  test("injected markup with an inline script does not run it, and the violation is caught", async ({
    page,
    cspViolations,
  }) => {
    await page.goto("/login");
    // What stored cross-site scripting would try: markup with an inline event handler.
    await page.evaluate(() => {
      document.body.insertAdjacentHTML("beforeend", `<img alt="" src="data:," onerror="document.title='injected'">`);
    });
    await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
    expect(await page.title()).not.toBe("injected");
    // This test expects its violation; the others must have none.
    cspViolations.length = 0;
  });
});

test.describe("request hardening", () => {
  test("a post from another site's page is refused with 403, whatever its encoding", async ({ request }) => {
    const foreign = { Origin: "https://evil.example" };
    const urlEncoded = await request.post("/login", {
      headers: foreign,
      form: { [`$ACTION_ID_${LOGIN_ACTION_ID}`]: "", email: "a@b.c" },
    });
    expect(urlEncoded.status()).toBe(403);
    const multipart = await request.post("/login", {
      headers: foreign,
      multipart: { [`$ACTION_ID_${LOGIN_ACTION_ID}`]: "", email: "a@b.c" },
    });
    expect(multipart.status()).toBe(403);
    const scripted = await request.post("/login", {
      headers: { ...foreign, "Next-Action": LOGIN_ACTION_ID, "Content-Type": "text/plain;charset=UTF-8" },
      data: "[]",
    });
    expect(scripted.status()).toBe(403);
    const upload = await request.post("/api/uploads?reportId=x", {
      headers: { ...foreign, "X-File-Name": "a.pdf" },
      data: "%PDF-1.4",
    });
    expect(upload.status()).toBe(403);
  });

  test("an action body Next.js cannot decode is refused with 400, not a server error", async ({ request, baseURL }) => {
    for (const body of ["[{", '{"a":1}', "[".repeat(5000) + "]".repeat(5000), '["$Q1"]', '["$@1"]', '[{"x":"$K2"}]']) {
      const response = await request.post("/login", {
        headers: { Origin: baseURL!, "Next-Action": LOGIN_ACTION_ID, "Content-Type": "text/plain;charset=UTF-8" },
        data: body,
      });
      expect(response.status(), body.slice(0, 20)).toBe(400);
    }
  });
});
