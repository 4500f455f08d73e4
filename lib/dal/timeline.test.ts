import { describe, expect, it } from "vitest";
import {
  createCall,
  createConsortium,
  createOrganisation,
  createPayment,
  createProgramme,
  createProjectWithPartners,
} from "@/test/factories";
import { findPortfolio } from "./timeline";

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
