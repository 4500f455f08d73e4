import { describe, expect, it } from "vitest";
import { actionBodyProblem, MAX_ACTION_BODY_DEPTH } from "./action-body";

describe("actionBodyProblem", () => {
  it("lets through what React encodes for plain form values", () => {
    const body = JSON.stringify([
      {
        projectId: "p1",
        amount: "12.50",
        note: "$$ costs",
        when: "$D2026-01-01T00:00:00.000Z",
        missing: "$undefined",
        list: [1, "$0:list"],
      },
    ]);
    expect(actionBodyProblem(body)).toBeNull();
    expect(actionBodyProblem("[]")).toBeNull();
  });

  it("refuses what Next.js cannot decode", () => {
    expect(actionBodyProblem("[{")).toBe("The request could not be read.");
    expect(actionBodyProblem('{"a":1}')).toBe("The request could not be read.");
    for (const tag of ["$@1", "$Q1", "$K1", "$W2", "$B3", "$h1", "$T", "$R1", "$1", "$a"]) {
      expect(actionBodyProblem(JSON.stringify([{ field: tag }]))).toBe("The request could not be read.");
    }
  });

  it(`refuses bodies nested more than ${MAX_ACTION_BODY_DEPTH} levels deep`, () => {
    expect(actionBodyProblem("[".repeat(5000) + "]".repeat(5000))).toBe("The request is nested too deeply.");
    expect(actionBodyProblem("[".repeat(MAX_ACTION_BODY_DEPTH) + "]".repeat(MAX_ACTION_BODY_DEPTH))).toBeNull();
  });
});
