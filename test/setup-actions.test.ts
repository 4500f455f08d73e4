/**
 * The setup actions called directly, as a hand-made request would call them: partners and viewers are
 * refused and nothing changes; the rightful role succeeds and leaves an audit event.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/test/db";
import { snapshotDatabase } from "@/test/db-snapshot";
import { createConsortium } from "@/test/factories";
import { validProjectInput } from "@/test/fixtures/project-input";
import { createWorld, newDeliverableInput, type World } from "@/test/world";
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

let world: World;
let PROJECT: string;
const validProject = () =>
  validProjectInput({
    programmeId: world.project.programmeId,
    callId: world.call.id,
    organisationId: world.organisations.lead.id,
  });

/** Every setup action with an input that the rightful role could save. */
const ATTEMPTS: [string, () => Promise<{ ok: boolean; code?: string }>][] = [
  ["save programme", () => saveProgrammeAction({ code: "NEW-PROG", name: "New programme", currency: "EUR" })],
  [
    "edit programme",
    () => saveProgrammeAction({ id: world.project.programmeId, code: "RENAMED", name: "Renamed", currency: "EUR" }),
  ],
  ["archive programme", () => archiveProgrammeAction({ id: world.unused.programmeId })],
  [
    "save call",
    () =>
      saveCallAction({
        programmeId: world.project.programmeId,
        identifier: "X-1",
        title: "X",
        opensOn: "2026-01-01",
        closesOn: "2026-02-01",
      }),
  ],
  ["archive call", () => archiveCallAction({ id: world.call.id })],
  ["save organisation", () => saveOrganisationAction({ name: "Brand New Org", country: "RO", type: "SME" })],
  ["archive organisation", () => archiveOrganisationAction({ id: world.unused.organisationId })],
  ["create project", () => createProjectAction(validProject() as never)],
  [
    "update project",
    () => updateProjectAction({ ...validProject(), id: PROJECT, version: 1, acronym: world.project.acronym } as never),
  ],
  [
    "add partner",
    () =>
      savePartnerAction({
        projectId: PROJECT,
        organisationId: world.newOrganisationId,
        role: "PARTNER",
        budgetAmount: "5",
      }),
  ],
  ["remove partner", () => removePartnerAction({ projectId: PROJECT, id: world.removablePartnerId })],
  [
    "save period",
    () =>
      saveReportingPeriodAction({ projectId: PROJECT, id: world.project.periodIds[1], startMonth: 13, endMonth: 17 }),
  ],
  ["delete period", () => deleteReportingPeriodAction({ projectId: PROJECT, id: world.project.periodIds[1] })],
  [
    "save work package",
    () => saveWorkPackageAction({ projectId: PROJECT, number: 5, title: "New", startMonth: 1, endMonth: 2 }),
  ],
  ["delete work package", () => deleteWorkPackageAction({ projectId: PROJECT, id: world.unused.workPackageId })],
  ["save deliverable", () => saveDeliverableAction(newDeliverableInput(world))],
  ["delete deliverable", () => deleteDeliverableAction({ projectId: PROJECT, id: world.deliverables.pending })],
  ["save milestone", () => saveMilestoneAction({ projectId: PROJECT, number: 9, title: "New", dueMonth: 3 })],
  ["delete milestone", () => deleteMilestoneAction({ projectId: PROJECT, id: world.unused.milestoneId })],
  ["invite user", () => inviteUserAction({ email: "new@example.test", name: "New", role: "VIEWER" })],
  ["deactivate user", async () => setUserActiveAction({ userId: world.lead.id, isActive: false })],
];

beforeAll(async () => {
  world = await createWorld();
  PROJECT = world.project.id;
});

