/**
 * The lists of projects, deliverables, organisations and partners are reads: on SQLite (in WAL mode) they go on
 * while another connection (a second app instance, the reminder job, a backup restore) holds the write lock, instead
 * of queueing behind it as a transaction would.
 */
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findProjectDeliverables } from "@/lib/dal/deliverables";
import { findOrganisations } from "@/lib/dal/organisations";
import { searchPartners } from "@/lib/dal/partner-search";
import { findProjectFilterOptions, findProjects } from "@/lib/dal/projects";
import { isPostgresUrl } from "@/lib/db/postgres-url";
import { sqliteFilePath } from "@/lib/db/sqlite-url";
import { createConsortium, createDeliverable, type Consortium } from "@/test/factories";

const onSqlite = !isPostgresUrl(process.env.DATABASE_URL!);

describe.runIf(onSqlite)("a list, while another connection writes", () => {
  let consortium: Consortium;
  let writer: Database.Database;

  beforeAll(async () => {
    consortium = await createConsortium();
    await createDeliverable(consortium, { number: "D1.1", responsiblePartnerId: consortium.project.partnerAId });
    writer = new Database(sqliteFilePath(process.env.DATABASE_URL!));
    writer.prepare("BEGIN IMMEDIATE").run();
  });

  afterAll(() => {
    writer.prepare("ROLLBACK").run();
    writer.close();
  });

  it("is read without waiting for the write lock", async () => {
    const { lead, project } = consortium;
    const [deliverables, projects, options, organisations, partners] = await Promise.all([
      findProjectDeliverables(lead, project.id, {}),
      findProjects(lead, { page: 1 }),
      findProjectFilterOptions(lead),
      findOrganisations({ page: 1 }),
      searchPartners(consortium.coordinator, { page: 1 }),
    ]);
    // A read that queued behind the writer would wait out the busy timeout (5 s) and then fail: none did.
    expect(deliverables.total).toBe(1);
    expect(projects.items.map((item) => item.id)).toContain(project.id);
    expect(options.programmes.length).toBeGreaterThan(0);
    expect(organisations.total).toBeGreaterThanOrEqual(3);
    expect(partners.total).toBeGreaterThanOrEqual(3);
  }, 30_000);
});
