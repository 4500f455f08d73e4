/**
 * Everything the production build can be asked to do, asked without a session: every server action id in
 * the build's manifest and every route handler, with and without an Origin header, with no cookie and with
 * a forged one (which gets past the sign-in redirect to the action itself). No answer may carry domain
 * data, none may be a server error, and no table may change.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "./fixtures";
import { queryE2eDatabase, tablesOfE2eDatabase } from "./database";
import { DEMO_PROJECT_IDS } from "./helpers";

const DANUBE = DEMO_PROJECT_IDS.danubeIct;

type ManifestEntry = { workers: Record<string, unknown>; exportedName?: string; filename?: string };
const manifest = JSON.parse(readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as {
  node: Record<string, ManifestEntry>;
};
const appPaths = Object.keys(
  JSON.parse(readFileSync(path.resolve(".next/server/app-paths-manifest.json"), "utf8")) as object,
);

/** A page's URL from its build path, dynamic segments filled with demo ids. */
function urlOf(buildPath: string): string {
  const url = buildPath
    .replace(/^app/, "")
    .replace(/\/\([^)]+\)/g, "")
    .replace(/\/(page|route)$/, "")
    .replace("[projectId]", DANUBE)
    .replace("[deliverableId]", `${DANUBE}-d2-3`)
    .replace("[reportId]", `${DANUBE}-pp4-p2-report`)
    .replace("[...nextauth]", "session")
    .replace(/\[[^\]]+\]/g, "x");
  return url || "/";
}

/**
 * Words only the demo data holds (titles, names, e-mails, hashes). Ids are left out: a sign-in redirect
 * rightly repeats the address asked for.
 */
const DOMAIN_DATA = [
  /DANUBE ICT/i,
  /Cluj IT Cluster/i,
  /Sofia Digital Cluster/i,
  /Map of ICT competences/i,
  /Luca Lead/i,
  /@demo\.test/i,
  /passwordHash/i,
  /\$argon2/,
];

/**
 * Row counts and latest change times of every table: equal fingerprints mean nothing changed. Failed
 * sign-ins are left out: signing in is the one action meant for visitors, and its failures are counted
 * for throttling.
 */
async function fingerprint(): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = {};
  for (const [table, columns] of await tablesOfE2eDatabase()) {
    if (table === "SignInFailure" || table === "_prisma_migrations") continue;
    const latest = ["updatedAt", "createdAt"].filter((column) => columns.includes(column));
    const [row] = await queryE2eDatabase<Record<string, unknown>>(
      `SELECT count(*) AS "rows"${latest.map((column) => `, max("${column}") AS "${column}"`).join("")} FROM "${table}"`,
    );
    result[table] = JSON.parse(
      JSON.stringify(row, (_key, value: unknown) => (typeof value === "bigint" ? Number(value) : value)),
    );
  }
  return result;
}

/** The same requests with and without a (forged) cookie, from this site (`origin`) and from another. */
const variants = (origin: string): { name: string; headers: Record<string, string> }[] => [
  { name: "no cookie, no Origin", headers: {} },
  { name: "no cookie, foreign Origin", headers: { Origin: "https://attacker.example" } },
  { name: "forged cookie, no Origin", headers: { Cookie: "authjs.session-token=forged" } },
  {
    name: "forged cookie, same Origin",
    headers: { Cookie: "authjs.session-token=forged", Origin: origin },
  },
  {
    name: "forged cookie, foreign Origin",
    headers: { Cookie: "authjs.session-token=forged", Origin: "https://attacker.example" },
  },
];

/**
 * The sweep's own client address: its failed sign-ins (signInAction is swept too) must not use up the
 * throttling allowance of the address the other end-to-end tests sign in from.
 */
const SWEEP_ADDRESS = { "X-Forwarded-For": "198.51.100.250" };

/** An argument that names real demo records, so that an action without its checks would have something to change. */
const ARGUMENT = {
  projectId: DANUBE,
  id: `${DANUBE}-d1-3`,
  deliverableId: `${DANUBE}-d2-3`,
  reportId: `${DANUBE}-pp4-p2-report`,
  userId: "x",
  toStatus: "APPROVED",
  version: 1,
  all: true,
  locale: "ro",
  emailReminders: false,
  isActive: false,
  email: "someone@example.org",
  password: "a guess",
};

async function expectHarmless(response: Awaited<ReturnType<APIRequestContext["get"]>>, what: string) {
  const body = await response.text();
  expect(response.status(), `${what}: ${response.status()} ${body.slice(0, 300)}`).toBeLessThan(500);
  for (const pattern of DOMAIN_DATA) expect(body, `${what} answered with ${pattern}`).not.toMatch(pattern);
}

test.describe("unauthenticated sweep", () => {
  test("every server action in the build refuses, reveals nothing and changes nothing", async ({
    request,
    baseURL,
  }) => {
    const actions = Object.entries(manifest.node);
    expect(actions.length).toBeGreaterThanOrEqual(40);
    const before = await fingerprint();
    for (const [actionId, entry] of actions) {
      const pages = [...new Set([urlOf(Object.keys(entry.workers)[0]!), "/login"])];
      for (const page of pages) {
        for (const variant of variants(baseURL!)) {
          const response = await request.post(page, {
            headers: {
              ...SWEEP_ADDRESS,
              "Next-Action": actionId,
              "Content-Type": "text/plain;charset=UTF-8",
              Accept: "text/x-component",
              ...variant.headers,
            },
            data: JSON.stringify([ARGUMENT]),
            maxRedirects: 0,
          });
          await expectHarmless(response, `${entry.exportedName} at ${page}, ${variant.name}`);
        }
      }
    }
    expect(await fingerprint()).toEqual(before);
  });

  test("every route handler refuses, reveals nothing and changes nothing", async ({ request, baseURL }) => {
    const routes = appPaths.filter((name) => name.endsWith("/route"));
    expect(routes.length).toBeGreaterThanOrEqual(6);
    const before = await fingerprint();
    for (const route of routes) {
      const url = urlOf(`app${route}`);
      for (const query of [
        "",
        "?data=budget",
        "?data=payments",
        `?deliverableId=${DANUBE}-d2-3`,
        `?reportId=${DANUBE}-pp4-p2-report`,
      ]) {
        for (const variant of variants(baseURL!)) {
          for (const method of ["GET", "POST"] as const) {
            const response = await request.fetch(`${url}${query}`, {
              method,
              headers: { ...SWEEP_ADDRESS, "X-File-Name": "report.pdf", ...variant.headers },
              data: method === "POST" ? Buffer.from("%PDF-1.4\n%%EOF\n") : undefined,
              maxRedirects: 0,
            });
            await expectHarmless(response, `${method} ${url}${query}, ${variant.name}`);
          }
        }
      }
    }
    expect(await fingerprint()).toEqual(before);
  });
});
