import { beforeAll, describe, expect, it } from "vitest";
import { demoUser, seedDemo } from "@/test/db";
import { findPortfolio } from "./timeline";

beforeAll(seedDemo);

describe("the portfolio", () => {
  it("groups projects by programme and call, and shows payments only to those who may read funding", async () => {
    const coordinator = await findPortfolio(await demoUser("coordinator@demo.test"), {});
    expect(coordinator.groups.map((group) => `${group.programme.name} / ${group.call?.identifier}`)).toEqual([
      "Danube Region Strategy START / START-2015-2",
      "Horizon Europe / HORIZON-CL4-2025-DIGITAL-01",
      "Interreg Danube Region Programme 2021–2027 / DRP-C2",
    ]);
    expect(coordinator.groups[0]!.projects[0]!.payments).toHaveLength(4);
    const partner = await findPortfolio(await demoUser("partner@demo.test"), {});
    expect(partner.projectCount).toBe(1);
    expect(partner.groups[0]!.projects[0]!.payments).toEqual([]);
    expect((await findPortfolio(await demoUser("coordinator@demo.test"), { country: "MK" })).projectCount).toBe(2);
  });
});