describe.each(["partnerA", "outsider", "viewer"] as const)("as %s", (account) => {
  it.each(ATTEMPTS)("%s is refused and changes nothing", async (_name, attempt) => {
    signInForTest(world[account]);
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
  it("cannot touch the project's plan, and learns nothing about it", async () => {
    signInForTest(world.otherLead);
    const before = await snapshotDatabase();
    const result = await saveDeliverableAction(newDeliverableInput(world));
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await snapshotDatabase()).toEqual(before);
  });
});

describe("the rightful roles", () => {
  it("a coordinator creates a project with its lead, and an audit event records it", async () => {
    signInForTest(world.coordinator);
    const lead = world.otherLead;
    const result = await createProjectAction({ ...validProject(), leadUserId: lead.id } as never);
    expect(result.ok).toBe(true);
    const id = (result as { data: { id: string } }).data.id;
    const project = await db.project.findUniqueOrThrow({ where: { id }, include: { partners: true, members: true } });
    expect(project.cofinancingRate.toString()).toBe("0.8");
    expect(project.partners).toMatchObject([{ partnerNumber: 1, role: "LEAD_PARTNER" }]);
    expect(project.members).toMatchObject([{ userId: lead.id, role: "LEAD" }]);
    const audit = await db.auditEvent.findFirst({ where: { entityId: id, action: "project.create" } });
    expect(audit?.actorId).toBe(world.coordinator.id);
  });

  it("the lead adds a deliverable; a duplicate number or a month past the end changes nothing", async () => {
    signInForTest(world.lead);
    const input = {
      projectId: PROJECT,
      workPackageId: world.project.workPackageId,
      number: "d1.4",
      title: "Extra report",
      responsiblePartnerId: world.project.leadPartnerId,
      type: "R",
      dissemination: "PU",
      dueMonth: "12",
    } as const;
    expect(await saveDeliverableAction(input)).toMatchObject({ ok: true });
    const saved = await db.deliverable.findUniqueOrThrow({
      where: { projectId_number: { projectId: PROJECT, number: "D1.4" } },
    });
    expect(saved.dueMonth).toBe(12);

    const before = await snapshotDatabase();
    expect(await saveDeliverableAction(input)).toMatchObject({
      ok: false,
      fieldErrors: { number: ["The project already has a deliverable D1.4."] },
    });
    expect(await saveDeliverableAction({ ...input, number: "D1.5", dueMonth: "25" })).toMatchObject({
      ok: false,
      fieldErrors: { dueMonth: ["M25 is after the project's last month, M24."] },
    });
    expect(await saveDeliverableAction({ ...input, number: "D2.5" })).toMatchObject({
      ok: false,
      fieldErrors: { number: [expect.stringContaining("WP2")] },
    });
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("the lead cannot plan a work package ending before it starts", async () => {
    signInForTest(world.lead);
    const result = await saveWorkPackageAction({
      projectId: PROJECT,
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
    signInForTest(world.lead);
    const result = await deleteDeliverableAction({ projectId: PROJECT, id: world.deliverables.inReview });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.deliverable.count({ where: { id: world.deliverables.inReview } })).toBe(1);
  });

  it("making another partner the lead partner keeps exactly one", async () => {
    // A project of its own: the change stays.
    const { lead, organisations, project } = await createConsortium();
    signInForTest(lead);
    const result = await savePartnerAction({
      projectId: project.id,
      id: project.partnerAId,
      organisationId: organisations.partnerA.id,
      role: "LEAD_PARTNER",
      budgetAmount: "11502",
    });
    expect(result.ok).toBe(true);
    const leads = await db.projectPartner.findMany({ where: { projectId: project.id, role: "LEAD_PARTNER" } });
    expect(leads.map((partner) => partner.id)).toEqual([project.partnerAId]);
    expect(await removePartnerAction({ projectId: project.id, id: project.partnerAId })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
  });

  it("a stale edit of a project is refused as a conflict", async () => {
    // A project of its own: the edit stays.
    const { coordinator, project } = await createConsortium();
    signInForTest(coordinator);
    const current = await db.project.findUniqueOrThrow({ where: { id: project.id } });
    const edit = {
      ...validProjectInput({ programmeId: project.programmeId, organisationId: world.organisations.lead.id }),
      id: project.id,
      acronym: project.acronym,
      partners: undefined,
    };
    expect(await updateProjectAction({ ...edit, version: current.version } as never)).toMatchObject({ ok: true });
    expect(
      await updateProjectAction({ ...edit, title: "Second, stale edit", version: current.version } as never),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).title).toBe("A test project");
  });

  it("an administrator invites a user, who accepts and can then be deactivated", async () => {
    const { admin } = world;
    signInForTest(admin);
    expect(
      await inviteUserAction({
        email: "New.Person@example.test",
        name: "New Person",
        role: "PARTNER",
        organisationId: world.newOrganisationId,
      }),
    ).toMatchObject({ ok: true });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: "new.person@example.test" } });
    const token = /\/invitations\/([\w-]+)/.exec(mail.body)?.[1];
    expect(mail.body).toContain("http://localhost:3000/invitations/");

    const { acceptInvitation } = await import("@/lib/dal/invitations");
    await acceptInvitation(
      { token: token!, password: "a long enough password", confirmPassword: "a long enough password" },
      "192.0.2.1",
    );
    const created = await db.user.findUniqueOrThrow({ where: { email: "new.person@example.test" } });
    expect(created).toMatchObject({ role: "PARTNER", organisationId: world.newOrganisationId });
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
