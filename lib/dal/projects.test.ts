import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/test/db";
import { countsStatements, statementsOf, wholeTableReadsOf } from "@/test/statement-count";
import {
  createConsortium,
  createDeliverable,
  createOrganisation,
  createProjectWithPartners,
  createWorkPackage,
  moveDeliverable,
  unique,
  type Consortium,
} from "@/test/factories";
import type { SessionUser } from "@/lib/access/permissions";
import type { TProjectListFilters } from "@/lib/validation/list-filters";
import { getProjectAccess } from "./access";
import { findProjectFilterOptions, findProjects, getProjectDetail, PROJECT_PAGE_DELIVERABLES } from "./projects";

const allPages: TProjectListFilters = {
  q: undefined,
  status: undefined,
  programme: undefined,
  country: undefined,
  page: 1,
};
const acronymsFor = async (user: SessionUser, filters = allPages) =>
  (await findProjects(user, filters)).items.map((project) => project.acronym).sort();

/** RIVER ICT, with partners in Romania, Kosovo and Serbia. */
let river: Consortium;
/** SMART-BRIDGE, with partners in Austria, Bulgaria and North Macedonia. */
let bridge: Consortium;
/** GREENEDGE: the lead organisation of SMART-BRIDGE (Austria) with a Romanian one, led by the same lead. */
let greenEdgeId: string;

beforeAll(async () => {
  [river, bridge] = await Promise.all([
    createConsortium({ acronym: "RIVER ICT", title: "Digital river corridor", countries: ["RO", "XK", "RS"] }),
    createConsortium({ acronym: "SMART-BRIDGE", title: "Smart bridges", countries: ["AT", "BG", "MK"] }),
  ]);
  const romanian = await createOrganisation(bridge.admin, { country: "RO" });
  ({ id: greenEdgeId } = await createProjectWithPartners(
    bridge.admin,
    [{ organisationId: bridge.organisations.lead.id }, { organisationId: romanian.id }],
    { acronym: "GREENEDGE", title: "Green edge computing", leadUserId: bridge.lead.id },
  ));
  for (const number of [2, 3, 4]) await createWorkPackage(river.lead, river.project.id, number);
  await createDeliverable(river, { number: "D1.2", responsiblePartnerId: river.project.partnerAId, dueMonth: 5 });
  await createDeliverable(river, { number: "D1.1", responsiblePartnerId: river.project.partnerAId, dueMonth: 2 });
});

describe("which projects each role sees", () => {
  it("admins and coordinators see all three", async () => {
    expect(await acronymsFor(river.admin)).toEqual(["GREENEDGE", "RIVER ICT", "SMART-BRIDGE"]);
    expect(await acronymsFor(river.coordinator)).toEqual(["GREENEDGE", "RIVER ICT", "SMART-BRIDGE"]);
  });

  it("a lead sees the projects they are a member of", async () => {
    expect(await acronymsFor(river.lead)).toEqual(["RIVER ICT"]);
    expect(await acronymsFor(bridge.lead)).toEqual(["GREENEDGE", "SMART-BRIDGE"]);
  });

  it("a partner sees the projects of its organisation only", async () => {
    expect(await acronymsFor(river.partnerA)).toEqual(["RIVER ICT"]);
    expect(await acronymsFor(bridge.partnerA)).toEqual(["SMART-BRIDGE"]);
  });

  it("a viewer sees the project they were given", async () => {
    expect(await acronymsFor(river.viewer)).toEqual(["RIVER ICT"]);
  });

  it("archived projects disappear for everyone", async () => {
    await db.project.update({ where: { id: greenEdgeId }, data: { archivedAt: new Date() } });
    try {
      expect(await acronymsFor(river.admin)).toEqual(["RIVER ICT", "SMART-BRIDGE"]);
      expect(await getProjectDetail(river.admin, greenEdgeId)).toBeNull();
    } finally {
      await db.project.update({ where: { id: greenEdgeId }, data: { archivedAt: null } });
    }
  });
});

