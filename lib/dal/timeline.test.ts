import { describe, expect, it } from "vitest";
import {
  createCall,
  createConsortium,
  createDeliverable,
  createMilestone,
  createOrganisation,
  createPayment,
  createProgramme,
  createProjectWithPartners,
} from "@/test/factories";
import { db } from "@/test/db";
import { GANTT_PAGE_SIZE } from "@/lib/validation/timeline";
import { findPortfolio, getProjectTimeline } from "./timeline";

describe("the portfolio", () => {
  it("groups projects by programme and call, and shows payments only to those who may read funding", async () => {
    const consortium = await createConsortium({ startDate: "2025-01-01" });
    const { admin, coordinator, partnerA, project } = consortium;
    const call = await createCall(admin, project.programmeId);
    const macedonian = await createOrganisation(admin, { country: "MK" });
    const later = await createProjectWithPartners(admin, [{ organisationId: macedonian.id }], {
      programmeId: project.programmeId,
      callId: call.id,
      startDate: "2026-06-01",
    });
    const otherProgramme = await createProgramme(admin, { name: `Second programme ${project.acronym}` });
    const other = await createProjectWithPartners(admin, [{ organisationId: macedonian.id }], {
      programmeId: otherProgramme.id,
    });
    await createPayment(consortium, { plannedDate: "2025-06-30", amount: "1000", received: true });
    await createPayment(consortium, { plannedDate: "2026-06-30", amount: "2000" });

    const portfolio = await findPortfolio(coordinator, {});
    expect(portfolio.groups.map((group) => group.projects.map((row) => row.acronym))).toEqual([
      [project.acronym],
      [later.acronym],
      [other.acronym],
    ]);
    expect(portfolio.groups.map((group) => [group.programme.id, group.call?.identifier])).toEqual([
      [project.programmeId, undefined],
      [project.programmeId, call.identifier],
      [otherProgramme.id, undefined],
    ]);
    expect(portfolio.groups[0]!.projects[0]!.payments).toHaveLength(2);
    const partner = await findPortfolio(partnerA, {});
    expect(partner.projectCount).toBe(1);
    expect(partner.groups[0]!.projects[0]!.payments).toEqual([]);
    expect((await findPortfolio(coordinator, { country: "MK" })).projectCount).toBe(2);
  });
});

describe("a project's timeline, filtered on the server", () => {
  it("shows the deliverables and milestones that match, and every work package and period as context", async () => {
    const consortium = await createConsortium({ startDate: "2026-01-01" });
    const { lead, project } = consortium;
    await createDeliverable(consortium, { number: "D1.1", responsiblePartnerId: project.partnerAId, dueMonth: 2 });
    await createDeliverable(consortium, { number: "D1.2", responsiblePartnerId: project.partnerBId, dueMonth: 3 });
    await createDeliverable(consortium, { number: "D1.3", responsiblePartnerId: project.partnerAId, dueMonth: 20 });
    await createMilestone(consortium, { number: 1, dueMonth: 2 });
    const today = new Date("2026-06-15T00:00:00Z");
    const numbers = async (filters: Parameters<typeof getProjectTimeline>[2]) => {
      const { project: shown, isFiltered } = await getProjectTimeline(lead, project.id, filters, today);
      expect(shown.workPackages).toHaveLength(1);
      expect(shown.reportingPeriods.length).toBeGreaterThan(0);
      return {
        deliverables: shown.deliverables.map((row) => row.number),
        milestones: shown.milestones.length,
        isFiltered,
      };
    };

    expect(await numbers({})).toEqual({ deliverables: ["D1.1", "D1.2", "D1.3"], milestones: 1, isFiltered: false });
    expect(await numbers({ partner: project.partnerAId })).toEqual({
      deliverables: ["D1.1", "D1.3"],
      milestones: 0,
      isFiltered: true,
    });
    // Due in months 2 and 3, which ended before 15 June, and still open: overdue; M20 is not.
    expect(await numbers({ overdue: "1" })).toEqual({
      deliverables: ["D1.1", "D1.2"],
      milestones: 1,
      isFiltered: true,
    });
    expect(await numbers({ wp: project.workPackageId, status: "APPROVED" })).toEqual({
      deliverables: [],
      milestones: 0,
      isFiltered: true,
    });
  });

  it("loads one page of a long plan's rows at a time, in the plan's order, with the counts of all", async () => {
    const consortium = await createConsortium({ startDate: "2026-01-01" });
    const { lead, project } = consortium;
    await db.deliverable.createMany({
      data: Array.from({ length: GANTT_PAGE_SIZE + 20 }, (_, index) => ({
        projectId: project.id,
        workPackageId: project.workPackageId,
        number: `D1.${index + 1}`,
        title: `Deliverable D1.${index + 1}`,
        responsiblePartnerId: index % 2 ? project.partnerAId : project.partnerBId,
        type: "R" as const,
        dissemination: "PU" as const,
        dueMonth: index + 1,
      })),
    });
    await createMilestone(consortium, { number: 1, dueMonth: 2 });
    await createMilestone(consortium, { number: 2, dueMonth: 9 });
    const today = new Date("2026-06-15T00:00:00Z");
    const all = await getProjectTimeline(lead, project.id, {}, today);
    const contextRows = all.project.reportingPeriods.length + all.project.workPackages.length;
    const total = contextRows + GANTT_PAGE_SIZE + 20 + 2;
    expect(all.rows).toMatchObject({ pageCount: 1, total });
    expect(all.project.deliverables).toHaveLength(GANTT_PAGE_SIZE + 20);

    const numbersOf = (shown: typeof all) => [
      ...shown.project.reportingPeriods.map((period) => `P${period.number}`),
      ...shown.project.workPackages.map((workPackage) => `WP${workPackage.number}`),
      ...shown.project.deliverables.map((deliverable) => deliverable.number),
      ...shown.project.milestones.map((milestone) => `MS${milestone.number}`),
    ];
    const first = await getProjectTimeline(lead, project.id, {}, today, { page: 1 });
    const second = await getProjectTimeline(lead, project.id, {}, today, { page: 2 });
    expect(first.rows).toMatchObject({ page: 1, pageCount: 2, first: 1, last: GANTT_PAGE_SIZE, total });
    expect(second.rows).toMatchObject({ page: 2, first: GANTT_PAGE_SIZE + 1, last: total });
    expect([...numbersOf(first), ...numbersOf(second)]).toEqual(numbersOf(all));
    expect(numbersOf(first)).toHaveLength(GANTT_PAGE_SIZE);
    // Every work package stays offered to the filter, and the count says how many items match in all.
    expect(second.workPackages).toHaveLength(all.project.workPackages.length);
    expect(second.matched).toBe(GANTT_PAGE_SIZE + 22);

    // A filter pages what matches: the partner's half of the deliverables fits on one page, milestones leave.
    const partnerA = await getProjectTimeline(lead, project.id, { partner: project.partnerAId }, today, { page: 2 });
    expect(partnerA.rows).toMatchObject({ page: 1, pageCount: 1 });
    expect(partnerA.project.deliverables).toHaveLength((GANTT_PAGE_SIZE + 20) / 2);
    expect(partnerA.project.milestones).toEqual([]);
    expect(partnerA.matched).toBe((GANTT_PAGE_SIZE + 20) / 2);
  });
});
