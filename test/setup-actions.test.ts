/**
 * The setup actions called directly, as a hand-made request would call them: partners, partners of other projects,
 * viewers, the lead of another project and requests without a session are refused, and nothing changes. What the
 * rightful roles do is tested beside each action module.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { snapshotDatabase } from "@/test/db-snapshot";
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
