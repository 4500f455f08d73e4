import { beforeAll, describe, expect, it } from "vitest";
import { db, demoUser, seedDemo } from "@/test/db";
import type { TProjectListFilters } from "@/lib/validation/list-filters";
import { getProjectAccess } from "./access";
import { findProjectFilterOptions, findProjects, getProjectDetail } from "./projects";

const allPages: TProjectListFilters = {
  q: undefined,
  status: undefined,
  programme: undefined,
  country: undefined,
  page: 1,
};
const acronymsFor = async (email: string, filters = allPages) =>
  (await findProjects(await demoUser(email), filters)).items.map((project) => project.acronym).sort();

beforeAll(seedDemo);

describe("which projects each role sees", () => {
  it("admins and coordinators see all three", async () => {
    expect(await acronymsFor("admin@demo.test")).toEqual(["DANUBE ICT", "GREENEDGE", "SMART-BRIDGE"]);
    expect(await acronymsFor("coordinator@demo.test")).toEqual(["DANUBE ICT", "GREENEDGE", "SMART-BRIDGE"]);
  });

  it("a lead sees the projects they are a member of", async () => {
    expect(await acronymsFor("lead@demo.test")).toEqual(["DANUBE ICT"]);
    expect(await acronymsFor("lead2@demo.test")).toEqual(["GREENEDGE", "SMART-BRIDGE"]);
  });

  it("a partner sees the projects of its organisation only", async () => {
    expect(await acronymsFor("partner@demo.test")).toEqual(["DANUBE ICT"]);
    expect(await acronymsFor("partner2@demo.test")).toEqual(["SMART-BRIDGE"]);
  });

  it("a viewer sees the project they were given", async () => {
    expect(await acronymsFor("viewer@demo.test")).toEqual(["DANUBE ICT"]);
  });

  it("archived projects disappear for everyone", async () => {
    await db.project.update({ where: { id: "demo-proj-greenedge" }, data: { archivedAt: new Date() } });
    try {
      expect(await acronymsFor("admin@demo.test")).toEqual(["DANUBE ICT", "SMART-BRIDGE"]);
      expect(await getProjectDetail(await demoUser("admin@demo.test"), "demo-proj-greenedge")).toBeNull();
    } finally {
      await db.project.update({ where: { id: "demo-proj-greenedge" }, data: { archivedAt: null } });
    }
  });
});

describe("project list filters", () => {
  it("searches acronym and title without regard to case", async () => {
    expect(await acronymsFor("admin@demo.test", { ...allPages, q: "edge comput" })).toEqual(["GREENEDGE"]);
  });

  it("filters by status, programme and partner country", async () => {
    expect(await acronymsFor("admin@demo.test", { ...allPages, status: "CLOSED" })).toEqual([]);
    expect(await acronymsFor("admin@demo.test", { ...allPages, programme: "demo-prog-start" })).toEqual(["DANUBE ICT"]);
    expect(await acronymsFor("admin@demo.test", { ...allPages, country: "XK" })).toEqual(["DANUBE ICT"]);
    expect(await acronymsFor("admin@demo.test", { ...allPages, country: "AT" })).toEqual(["GREENEDGE", "SMART-BRIDGE"]);
  });

  it("matches % and _ as themselves, not as wildcards", async () => {
    expect(await acronymsFor("admin@demo.test", { ...allPages, q: "%" })).toEqual([]);
    expect(await acronymsFor("admin@demo.test", { ...allPages, q: "_" })).toEqual([]);
    expect(await acronymsFor("admin@demo.test", { ...allPages, q: "SMART_BRIDGE" })).toEqual([]);
    await db.project.update({ where: { id: "demo-proj-greenedge" }, data: { acronym: "GREEN_EDGE%" } });
    try {
      expect(await acronymsFor("admin@demo.test", { ...allPages, q: "n_edge%" })).toEqual(["GREEN_EDGE%"]);
      expect(await acronymsFor("admin@demo.test", { ...allPages, q: "_" })).toEqual(["GREEN_EDGE%"]);
    } finally {
      await db.project.update({ where: { id: "demo-proj-greenedge" }, data: { acronym: "GREENEDGE" } });
    }
  });

  it("a search cannot reach projects the user may not see", async () => {
    expect(await acronymsFor("partner2@demo.test", { ...allPages, q: "ICT" })).toEqual([]);
  });

  it("pages past the end are empty but still count", async () => {
    const result = await findProjects(await demoUser("admin@demo.test"), { ...allPages, page: 5 });
    expect(result).toMatchObject({ items: [], total: 3, pageCount: 1 });
  });

  it("offers only the filter choices of visible projects", async () => {
    const options = await findProjectFilterOptions(await demoUser("partner2@demo.test"));
    expect(options.programmes.map((programme) => programme.name)).toEqual([
      "Interreg Danube Region Programme 2021–2027",
    ]);
    expect(options.countries).toEqual(["AT", "BG", "MK", "RO", "RS"]);
  });
});

describe("project detail and access", () => {
  it("is absent for a partner of another organisation, and for unknown ids", async () => {
    const partner2 = await demoUser("partner2@demo.test");
    expect(await getProjectDetail(partner2, "demo-proj-danube-ict")).toBeNull();
    expect(await getProjectAccess(partner2, "demo-proj-danube-ict")).toBeNull();
    expect(await getProjectDetail(partner2, "no-such-project")).toBeNull();
  });

  it("lets the lead lead and read every budget", async () => {
    const detail = await getProjectDetail(await demoUser("lead@demo.test"), "demo-proj-danube-ict");
    expect(detail?.access).toMatchObject({ canView: true, isLead: true, canReadAllFunding: true });
    expect(detail?.project.partners.every((partner) => partner.budgetAmount !== null)).toBe(true);
  });

  it("shows a partner its own budget share and hides the others'", async () => {
    const detail = await getProjectDetail(await demoUser("partner@demo.test"), "demo-proj-danube-ict");
    expect(detail?.access).toMatchObject({
      isLead: false,
      canReadAllFunding: false,
      actsForPartnerIds: ["demo-proj-danube-ict-pp2"],
    });
    const visible = detail?.project.partners.filter((partner) => partner.budgetAmount !== null);
    expect(visible?.map((partner) => partner.organisation.name)).toEqual(["Sofia Digital Cluster"]);
  });

  it("lists the work plan in order", async () => {
    const detail = await getProjectDetail(await demoUser("coordinator@demo.test"), "demo-proj-danube-ict");
    expect(detail?.project.workPackages.map((workPackage) => workPackage.number)).toEqual([1, 2, 3, 4]);
    expect(detail?.project.deliverables[0]).toMatchObject({ number: "D1.1", dueMonth: 2 });
    expect(detail?.project.reportingPeriods.map((period) => [period.startMonth, period.endMonth])).toEqual([
      [1, 6],
      [7, 12],
      [13, 18],
    ]);
  });
});
