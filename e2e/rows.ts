/**
 * Gives an end-to-end test rows of its own: runs a scenario of e2e/scenarios.ts against the database of the server
 * the test talks to. The factories run in a process of their own (as the app's scripts do), not in the test's.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { test } from "@playwright/test";
import type * as scenarios from "./scenarios";
import { e2eDatabaseUrl } from "./servers";

type Scenarios = typeof scenarios;

export async function createRows<Name extends keyof Scenarios>(
  name: Name,
): Promise<Awaited<ReturnType<Scenarios[Name]>>> {
  const { stdout } = await promisify(execFile)(
    path.resolve("node_modules/.bin/tsx"),
    ["--conditions=react-server", "e2e/make-rows.ts", name],
    { env: { ...process.env, DATABASE_URL: e2eDatabaseUrl(test.info().parallelIndex) } },
  );
  return JSON.parse(stdout);
}
