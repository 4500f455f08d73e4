/**
 * The setup actions called directly, as a hand-made request would call them: partners and viewers are
 * refused and nothing changes; the rightful role succeeds and leaves an audit event.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db, demoUser, seedDemo } from "@/test/db";
import { snapshotDatabase } from "@/test/db-snapshot";
import { VALID_PROJECT_INPUT } from "@/test/fixtures/project-input";
import { sessionMock, signInForTest } from "@/test/session-mock";
import { archiveOrganisationAction, saveOrganisationAction } from "@/lib/actions/organisations";
import { archiveCallAction, saveCallAction } from "@/lib/actions/calls";
import { archiveProgrammeAction, saveProgrammeAction } from "@/lib/actions/programmes";
import { createProjectAction, updateProjectAction } from "@/lib/actions/projects";
import { removePartnerAction, savePartnerAction } from "@/lib/actions/partners";
import { inviteUserAction } from "@/lib/actions/invitations";
import { setUserActiveAction } from "@/lib/actions/users";
import { deleteDeliverableAction, saveDeliverableAction } from "@/lib/actions/deliverables";
import { deleteMilestoneAction, saveMilestoneAction } from "@/lib/actions/milestones";
import { deleteReportingPeriodAction, saveReportingPeriodAction } from "@/lib/actions/reporting-periods";
import { deleteWorkPackageAction, saveWorkPackageAction } from "@/lib/actions/work-packages";

vi.mock("@/lib/auth/session", () => sessionMock);
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "localhost:3000" }) }));

const DANUBE = "demo-proj-danube-ict";

const validProject = VALID_PROJECT_INPUT;

/** Every setup action with an input that the rightful role could save. */
const ATTEMPTS: [string, () => Promise<{ ok: boolean; code?: string }>][] = [
  ["save programme", () => saveProgrammeAction({ code: "NEW-PROG", name: "New programme", currency: "EUR" })],
  [
    "edit programme",
    () => saveProgrammeAction({ id: "demo-prog-start", code: "DRS-START", name: "Renamed", currency: "EUR" }),
  ],
  ["archive programme", () => archiveProgrammeAction({ id: "demo-prog-horizon" })],
  [
    "save call",
    () =>
      saveCallAction({
        programmeId: "demo-prog-start",
        identifier: "X-1",
        title: "X",
        opensOn: "2026-01-01",
        closesOn: "2026-02-01",
      }),
  ],
  ["archive call", () => archiveCallAction({ id: "demo-call-start-2" })],
  ["save organisation", () => saveOrganisationAction({ name: "Brand New Org", country: "RO", type: "SME" })],
  ["archive organisation", () => archiveOrganisationAction({ id: "demo-org-munich" })],
  ["create project", () => createProjectAction(validProject as never)],
  [
    "update project",
    () => updateProjectAction({ ...(validProject as object), id: DANUBE, version: 1, acronym: "DANUBE ICT" } as never),
  ],
  [
    "add partner",
    () =>
      savePartnerAction({ projectId: DANUBE, organisationId: "demo-org-skopje", role: "PARTNER", budgetAmount: "5" }),
  ],
  ["remove partner", () => removePartnerAction({ projectId: DANUBE, id: `${DANUBE}-pp10` })],
  [
    "save period",
    () => saveReportingPeriodAction({ projectId: DANUBE, id: `${DANUBE}-p3`, startMonth: 13, endMonth: 17 }),
  ],
  ["delete period", () => deleteReportingPeriodAction({ projectId: DANUBE, id: `${DANUBE}-p3` })],
  [
    "save work package",
    () => saveWorkPackageAction({ projectId: DANUBE, number: 5, title: "New", startMonth: 1, endMonth: 2 }),
  ],
  ["delete work package", () => deleteWorkPackageAction({ projectId: DANUBE, id: `${DANUBE}-wp4` })],
  [
    "save deliverable",
    () =>
      saveDeliverableAction({
        projectId: DANUBE,
        workPackageId: `${DANUBE}-wp1`,
        number: "D1.9",
        title: "New",
        responsiblePartnerId: `${DANUBE}-pp1`,
        type: "R",
        dissemination: "PU",
        dueMonth: 3,
      }),
  ],
  ["delete deliverable", () => deleteDeliverableAction({ projectId: DANUBE, id: `${DANUBE}-d1-3` })],
  ["save milestone", () => saveMilestoneAction({ projectId: DANUBE, number: 9, title: "New", dueMonth: 3 })],
  ["delete milestone", () => deleteMilestoneAction({ projectId: DANUBE, id: `${DANUBE}-ms4` })],
  ["invite user", () => inviteUserAction({ email: "new@demo.test", name: "New", role: "VIEWER" })],
  [
    "deactivate user",
    async () => setUserActiveAction({ userId: (await demoUser("lead@demo.test")).id, isActive: false }),
  ],
];

