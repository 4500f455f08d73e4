import { describe, expect, it } from "vitest";
import type { Deadline } from "@/lib/dal/deadlines";
import { composeDigest, MAX_LINES_PER_SECTION } from "./digest";

const deadline = (index: number): Deadline => ({
  kind: "DELIVERABLE",
  id: `d${index}`,
  projectId: "p",
  acronym: "DANUBE ICT",
  number: `D1.${index}`,
  title: `Report ${index}`,
  reportType: null,
  dueDate: new Date(Date.UTC(2016, 0, 31)),
  done: false,
  href: `/projects/p/deliverables/d${index}`,
  updatedAt: new Date(),
});

describe("composeDigest", () => {
  it("lists each deadline with its link, most pressing section first", () => {
    const { subject, body } = composeDigest({
      name: "Luca",
      locale: "en",
      appUrl: "https://example.org/",
      entries: [
        { deadline: deadline(1), kind: "DUE_IN_7_DAYS" },
        { deadline: deadline(2), kind: "OVERDUE" },
      ],
    });
    expect(subject).toBe("Consortia: 2 deadlines need your attention");
    expect(body.indexOf("Overdue (1)")).toBeLessThan(body.indexOf("Due within 7 days (1)"));
    expect(body).toContain(
      "- DANUBE ICT · D1.2 Report 2 · due 31 Jan 2016\n  https://example.org/projects/p/deliverables/d2",
    );
  });

  it("keeps a long section short and points to the dashboard for the rest", () => {
    const entries = Array.from({ length: MAX_LINES_PER_SECTION + 5 }, (_, index) => ({
      deadline: deadline(index),
      kind: "OVERDUE" as const,
    }));
    const { body } = composeDigest({ name: "Corina", locale: "en", appUrl: "https://example.org", entries });
    expect(body).toContain(`Overdue (${MAX_LINES_PER_SECTION + 5})`);
    expect(body.match(/^- DANUBE ICT/gm)).toHaveLength(MAX_LINES_PER_SECTION);
    expect(body).toContain("- …and 5 more: https://example.org/dashboard");
  });
});
