import { beforeAll, describe, expect, it } from "vitest";
import { db, seedDemo } from "@/test/db";
import { verifyPassword } from "@/lib/auth/password";

async function counts() {
  const [organisations, projects, partners, deliverables, budgetLines, payments, users, memberships] =
    await Promise.all([
      db.organisation.count(),
      db.project.count(),
      db.projectPartner.count(),
      db.deliverable.count(),
      db.budgetLine.count(),
      db.payment.count(),
      db.user.count(),
      db.projectMembership.count(),
    ]);
  return { organisations, projects, partners, deliverables, budgetLines, payments, users, memberships };
}

beforeAll(seedDemo);

describe("demo data", () => {
  it("can be loaded twice without duplicating anything, restoring edited rows", async () => {
    await seedDemo();
    const first = await counts();
    await db.deliverable.update({ where: { id: "demo-proj-danube-ict-d2-2" }, data: { status: "APPROVED" } });
    await seedDemo();
    expect(await counts()).toEqual(first);
    expect((await db.deliverable.findUniqueOrThrow({ where: { id: "demo-proj-danube-ict-d2-2" } })).status).toBe(
      "IN_REVIEW",
    );
  });

  it("holds the network: 17 members from the 10 countries, coordinated by Cluj IT Cluster", async () => {
    const network = await db.network.findFirstOrThrow({
      where: { name: "Balkan and Black Sea ICT Network" },
      include: { members: { include: { organisation: true } }, coordinatorOrganisation: true },
    });
    expect(network.coordinatorOrganisation?.name).toBe("Cluj IT Cluster");
    expect(network.members).toHaveLength(17);
    const countries = new Set(network.members.map((member) => member.organisation.country));
    expect([...countries].sort()).toEqual(["AL", "BA", "BG", "GR", "ME", "MK", "RO", "RS", "TR", "XK"]);
    const invented = network.members.filter((member) => member.organisation.isDemo);
    expect(invented).toHaveLength(16);
  });

  it("gives every member of the network a competence profile and a date of joining", async () => {
    const members = await db.networkMembership.findMany({
      where: { network: { name: "Balkan and Black Sea ICT Network" } },
      select: {
        joinedOn: true,
        status: true,
        organisation: { select: { offer: true, staffSize: true, _count: { select: { competences: true } } } },
      },
    });
    for (const member of members) {
      expect(member).toMatchObject({ joinedOn: expect.any(Date), status: "ACTIVE" });
      expect(member.organisation.offer?.length).toBeGreaterThan(20);
      expect(member.organisation.staffSize).not.toBeNull();
      expect(member.organisation._count.competences).toBeGreaterThanOrEqual(2);
    }
    expect(await db.competence.count({ where: { nameRo: "Inteligență artificială" } })).toBe(1);
  });

  it("plans DANUBE ICT from 1 December 2015 under the START programme", async () => {
    const project = await db.project.findUniqueOrThrow({
      where: { acronym: "DANUBE ICT" },
      include: { programme: true, workPackages: true, partners: { include: { organisation: true } } },
    });
    expect(project.startDate.toISOString()).toBe("2015-12-01T00:00:00.000Z");
    expect(project.programme.name).toBe("Danube Region Strategy START");
    expect(project.workPackages.map((workPackage) => workPackage.title)).toEqual(
      expect.arrayContaining([
        "Project management and coordination",
        "Mapping of ICT competences",
        "Joint strategy for SMEs",
        "Communication and dissemination",
      ]),
    );
    expect(
      project.partners.filter((partner) => partner.role === "LEAD_PARTNER").map((partner) => partner.organisation.name),
    ).toEqual(["Cluj IT Cluster"]);
  });

  it("keeps the money exact: budget lines add up to the partners' shares and the total cost", async () => {
    for (const project of await db.project.findMany({
      include: { partners: true, budgetLines: true, payments: true },
    })) {
      const lines = project.budgetLines.reduce(
        (sum, line) => sum.plus(line.amount),
        project.totalCost.minus(project.totalCost),
      );
      expect(lines.equals(project.totalCost)).toBe(true);
      const shares = project.partners.reduce((sum, partner) => sum.plus(partner.budgetAmount), lines.minus(lines));
      expect(shares.equals(project.totalCost)).toBe(true);
      const payments = project.payments.reduce((sum, payment) => sum.plus(payment.plannedAmount), lines.minus(lines));
      expect(payments.equals(project.grantAmount)).toBe(true);
    }
  });

  it("gives every demo account the demo password", async () => {
    const users = await db.user.findMany();
    expect(users.map((user) => user.email).sort()).toEqual([
      "admin@demo.test",
      "coordinator@demo.test",
      "lead2@demo.test",
      "lead@demo.test",
      "partner2@demo.test",
      "partner@demo.test",
      "viewer@demo.test",
    ]);
    for (const user of users) expect(await verifyPassword(user.passwordHash!, "demo-password")).toBe(true);
  });
});
