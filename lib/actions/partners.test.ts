import { describe, expect, it, vi } from "vitest";
import { db } from "@/test/db";
import { createConsortium } from "@/test/factories";
import { sessionMock, signInForTest } from "@/test/session-mock";
import { removePartnerAction, savePartnerAction } from "./partners";

vi.mock("@/lib/auth/session", () => sessionMock);

describe("partners", () => {
  it("making another partner the lead partner keeps exactly one", async () => {
    const { lead, organisations, project } = await createConsortium();
    signInForTest(lead);
    const result = await savePartnerAction({
      projectId: project.id,
      id: project.partnerAId,
      organisationId: organisations.partnerA.id,
      role: "LEAD_PARTNER",
      budgetAmount: "11502",
    });
    expect(result.ok).toBe(true);
    const leads = await db.projectPartner.findMany({ where: { projectId: project.id, role: "LEAD_PARTNER" } });
    expect(leads.map((partner) => partner.id)).toEqual([project.partnerAId]);
    expect(await removePartnerAction({ projectId: project.id, id: project.partnerAId })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
  });
});
