/**
 * The migration that gave reports and deliverables several documents turns the files uploaded before it into
 * one document per distinct file name, with the versions numbered again within each document.
 */
import Database from "better-sqlite3";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyMigrations, execSqlite } from "@/scripts/sqlite-schema.mjs";

const MIGRATIONS = "prisma/migrations";
const DOCUMENTS = readdirSync(MIGRATIONS).find((name) => name.endsWith("_documents"))!;

describe("the documents migration", () => {
  it("makes one document per distinct file name and numbers its versions from 1", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "consortia-documents-")), "before.db");
    applyMigrations(file, MIGRATIONS, DOCUMENTS);
    const before = new Database(file);
    // Only the files matter here: their owners and uploaders are left out.
    before.pragma("foreign_keys = OFF");
    const insert = before.prepare(
      `INSERT INTO "StoredFile" ("id", "storageKey", "originalName", "mimeType", "sizeBytes", "sha256", "versionNumber", "isFrozen", "uploadedById", "deliverableId", "partnerReportId")
       VALUES (?, ?, ?, 'application/pdf', 10, 'hash', ?, ?, 'user', ?, ?)`,
    );
    insert.run("f1", "k1", "activity-report.pdf", 1, 0, null, "report-1");
    insert.run("f2", "k2", "financial-statement.pdf", 2, 0, null, "report-1");
    insert.run("f3", "k3", "activity-report.pdf", 3, 1, null, "report-1");
    insert.run("f4", "k4", "activity-report.pdf", 1, 0, null, "report-2");
    insert.run("f5", "k5", "d1.pdf", 1, 1, "deliverable-1", null);
    before.close();

    const migration = readFileSync(path.join(MIGRATIONS, DOCUMENTS, "migration.sql"), "utf8");
    execSqlite(file, `PRAGMA foreign_keys = OFF;\n${migration}`);

    const after = new Database(file, { readonly: true });
    const documents = after
      .prepare(`SELECT "id", "title", "type", "deliverableId", "partnerReportId" FROM "Document" ORDER BY "id"`)
      .all();
    const files = after
      .prepare(
        `SELECT f."id", f."versionNumber", f."isFrozen", d."title", d."partnerReportId", d."deliverableId"
         FROM "StoredFile" f JOIN "Document" d ON d."id" = f."documentId" ORDER BY f."id"`,
      )
      .all();
    after.close();

    expect(documents).toEqual([
      { id: "doc-f1", title: "activity-report.pdf", type: "OTHER", deliverableId: null, partnerReportId: "report-1" },
      {
        id: "doc-f2",
        title: "financial-statement.pdf",
        type: "OTHER",
        deliverableId: null,
        partnerReportId: "report-1",
      },
      { id: "doc-f4", title: "activity-report.pdf", type: "OTHER", deliverableId: null, partnerReportId: "report-2" },
      { id: "doc-f5", title: "d1.pdf", type: "OTHER", deliverableId: "deliverable-1", partnerReportId: null },
    ]);
    expect(files).toEqual([
      {
        id: "f1",
        versionNumber: 1,
        isFrozen: 0,
        title: "activity-report.pdf",
        partnerReportId: "report-1",
        deliverableId: null,
      },
      {
        id: "f2",
        versionNumber: 1,
        isFrozen: 0,
        title: "financial-statement.pdf",
        partnerReportId: "report-1",
        deliverableId: null,
      },
      {
        id: "f3",
        versionNumber: 2,
        isFrozen: 1,
        title: "activity-report.pdf",
        partnerReportId: "report-1",
        deliverableId: null,
      },
      {
        id: "f4",
        versionNumber: 1,
        isFrozen: 0,
        title: "activity-report.pdf",
        partnerReportId: "report-2",
        deliverableId: null,
      },
      {
        id: "f5",
        versionNumber: 1,
        isFrozen: 1,
        title: "d1.pdf",
        partnerReportId: null,
        deliverableId: "deliverable-1",
      },
    ]);
  });
});