describe("project list filters", () => {
  it("searches acronym and title without regard to case", async () => {
    expect(await acronymsFor(river.admin, { ...allPages, q: "edge comput" })).toEqual(["GREENEDGE"]);
  });

  it("filters by status, programme and partner country", async () => {
    expect(await acronymsFor(river.admin, { ...allPages, status: "CLOSED" })).toEqual([]);
    expect(await acronymsFor(river.admin, { ...allPages, programme: river.project.programmeId })).toEqual([
      "RIVER ICT",
    ]);
    expect(await acronymsFor(river.admin, { ...allPages, country: "XK" })).toEqual(["RIVER ICT"]);
    expect(await acronymsFor(river.admin, { ...allPages, country: "AT" })).toEqual(["GREENEDGE", "SMART-BRIDGE"]);
  });

  it("matches % and _ as themselves, not as wildcards", async () => {
    expect(await acronymsFor(river.admin, { ...allPages, q: "%" })).toEqual([]);
    expect(await acronymsFor(river.admin, { ...allPages, q: "_" })).toEqual([]);
    expect(await acronymsFor(river.admin, { ...allPages, q: "SMART_BRIDGE" })).toEqual([]);
    await db.project.update({ where: { id: greenEdgeId }, data: { acronym: "GREEN_EDGE%" } });
    try {
      expect(await acronymsFor(river.admin, { ...allPages, q: "n_edge%" })).toEqual(["GREEN_EDGE%"]);
      expect(await acronymsFor(river.admin, { ...allPages, q: "_" })).toEqual(["GREEN_EDGE%"]);
    } finally {
      await db.project.update({ where: { id: greenEdgeId }, data: { acronym: "GREENEDGE" } });
    }
  });

  it("a search cannot reach projects the user may not see", async () => {
    expect(await acronymsFor(bridge.partnerA, { ...allPages, q: "ICT" })).toEqual([]);
  });

  it("pages past the end are empty but still count", async () => {
    const result = await findProjects(river.admin, { ...allPages, page: 5 });
    expect(result).toMatchObject({ items: [], total: 3, pageCount: 1 });
  });

  it("counts each listed project's partners", async () => {
    const { items } = await findProjects(river.admin, allPages);
    expect(Object.fromEntries(items.map((project) => [project.acronym, project.partnerCount]))).toEqual({
      "RIVER ICT": 3,
      "SMART-BRIDGE": 3,
      GREENEDGE: 2,
    });
  });

  it.runIf(countsStatements)("counts the partners of the page's projects only, not of every project", async () => {
    expect(await wholeTableReadsOf(() => findProjects(river.admin, allPages))).not.toContain("ProjectPartner");
  });

  it("offers only the filter choices of visible projects", async () => {
    const options = await findProjectFilterOptions(bridge.partnerA);
    const programme = await db.fundingProgramme.findUniqueOrThrow({ where: { id: bridge.project.programmeId } });
    expect(options.programmes.map((option) => option.name)).toEqual([programme.name]);
    expect(options.countries).toEqual(["AT", "BG", "MK"]);
  });
});

