import { beforeAll, describe, expect, it } from "vitest";
import { demoUser, seedDemo } from "@/test/db";
import { findDueNext, findMyProjects } from "./dashboard";

const utc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

beforeAll(seedDemo);

describe("findDueNext", () => {
  it("shows a partner only what its own organisation owes: its deliverables and unsubmitted reports", async () => {
    const items = await findDueNext(await demoUser("partner@demo.test"), 50, utc("2026-11-24"));
    // Sofia Digital Cluster's P1 report was accepted; P2 and P3 are still owed.
    expect(items.map((item) => item.label)).toEqual(["D2.2", "D2.3", "P2", "P3"]);
    expect(items.every((item) => item.projectAcronym === "DANUBE ICT")).toBe(true);
    // Data, not text: the page words it in the reader's language.
    expect(items.find((item) => item.label === "P2")).toMatchObject({
      kind: "report",
      title: null,
      report: { periodNumber: 2 },
      dueDate: utc("2017-01-29"),
      isOverdue: true,
    });
  });

  it("derives due dates from the project start and marks overdue items", async () => {
    const [first] = await findDueNext(await demoUser("partner@demo.test"), 1, utc("2026-11-24"));
    expect(first).toMatchObject({ label: "D2.2", dueMonth: 8, dueDate: utc("2016-07-31"), isOverdue: true });
  });

  it("gives a lead the open deliverables and milestones of their projects, earliest first", async () => {
    const items = await findDueNext(await demoUser("lead@demo.test"), 50, utc("2026-11-24"));
    expect(new Set(items.map((item) => item.projectAcronym))).toEqual(new Set(["DANUBE ICT"]));
    expect(items.map((item) => item.label)).toContain("MS2");
    expect(items.map((item) => item.label)).not.toContain("D1.1"); // approved
    expect(items.map((item) => item.label)).not.toContain("MS1"); // reached
    const times = items.map((item) => item.dueDate.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("looks three months ahead and no further", async () => {
    // SMART-BRIDGE started in January 2025: on 10 Jan 2027 it is in M25, so M28 is the horizon (MS3 is M29).
    const items = await findDueNext(await demoUser("lead2@demo.test"), 50, utc("2027-01-10"));
    const bridge = items.filter((item) => item.projectAcronym === "SMART-BRIDGE");
    expect(bridge.map((item) => item.label).sort()).toEqual(["D2.3", "D3.1", "D3.2", "D3.3", "D4.2", "MS2", "P4"]);
    expect(
      bridge
        .filter((item) => item.isOverdue)
        .map((item) => item.label)
        .sort(),
    ).toEqual(["D2.3", "D3.1", "D4.2", "MS2"]);
  });

  it("respects the limit", async () => {
    expect(await findDueNext(await demoUser("admin@demo.test"), 3, utc("2026-11-24"))).toHaveLength(3);
  });

  it("with any limit, gives exactly the start of the whole list across projects of different start dates", async () => {
    const admin = await demoUser("admin@demo.test");
    for (const today of [utc("2016-06-01"), utc("2026-11-24"), utc("2027-01-10")]) {
      const whole = (await findDueNext(admin, 1000, today)).map(
        (item) => `${item.dueDate.toISOString()} ${item.label}`,
      );
      expect(whole.length).toBeGreaterThan(5);
      for (const limit of [1, 2, 3, 5, 8, 13, 21]) {
        const limited = (await findDueNext(admin, limit, today)).map(
          (item) => `${item.dueDate.toISOString()} ${item.label}`,
        );
        expect(limited, `${limit} on ${today.toISOString()}`).toEqual(whole.slice(0, limit));
      }
    }
  });
});

describe("findMyProjects", () => {
  it("lists visible projects, newest first", async () => {
    const projects = await findMyProjects(await demoUser("coordinator@demo.test"));
    expect(projects.map((project) => project.acronym)).toEqual(["GREENEDGE", "SMART-BRIDGE", "DANUBE ICT"]);
  });
});
