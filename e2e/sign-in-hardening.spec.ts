import { expect, test, type APIRequestContext } from "./fixtures";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, signInAs } from "./helpers";

/**
 * The session cookie's attributes as the server sets them, for a credentials sign-in through next-auth's own endpoint.
 */
async function signInThroughApi(request: APIRequestContext, headers: Record<string, string>) {
  const csrf = await request.get("/api/auth/csrf", { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    headers,
    form: { email: DEMO_ACCOUNTS.viewer, password: DEMO_PASSWORD, csrfToken },
    maxRedirects: 0,
  });
  return response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === "set-cookie")
    .map((header) => header.value);
}

test.describe("sign-in hardening", () => {
  test("the session cookie is HttpOnly and SameSite=Lax, and Secure when the app is served over HTTPS", async ({
    playwright,
    baseURL,
  }) => {
    const plain = await playwright.request.newContext({ baseURL });
    const overHttp = (await signInThroughApi(plain, {})).find((cookie) => cookie.startsWith("authjs.session-token="));
    expect(overHttp).toMatch(/; HttpOnly/i);
    expect(overHttp).toMatch(/; SameSite=Lax/i);
    await plain.dispose();

    // Behind a TLS-terminating proxy, as in production.
    const secure = await playwright.request.newContext({ baseURL });
    const overHttps = (await signInThroughApi(secure, { "X-Forwarded-Proto": "https" })).find((cookie) =>
      cookie.startsWith("__Secure-authjs.session-token="),
    );
    expect(overHttps).toMatch(/; Secure/i);
    expect(overHttps).toMatch(/; HttpOnly/i);
    expect(overHttps).toMatch(/; SameSite=Lax/i);
    await secure.dispose();
  });

  test("signing in replaces a session cookie planted before, and each sign-in gets a new session", async ({
    page,
    context,
    baseURL,
  }) => {
    await context.addCookies([{ name: "authjs.session-token", value: "planted-by-someone-else", url: baseURL! }]);
    await signInAs(page, "viewer");
    const first = (await context.cookies()).find((cookie) => cookie.name === "authjs.session-token")?.value;
    expect(first).toBeTruthy();
    expect(first).not.toBe("planted-by-someone-else");

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await signInAs(page, "viewer");
    const second = (await context.cookies()).find((cookie) => cookie.name === "authjs.session-token")?.value;
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
  });

  test("a session cookie kept after signing out opens nothing", async ({ page, context, browser, baseURL }) => {
    await signInAs(page, "viewer");
    const kept = (await context.cookies()).find((cookie) => cookie.name === "authjs.session-token");
    expect(kept).toBeTruthy();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

    // Someone who copied the cookie before the sign-out tries it in another browser.
    const other = await browser.newContext({ baseURL });
    await other.addCookies([{ name: kept!.name, value: kept!.value, url: baseURL! }]);
    const stolen = await other.newPage();
    await stolen.goto("/dashboard");
    await expect(stolen.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await other.close();
  });

  test("after 10 failed attempts the account is refused with a generic message, even with the right password", async ({
    page,
  }) => {
    // An address of its own, so that the other tests' sign-ins from this machine are not throttled.
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": "203.0.113.200" });
    await page.goto("/login");
    const email = page.getByLabel("E-mail");
    const password = page.getByLabel("Password");
    for (let attempt = 1; attempt <= 10; attempt++) {
      await email.fill(`no-such-person-${attempt}@example.org`);
      await password.fill("guess");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "Incorrect e-mail or password." })).toBeVisible();
    }
    await email.fill(DEMO_ACCOUNTS.partner2);
    await password.fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "Too many failed sign-in attempts. Wait 15 minutes, then try again." }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });
});
