import { describe, expect, it } from "vitest";
import { db } from "@/test/db";
import { createAdmin, createOrganisation } from "@/test/factories";
import { createPrismaClient } from "./client";
import { compiledPlanCount, RecentPlans } from "./query-plans";

/** How many plans Prisma compiled while `run` ran. */
async function compilationsOf(run: () => Promise<unknown>): Promise<number> {
  const before = compiledPlanCount();
  await run();
  return compiledPlanCount() - before;
}

describe("query plans", () => {
  it("compiles a read once and runs its plan again on fresh data", async () => {
    const admin = await createAdmin();
    const organisation = await createOrganisation(admin, { name: "Plan Cluster" });
    const read = () => db.organisation.findFirst({ where: { id: organisation.id }, select: { name: true } });

    expect(await compilationsOf(read)).toBe(1);
    await db.organisation.update({ where: { id: organisation.id }, data: { name: "Renamed Cluster" } });
    let again: Awaited<ReturnType<typeof read>> = null;
    expect(await compilationsOf(async () => (again = await read()))).toBe(0);
    expect(again).toEqual({ name: "Renamed Cluster" });
  });

  it("compiles the same read with other values anew, and answers for those values", async () => {
    const admin = await createAdmin();
    const first = await createOrganisation(admin, { name: "First Plan Cluster" });
    const second = await createOrganisation(admin, { name: "Second Plan Cluster" });
    const nameOf = (id: string) => db.organisation.findFirst({ where: { id }, select: { name: true } });

    await nameOf(first.id);
    let answer: Awaited<ReturnType<typeof nameOf>> = null;
    expect(await compilationsOf(async () => (answer = await nameOf(second.id)))).toBe(1);
    expect(answer).toEqual({ name: "Second Plan Cluster" });
  });

  it("compiles a batch of reads once, a page of rows with its count", async () => {
    const admin = await createAdmin();
    await createOrganisation(admin);
    const page = () =>
      db.$transaction([db.organisation.findMany({ take: 1, select: { id: true } }), db.organisation.count()]);

    expect(await compilationsOf(page)).toBe(1);
    await createOrganisation(admin);
    let again: Awaited<ReturnType<typeof page>> | undefined;
    expect(await compilationsOf(async () => (again = await page()))).toBe(0);
    expect(again![1]).toBe(await db.organisation.count());
  });

  it("keeps each client's plans apart, since a plan names its client's schema", async () => {
    const admin = await createAdmin();
    const organisation = await createOrganisation(admin);
    const other = createPrismaClient(process.env.DATABASE_URL!);
    try {
      const read = (client: typeof db) => client.organisation.findFirst({ where: { id: organisation.id } });
      await read(db);
      expect(await compilationsOf(() => read(db))).toBe(0);
      expect(await compilationsOf(() => read(other))).toBe(1);
    } finally {
      await other.$disconnect();
    }
  });

  it("compiles every write, whose defaults still differ from row to row", async () => {
    const create = () => db.outboxEmail.create({ data: { to: "plans@factory.test", subject: "Same", body: "Same" } });
    const first = await create();
    let second: Awaited<ReturnType<typeof create>> | undefined;
    expect(await compilationsOf(async () => (second = await create()))).toBe(1);
    expect(second!.id).not.toBe(first.id);
    expect(second!.createdAt.getTime()).toBeGreaterThanOrEqual(first.createdAt.getTime());
  });
});

describe("RecentPlans", () => {
  it("keeps the most recently used plans up to its limit", () => {
    const plans = new RecentPlans(2);
    plans.set("a", 1);
    plans.set("b", 2);
    expect(plans.get("a")).toBe(1); // "a" is now the most recent, "b" the oldest
    plans.set("c", 3);
    expect(plans.size).toBe(2);
    expect(plans.get("b")).toBeUndefined();
    expect(plans.get("a")).toBe(1);
    expect(plans.get("c")).toBe(3);
  });
});