beforeAll(seedDemo);

describe.each(["partner@demo.test", "partner2@demo.test", "viewer@demo.test"])("as %s", (email) => {
  it.each(ATTEMPTS)("%s is refused and changes nothing", async (_name, attempt) => {
    signInForTest(await demoUser(email));
    const before = await snapshotDatabase();
    const result = await attempt();
    expect(result.ok).toBe(false);
    expect(["FORBIDDEN", "NOT_FOUND"]).toContain(result.code);
    expect(await snapshotDatabase()).toEqual(before);
  });
});

describe("without a session", () => {
  it.each(ATTEMPTS)("%s asks to sign in and changes nothing", async (_name, attempt) => {
    signInForTest(null);
    const before = await snapshotDatabase();
    expect(await attempt()).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await snapshotDatabase()).toEqual(before);
  });
});

describe("the lead of another project", () => {
  it("cannot touch DANUBE ICT's plan, and learns nothing about it", async () => {
    signInForTest(await demoUser("lead2@demo.test"));
    const before = await snapshotDatabase();
    const result = await saveDeliverableAction({
      projectId: DANUBE,
      workPackageId: `${DANUBE}-wp1`,
      number: "D1.9",
      title: "X",
      responsiblePartnerId: `${DANUBE}-pp1`,
      type: "R",
      dissemination: "PU",
      dueMonth: 3,
    });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await snapshotDatabase()).toEqual(before);
  });
});

