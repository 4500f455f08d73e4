import { describe, expect, it, vi } from "vitest";
import { createConsortium, createPayment } from "@/test/factories";
import { sessionMock, signInForTest } from "@/test/session-mock";
import { deletePaymentAction } from "./payments";

vi.mock("@/lib/auth/session", () => sessionMock);

describe("payments", () => {
  it("keeps received payments as history", async () => {
    const consortium = await createConsortium();
    const received = await createPayment(consortium, { plannedDate: "2026-06-30", amount: "1000", received: true });
    const planned = await createPayment(consortium, { plannedDate: "2027-06-30", amount: "2000" });
    signInForTest(consortium.coordinator);
    const projectId = consortium.project.id;
    expect(await deletePaymentAction({ projectId, id: received.id })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await deletePaymentAction({ projectId, id: planned.id })).toMatchObject({ ok: true });
  });
});
