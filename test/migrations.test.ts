/**
 * The migrations build the whole schema on an empty database, `migrate status` is clean afterwards, and
 * the schema they build is the one schema.prisma describes (no drift between the two).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { describeSqliteSchema as describeSchema, execSqlite } from "@/scripts/sqlite-schema.mjs";

const prisma = path.resolve("node_modules/.bin/prisma");

function runPrisma(args: string[], databaseFile: string): string {
  return execFileSync(prisma, args, {
    env: { ...process.env, DATABASE_URL: `file:${databaseFile}` },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

describe("migrations", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "consortia-migrations-"));
  const migrated = path.join(folder, "migrated.db");
  const pushed = path.join(folder, "from-schema.db");

  // Both tests read the migrated database; it is built once, before either.
  beforeAll(() => {
    runPrisma(["migrate", "deploy"], migrated);
  });

  it("build the whole schema on an empty database, and status is clean", () => {
    expect(runPrisma(["migrate", "status"], migrated)).toContain("Database schema is up to date!");
    const tables = Object.keys(describeSchema(migrated));
    for (const model of [
      "FundingProgramme",
      "Call",
      "Organisation",
      "Project",
      "ProjectPartner",
      "ReportingPeriod",
      "WorkPackage",
      "Deliverable",
      "Milestone",
      "PartnerReport",
      "StoredFile",
      "BudgetLine",
      "Payment",
      "AuditEvent",
      "User",
      "ProjectMembership",
    ]) {
      expect(tables).toContain(model);
    }
  });

  it("match schema.prisma exactly", () => {
    // The SQL Prisma would write for schema.prisma from scratch, applied to a second database.
    const script = runPrisma(
      ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      pushed,
    );
    execSqlite(pushed, script);
    expect(describeSchema(migrated)).toEqual(describeSchema(pushed));
  });
});