describe("the rightful roles", () => {
  it("a coordinator creates a project with its lead, and an audit event records it", async () => {
    signInForTest(await demoUser("coordinator@demo.test"));
    const lead = await demoUser("lead2@demo.test");
    const result = await createProjectAction({ ...(validProject as object), leadUserId: lead.id } as never);
    expect(result.ok).toBe(true);
    const id = (result as { data: { id: string } }).data.id;
    const project = await db.project.findUniqueOrThrow({ where: { id }, include: { partners: true, members: true } });
    expect(project.cofinancingRate.toString()).toBe("0.8");
    expect(project.partners).toMatchObject([{ partnerNumber: 1, role: "LEAD_PARTNER" }]);
    expect(project.members).toMatchObject([{ userId: lead.id, role: "LEAD" }]);
    const audit = await db.auditEvent.findFirst({ where: { entityId: id, action: "project.create" } });
    expect(audit?.actorId).toBe((await demoUser("coordinator@demo.test")).id);
  });

  it("the lead adds a deliverable; a duplicate number or a month past the end changes nothing", async () => {
    signInForTest(await demoUser("lead@demo.test"));
    const input = {
      projectId: DANUBE,
      workPackageId: `${DANUBE}-wp1`,
      number: "d1.4",
      title: "Extra report",
      responsiblePartnerId: `${DANUBE}-pp1`,
      type: "R",
      dissemination: "PU",
      dueMonth: "12",
    } as const;
    expect(await saveDeliverableAction(input)).toMatchObject({ ok: true });
    const saved = await db.deliverable.findUniqueOrThrow({
      where: { projectId_number: { projectId: DANUBE, number: "D1.4" } },
    });
    expect(saved.dueMonth).toBe(12);

    const before = await snapshotDatabase();
    expect(await saveDeliverableAction(input)).toMatchObject({
      ok: false,
      fieldErrors: { number: ["The project already has a deliverable D1.4."] },
    });
    expect(await saveDeliverableAction({ ...input, number: "D1.5", dueMonth: "19" })).toMatchObject({
      ok: false,
      fieldErrors: { dueMonth: ["M19 is after the project's last month, M18."] },
    });
    expect(await saveDeliverableAction({ ...input, number: "D2.5" })).toMatchObject({
      ok: false,
      fieldErrors: { number: [expect.stringContaining("WP2")] },
    });
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("the lead cannot plan a work package ending before it starts", async () => {
    signInForTest(await demoUser("lead@demo.test"));
    const result = await saveWorkPackageAction({
      projectId: DANUBE,
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

  it("a deliverable with a status history cannot be deleted", async () => {
    signInForTest(await demoUser("lead@demo.test"));
    const result = await deleteDeliverableAction({ projectId: DANUBE, id: `${DANUBE}-d2-2` });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.deliverable.count({ where: { id: `${DANUBE}-d2-2` } })).toBe(1);
  });

  it("making another partner the lead partner keeps exactly one", async () => {
    signInForTest(await demoUser("lead@demo.test"));
    const result = await savePartnerAction({
      projectId: DANUBE,
      id: `${DANUBE}-pp2`,
      organisationId: "demo-org-sofia",
      role: "LEAD_PARTNER",
      budgetAmount: "11502",
    });
    expect(result.ok).toBe(true);
    const leads = await db.projectPartner.findMany({ where: { projectId: DANUBE, role: "LEAD_PARTNER" } });
    expect(leads.map((partner) => partner.id)).toEqual([`${DANUBE}-pp2`]);
    expect(await removePartnerAction({ projectId: DANUBE, id: `${DANUBE}-pp2` })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    await seedDemo();
  });

  it("a stale edit of a project is refused as a conflict", async () => {
    signInForTest(await demoUser("coordinator@demo.test"));
    const current = await db.project.findUniqueOrThrow({ where: { id: DANUBE } });
    const edit = {
      ...(validProject as object),
      id: DANUBE,
      acronym: "DANUBE ICT",
      durationMonths: "18",
      partners: undefined,
    };
    expect(await updateProjectAction({ ...edit, version: current.version } as never)).toMatchObject({ ok: true });
    expect(
      await updateProjectAction({ ...edit, title: "Second, stale edit", version: current.version } as never),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db.project.findUniqueOrThrow({ where: { id: DANUBE } })).title).toBe("A test project");
    await seedDemo();
  });

  it("an administrator invites a user, who accepts and can then be deactivated", async () => {
    const admin = await demoUser("admin@demo.test");
    signInForTest(admin);
    expect(
      await inviteUserAction({
        email: "New.Person@demo.test",
        name: "New Person",
        role: "PARTNER",
        organisationId: "demo-org-varna",
      }),
    ).toMatchObject({ ok: true });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: "new.person@demo.test" } });
    const token = /\/invitations\/([\w-]+)/.exec(mail.body)?.[1];
    expect(mail.body).toContain("http://localhost:3000/invitations/");

    const { acceptInvitation } = await import("@/lib/dal/invitations");
    await acceptInvitation(
      { token: token!, password: "a long enough password", confirmPassword: "a long enough password" },
      "192.0.2.1",
    );
    const created = await db.user.findUniqueOrThrow({ where: { email: "new.person@demo.test" } });
    expect(created).toMatchObject({ role: "PARTNER", organisationId: "demo-org-varna" });
    await expect(
      acceptInvitation(
        { token: token!, password: "a long enough password", confirmPassword: "a long enough password" },
        "192.0.2.1",
      ),
    ).rejects.toThrow(/expired or has already been used/);

    expect(await setUserActiveAction({ userId: created.id, isActive: false })).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: created.id } })).deactivatedAt).not.toBeNull();
    expect(await setUserActiveAction({ userId: admin.id, isActive: false })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
  });
});