describe("project detail and access", () => {
  it("is absent for a partner of another organisation, and for unknown ids", async () => {
    expect(await getProjectDetail(bridge.partnerA, river.project.id)).toBeNull();
    expect(await getProjectAccess(bridge.partnerA, river.project.id)).toBeNull();
    expect(await getProjectDetail(bridge.partnerA, "no-such-project")).toBeNull();
  });

  it("lets the lead lead and read every budget", async () => {
    const detail = await getProjectDetail(river.lead, river.project.id);
    expect(detail?.access).toMatchObject({ canView: true, isLead: true, canReadAllFunding: true });
    expect(detail?.project.partners.every((partner) => partner.budgetAmount !== null)).toBe(true);
  });

  it("shows a partner its own budget share and hides the others'", async () => {
    const detail = await getProjectDetail(river.partnerA, river.project.id);
    expect(detail?.access).toMatchObject({
      isLead: false,
      canReadAllFunding: false,
      actsForPartnerIds: [river.project.partnerAId],
    });
    const visible = detail?.project.partners.filter((partner) => partner.budgetAmount !== null);
    expect(visible?.map((partner) => partner.organisation.name)).toEqual([river.organisations.partnerA.name]);
  });

  it("lists the work plan in order", async () => {
    const detail = await getProjectDetail(river.coordinator, river.project.id);
    expect(detail?.project.workPackages.map((workPackage) => workPackage.number)).toEqual([1, 2, 3, 4]);
    expect(detail?.project.deliverables[0]).toMatchObject({ number: "D1.1", dueMonth: 2 });
    expect(detail?.project.reportingPeriods.map((period) => [period.startMonth, period.endMonth])).toEqual([
      [1, 12],
      [13, 24],
    ]);
  });

  it("lists every deliverable of an ordinary project, with no summary", async () => {
    const detail = await getProjectDetail(river.lead, river.project.id);
    expect(detail?.project.deliverableSummary).toBeNull();
    expect(detail?.project.deliverables.map((deliverable) => deliverable.number)).toEqual(["D1.1", "D1.2"]);
  });

  it("shows a large project's counts by status and only its next ten open deliverables", async () => {
    const large = await createConsortium({ acronym: `LARGE ${unique()}` });
    const count = PROJECT_PAGE_DELIVERABLES + 1;
    for (let index = 1; index <= count; index++) {
      await createDeliverable(large, {
        number: `D1.${index}`,
        responsiblePartnerId: large.project.partnerAId,
        dueMonth: 1 + (index % 24),
      });
    }
    // The two earliest (M1) are approved: they are counted, not listed.
    const early = await db.deliverable.findMany({ where: { projectId: large.project.id, dueMonth: 1 }, take: 2 });
    for (const deliverable of early) {
      await moveDeliverable(large.lead, deliverable, ["DRAFT", "IN_REVIEW", "SUBMITTED", "APPROVED"], {
        lateJustification: "Delayed by the kick-off meeting.",
      });
    }
    const detail = await getProjectDetail(large.lead, large.project.id);
    expect(detail?.project.deliverableSummary).toEqual({
      total: count,
      byStatus: { PENDING: count - early.length, APPROVED: early.length },
    });
    const listed = detail?.project.deliverables ?? [];
    expect(listed).toHaveLength(10);
    expect(listed.every((deliverable) => deliverable.status === "PENDING")).toBe(true);
    expect(listed.map((deliverable) => deliverable.dueMonth)).toEqual(
      [...listed.map((deliverable) => deliverable.dueMonth)].sort((a, b) => a - b),
    );
  });

  it("names each deliverable's responsible partner and each work package's lead from the project's partners", async () => {
    const consortium = await createConsortium({ acronym: `NAMES ${unique()}` });
    await createDeliverable(consortium, { number: "D1.1", responsiblePartnerId: consortium.project.partnerBId });
    await db.workPackage.update({
      where: { id: consortium.project.workPackageId },
      data: { leadPartnerId: consortium.project.partnerAId },
    });
    const detail = await getProjectDetail(consortium.lead, consortium.project.id);
    const partnerB = detail?.project.partners.find((partner) => partner.id === consortium.project.partnerBId);
    expect(detail?.project.deliverables[0]?.responsiblePartner.organisation.name).toBe(partnerB?.organisation.name);
    const partnerA = detail?.project.partners.find((partner) => partner.id === consortium.project.partnerAId);
    expect(detail?.project.workPackages[0]?.leadPartner?.organisation.name).toBe(partnerA?.organisation.name);
    expect(partnerA?.organisation.name).not.toBe(partnerB?.organisation.name);
  });

  it.runIf(countsStatements)("reads no table whole, so other projects' rows cost it nothing", async () => {
    expect(await wholeTableReadsOf(() => getProjectDetail(river.lead, river.project.id))).toEqual([]);
  });

  it.runIf(countsStatements)("takes as many statements for three deliverables as for thirty", async () => {
    const consortium = await createConsortium({ acronym: `STATEMENTS ${unique()}` });
    const add = async (from: number, to: number) => {
      for (let index = from; index <= to; index++)
        await createDeliverable(consortium, {
          number: `D1.${index}`,
          responsiblePartnerId: index % 2 ? consortium.project.partnerAId : consortium.project.partnerBId,
        });
    };
    await add(1, 3);
    const forThree = await statementsOf(() => getProjectDetail(consortium.lead, consortium.project.id));
    await add(4, 30);
    const forThirty = await statementsOf(() => getProjectDetail(consortium.lead, consortium.project.id));
    expect(forThirty).toBe(forThree);
    // Access (3), the project with its programme, call, partners, organisations, periods, work packages and
    // milestones (8), the deliverables counted by status (1), the deliverables with their work package (2):
    // partners are named from those loaded once.
    expect(forThirty).toBeLessThanOrEqual(14);
  });
});
