import { describe, expect, it, vi } from "vitest";
import { db } from "@/test/db";
import { createConsortium } from "@/test/factories";
import { validProjectInput } from "@/test/fixtures/project-input";
import { sessionMock, signInForTest } from "@/test/session-mock";
import { createProjectAction, updateProjectAction } from "./projects";

vi.mock("@/lib/auth/session", () => sessionMock);

describe("projects", () => {
  it("a coordinator creates a project with its lead, and an audit event records it", async () => {
    const { coordinator, lead, organisations, project: existing } = await createConsortium();
    signInForTest(coordinator);
    const input = validProjectInput({ programmeId: existing.programmeId, organisationId: organisations.lead.id });
    const result = await createProjectAction({ ...input, leadUserId: lead.id } as never);
    expect(result.ok).toBe(true);
    const id = (result as { data: { id: string } }).data.id;
    const project = await db.project.findUniqueOrThrow({ where: { id }, include: { partners: true, members: true } });
    expect(project.cofinancingRate.toString()).toBe("0.8");
    expect(project.partners).toMatchObject([{ partnerNumber: 1, role: "LEAD_PARTNER" }]);
    expect(project.members).toMatchObject([{ userId: lead.id, role: "LEAD" }]);
    const audit = await db.auditEvent.findFirst({ where: { entityId: id, action: "project.create" } });
    expect(audit?.actorId).toBe(coordinator.id);
  });

  it("a stale edit of a project is refused as a conflict", async () => {
    const { coordinator, organisations, project } = await createConsortium();
    signInForTest(coordinator);
    const current = await db.project.findUniqueOrThrow({ where: { id: project.id } });
    const edit = {
      ...validProjectInput({ programmeId: project.programmeId, organisationId: organisations.lead.id }),
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
});
