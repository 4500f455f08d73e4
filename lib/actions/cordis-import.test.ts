/**
 * CORDIS import: preview, all-or-nothing import, matching of organisations, and malformed files that change nothing.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/test/db";
import { createConsortium, createOrganisation, createProgramme, type Consortium } from "@/test/factories";
import { snapshotDatabase } from "@/test/db-snapshot";
import { sessionMock, signInForTest } from "@/test/session-mock";
import { importCordisAction, previewCordisImportAction } from "./cordis-import";

vi.mock("@/lib/auth/session", () => sessionMock);

const fixture = (name: string) => readFileSync(path.resolve("test/fixtures/cordis", name), "utf8");
const VALID = { projectCsv: fixture("project.csv"), organizationCsv: fixture("organization.csv") };
const MALFORMED = {
  projectCsv: fixture("project-malformed.csv"),
  organizationCsv: fixture("organization-malformed.csv"),
};

let consortium: Consortium;

beforeAll(async () => {
  consortium = await createConsortium();
  // What the import is to match: an organisation by its name, a programme by its name.
  await createOrganisation(consortium.admin, { name: "Cluj IT Cluster" });
  await createProgramme(consortium.admin, { code: "HORIZON-EUROPE", name: "Horizon Europe" });
});

beforeEach(async () => {
  // Each test starts without what an earlier test imported.
  await db.project.deleteMany({ where: { cordisId: { not: null } } });
  await db.fundingProgramme.deleteMany({ where: { code: "H2020" } });
  await db.auditEvent.deleteMany({
    where: { action: { in: ["project.import", "organisation.import", "programme.import"] } },
  });
  await db.organisation.deleteMany({ where: { cordisOrganisationId: { startsWith: "99911" } } });
  signInForTest(consortium.coordinator);
});

describe("CORDIS import", () => {
  it("previews what will be created and matched, writing nothing", async () => {
    const before = await snapshotDatabase();
    const result = await previewCordisImportAction(VALID);
    expect(await snapshotDatabase()).toEqual(before);
    if (!result.ok) throw new Error(result.error);
    expect(result.data.problems).toEqual([]);
    expect(
      result.data.projects.map((project) => [project.acronym, project.durationMonths, project.partnerCount]),
    ).toEqual([
      ["DIGIBRIDGE", 30, 4],
      ["SKILLWAVE", 30, 2],
    ]);
    const cluj = result.data.organisations.find((organisation) => organisation.name === "CLUJ IT CLUSTER");
    expect(cluj?.existing).toMatchObject({ name: "Cluj IT Cluster", matchedBy: "name" });
    // Varna appears in both projects but is one organisation; Greece's EL becomes ISO's GR.
    expect(
      result.data.organisations.filter((organisation) => organisation.name === "Varna Software Makers"),
    ).toHaveLength(1);
    expect(result.data.organisations.find((organisation) => organisation.name.startsWith("Aristotle"))?.country).toBe(
      "GR",
    );
    expect(result.data.organisations.filter((organisation) => !organisation.existing)).toHaveLength(4);
  });

  it("imports projects, partners and new organisations in one go, and skips them the second time", async () => {
    const result = await importCordisAction(VALID);
    expect(result).toMatchObject({ ok: true, data: { skipped: 0, organisationsCreated: 4 } });
    const project = await db.project.findUniqueOrThrow({
      where: { cordisId: "101990001" },
      include: { programme: true, partners: { include: { organisation: true }, orderBy: { partnerNumber: "asc" } } },
    });
    expect(project).toMatchObject({ acronym: "DIGIBRIDGE", durationMonths: 30, currency: "EUR", status: "RUNNING" });
    expect(project.totalCost.toString()).toBe("1999875.5");
    expect(project.grantAmount.toString()).toBe("1749890");
    expect(project.startDate.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    // The existing Horizon Europe programme, found by its name; H2020 is new.
    expect(project.programme).toMatchObject({ code: "HORIZON-EUROPE", name: "Horizon Europe" });
    expect(project.partners.map((partner) => [partner.partnerNumber, partner.role, partner.organisation.name])).toEqual(
      [
        [1, "LEAD_PARTNER", "Cluj IT Cluster"],
        [2, "PARTNER", "Varna Software Makers"],
        [3, "PARTNER", "Aristotle Test University of Thessaloniki"],
        [4, "ASSOCIATED", "Danube Test Chamber of Commerce"],
      ],
    );
    expect(project.partners[1]!.organisation).toMatchObject({
      country: "BG",
      type: "SME",
      pic: "999110002",
      vatNumber: "BG201234567",
    });
    expect(project.partners[1]!.budgetAmount.toString()).toBe("571428.57");
    const closed = await db.project.findUniqueOrThrow({ where: { cordisId: "101990002" } });
    expect(closed).toMatchObject({ status: "CLOSED", durationMonths: 30 });
    expect(await db.fundingProgramme.findUniqueOrThrow({ where: { id: closed.programmeId } })).toMatchObject({
      code: "H2020",
      name: "Horizon 2020",
      description: null,
    });
    expect(await db.auditEvent.findMany({ where: { action: "programme.import" } })).toMatchObject([
      { actorId: consortium.coordinator.id, entityId: closed.programmeId },
    ]);
    expect(await db.auditEvent.count({ where: { action: "project.import" } })).toBe(2);

    const before = await snapshotDatabase();
    expect(await importCordisAction(VALID)).toEqual({
      ok: true,
      data: { created: [], skipped: 2, organisationsCreated: 0 },
    });
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("lists every malformed row with its line and imports nothing", async () => {
    const preview = await previewCordisImportAction(MALFORMED);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.data.problems.map((problem) => [problem.file, problem.line, problem.code, problem.detail])).toEqual([
      ["organization", 3, "unknownProject", "101990099"],
      ["organization", 4, "badCountry", "XX"],
      ["organization", 4, "badRole", "boss"],
      ["project", 3, "required", "acronym"],
      ["project", 4, "badDate", "startDate"],
      ["project", 5, "columnCount", undefined],
      ["project", 6, "badNumber", "totalCost"],
      ["project", 6, "endBeforeStart", undefined],
    ]);
    const before = await snapshotDatabase();
    expect(await importCordisAction(MALFORMED)).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("refuses an acronym another project already has, and a file without its columns", async () => {
    const acronym = consortium.project.acronym;
    const taken = VALID.projectCsv.replace(";DIGIBRIDGE;", `;${acronym};`);
    const preview = await previewCordisImportAction({ ...VALID, projectCsv: taken });
    expect(preview.ok && preview.data.problems).toEqual([
      { file: "project", line: 2, code: "acronymTaken", detail: acronym },
    ]);
    const noColumns = await previewCordisImportAction({ ...VALID, organizationCsv: "projectID;name\n1;x\n" });
    const missing = noColumns.ok ? noColumns.data.problems.filter((problem) => problem.code === "missingColumn") : [];
    expect(missing).toEqual([
      { file: "organization", line: 1, code: "missingColumn", detail: "country" },
      { file: "organization", line: 1, code: "missingColumn", detail: "role" },
    ]);
    const before = await snapshotDatabase();
    expect(await importCordisAction({ ...VALID, projectCsv: taken })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("is for coordinators and administrators only", async () => {
    const before = await snapshotDatabase();
    for (const user of [consortium.lead, consortium.partnerA, consortium.viewer]) {
      signInForTest(user);
      expect(await previewCordisImportAction(VALID)).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await importCordisAction(VALID)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    signInForTest(null);
    expect(await importCordisAction(VALID)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await db.project.count({ where: { cordisId: { not: null } } })).toBe(0);
    expect(await snapshotDatabase()).toEqual(before);
  });
});
