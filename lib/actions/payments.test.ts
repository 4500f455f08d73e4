import { beforeEach, describe, expect, it, vi } from "vitest";
import { demoUser, seedDemo } from "@/test/db";
import { sessionMock, signInForTest } from "@/test/session-mock";
import { deletePaymentAction } from "./payments";

vi.mock("@/lib/auth/session", () => sessionMock);

const DANUBE = "demo-proj-danube-ict";

beforeEach(seedDemo);

describe("payments", () => {
  it("keeps received payments as history", async () => {
    signInForTest(await demoUser("coordinator@demo.test"));
    expect(await deletePaymentAction({ projectId: DANUBE, id: `${DANUBE}-pay1` })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await deletePaymentAction({ projectId: DANUBE, id: `${DANUBE}-pay4` })).toMatchObject({ ok: true });
  });
});
