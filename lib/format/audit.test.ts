import { describe, expect, it } from "vitest";
import { describeAuditEvent } from "./audit";

describe("describeAuditEvent", () => {
  it("tells a status change with its comment", () => {
    expect(
      describeAuditEvent({
        action: "deliverable.status",
        before: JSON.stringify({ number: "D2.2", status: "IN_REVIEW" }),
        after: JSON.stringify({ number: "D2.2", status: "SUBMITTED", comment: "Final" }),
      }),
    ).toBe("D2.2: In review → Submitted (“Final”)");
  });

  it("names the record that was created or changed", () => {
    expect(
      describeAuditEvent({ action: "deliverable.create", before: null, after: JSON.stringify({ number: "D1.4" }) }),
    ).toBe("Created deliverable D1.4");
    expect(
      describeAuditEvent({
        action: "work-package.update",
        before: null,
        after: JSON.stringify({ number: 2, title: "Skills" }),
      }),
    ).toBe("Changed work package 2");
  });

  it("survives a snapshot that is not JSON", () => {
    expect(describeAuditEvent({ action: "project.update", before: "{oops", after: null })).toBe("Changed project");
  });
});
