import { describe, expect, it } from "vitest";
import { managesProject, projectAccess, visibleProjectsWhere, type SessionUser } from "./permissions";

const user = (role: SessionUser["role"], organisationId: string | null = null): SessionUser => ({
  id: "u1",
  email: "someone@demo.test",
  name: "Someone",
  role,
  organisationId,
});

const noFacts = { membershipRole: null, ownPartnerIds: [] };

describe("visibleProjectsWhere", () => {
  it("lets admins and coordinators see every project", () => {
    expect(visibleProjectsWhere(user("ADMIN"))).toEqual({});
    expect(visibleProjectsWhere(user("COORDINATOR"))).toEqual({});
  });

  it("limits leads and viewers to their memberships", () => {
    expect(visibleProjectsWhere(user("PROJECT_LEAD", "org1"))).toEqual({
      OR: [{ members: { some: { userId: "u1" } } }],
    });
    expect(visibleProjectsWhere(user("VIEWER"))).toEqual({ OR: [{ members: { some: { userId: "u1" } } }] });
  });

  it("adds the organisation's partnerships for partners", () => {
    expect(visibleProjectsWhere(user("PARTNER", "org1"))).toEqual({
      OR: [{ members: { some: { userId: "u1" } } }, { partners: { some: { organisationId: "org1" } } }],
    });
  });

  it("never builds a filter without a user id", () => {
    expect(() => visibleProjectsWhere({ ...user("PARTNER", "org1"), id: "" })).toThrow();
  });
});

describe("managesProject", () => {
  it("is the lead, a coordinator or an administrator; never a partner or viewer", () => {
    const lead = projectAccess(user("PROJECT_LEAD"), { membershipRole: "LEAD", ownPartnerIds: [] });
    const partner = projectAccess(user("PARTNER", "org1"), { membershipRole: null, ownPartnerIds: ["pp3"] });
    expect(managesProject(user("PROJECT_LEAD"), lead)).toBe(true);
    expect(managesProject(user("COORDINATOR"), projectAccess(user("COORDINATOR"), noFacts))).toBe(true);
    expect(managesProject(user("PARTNER", "org1"), partner)).toBe(false);
    expect(
      managesProject(user("VIEWER"), projectAccess(user("VIEWER"), { membershipRole: "VIEWER", ownPartnerIds: [] })),
    ).toBe(false);
  });
});

describe("projectAccess", () => {
  it("gives a lead membership the lead's rights", () => {
    const access = projectAccess(user("PROJECT_LEAD"), { membershipRole: "LEAD", ownPartnerIds: [] });
    expect(access).toMatchObject({ canView: true, isLead: true, canReadAllFunding: true });
  });

  it("lets a partner see its project and act only for its own partner rows", () => {
    const access = projectAccess(user("PARTNER", "org1"), { membershipRole: null, ownPartnerIds: ["pp3"] });
    expect(access).toEqual({ canView: true, isLead: false, canReadAllFunding: false, actsForPartnerIds: ["pp3"] });
  });

  it("refuses a partner whose organisation is not in the project", () => {
    expect(projectAccess(user("PARTNER", "org9"), noFacts).canView).toBe(false);
  });

  it("lets coordinators read everything but not lead", () => {
    expect(projectAccess(user("COORDINATOR"), noFacts)).toEqual({
      canView: true,
      isLead: false,
      canReadAllFunding: true,
      actsForPartnerIds: [],
    });
  });

  it("keeps viewers read-only even with a lead membership", () => {
    const access = projectAccess(user("VIEWER"), { membershipRole: "LEAD", ownPartnerIds: [] });
    expect(access.isLead).toBe(false);
    expect(access.canView).toBe(true);
  });

  it("hides a project from a lead who is not a member", () => {
    expect(projectAccess(user("PROJECT_LEAD"), noFacts).canView).toBe(false);
  });
});
