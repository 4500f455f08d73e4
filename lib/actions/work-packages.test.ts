import { describe, expect, it, vi } from "vitest";
import { createConsortium } from "@/test/factories";
import { sessionMock, signInForTest } from "@/test/session-mock";
import { saveWorkPackageAction } from "./work-packages";

vi.mock("@/lib/auth/session", () => sessionMock);

describe("work packages", () => {
  it("the lead cannot plan a work package ending before it starts", async () => {
    const { lead, project } = await createConsortium();
    signInForTest(lead);
    const result = await saveWorkPackageAction({
      projectId: project.id,
      number: 5,
      title: "Backwards",
      startMonth: 9,
      endMonth: 2,
    });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { endMonth: ["The end month is on or after the start month."] },
    });
  });
});
