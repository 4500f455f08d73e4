import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/test/db";
import {
  createConsortium,
  createOrganisation,
  createProjectWithPartners,
  unique,
  type Consortium,
} from "@/test/factories";
import { ZNetworkProjectInput, ZSaveNetworkInput, ZSaveNetworkMembershipInput } from "@/lib/validation/network";
import {
  deleteNetwork,
  findNetworks,
  getNetworkDetail,
  removeNetworkMembership,
  saveNetwork,
  saveNetworkMembership,
  setNetworkProjectLink,
} from "./networks";

/** A consortium of three Romanian organisations; a network holds two of them, and one from Bulgaria. */
let river: Consortium;
let networkId: string;
let bulgarianId: string;

const membership = (fields: Record<string, unknown>) =>
  ZSaveNetworkMembershipInput.parse({ networkId, joinedOn: "", status: "ACTIVE", leftOn: "", ...fields });

beforeAll(async () => {
  river = await createConsortium({ acronym: `RIVER ${unique()}` });
  ({ id: bulgarianId } = await createOrganisation(river.admin, { country: "BG" }));
  ({ id: networkId } = await saveNetwork(
    river.coordinator,
    ZSaveNetworkInput.parse({ name: `Danube Cluster Network ${unique()}`, description: "Clusters along the Danube." }),
  ));
  for (const organisationId of [river.organisations.lead.id, river.organisations.partnerA.id, bulgarianId]) {
    await saveNetworkMembership(river.coordinator, membership({ organisationId, joinedOn: "2020-01-15" }));
  }
});

describe("networks", () => {
  it("count their active members and their countries", async () => {
    const network = (await findNetworks()).find((candidate) => candidate.id === networkId);
    expect(network).toMatchObject({ memberCount: 3, countryCount: 2 });
  });

  it("are created and changed by coordinators and administrators only, each change audited", async () => {
    for (const user of [river.lead, river.partnerA, river.viewer]) {
      await expect(saveNetwork(user, ZSaveNetworkInput.parse({ name: `Other ${unique()}` }))).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    const name = `Renamed network ${unique()}`;
    await saveNetwork(river.admin, ZSaveNetworkInput.parse({ id: networkId, name }));
    expect((await db.network.findUniqueOrThrow({ where: { id: networkId } })).name).toBe(name);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: networkId, action: "network.update" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.actorId).toBe(river.admin.id);
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ name });
  });

  it("refuse a name another network has", async () => {
    const { id } = await saveNetwork(river.coordinator, ZSaveNetworkInput.parse({ name: `Twin ${unique()}` }));
    const taken = (await db.network.findUniqueOrThrow({ where: { id: networkId } })).name;
    await expect(saveNetwork(river.coordinator, ZSaveNetworkInput.parse({ id, name: taken }))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { name: [{ key: "networkNameTaken" }] },
    });
    await deleteNetwork(river.coordinator, id);
    expect(await db.network.count({ where: { id } })).toBe(0);
  });
});

describe("membership", () => {
  it("refuses an organisation that is already a member", async () => {
    await expect(
      saveNetworkMembership(river.coordinator, membership({ organisationId: bulgarianId })),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { organisationId: [{ key: "alreadyNetworkMember" }] } });
  });

  it("asks a leaving date of a member who left, after the date it joined", () => {
    const organisationId = bulgarianId;
    const errors = (fields: Record<string, unknown>) =>
      ZSaveNetworkMembershipInput.safeParse({
        networkId,
        organisationId,
        joinedOn: "2020-01-15",
        ...fields,
      }).error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(errors({ status: "LEFT", leftOn: "" })).toEqual([["leftOn", "enterLeavingDate"]]);
    expect(errors({ status: "LEFT", leftOn: "2019-12-31" })).toEqual([["leftOn", "leftBeforeJoining"]]);
    expect(errors({ status: "ACTIVE", leftOn: "2024-01-01" })).toEqual([["leftOn", "activeMemberHasNotLeft"]]);
    expect(errors({ status: "LEFT", leftOn: "2024-01-01" })).toBeUndefined();
  });

  it("keeps a member who left on record, no longer counted", async () => {
    const organisation = await createOrganisation(river.admin, { country: "RS" });
    const { id } = await saveNetworkMembership(river.coordinator, membership({ organisationId: organisation.id }));
    await saveNetworkMembership(
      river.coordinator,
      membership({ id, organisationId: organisation.id, status: "LEFT", leftOn: "2025-06-30" }),
    );
    const detail = await getNetworkDetail(river.coordinator, networkId);
    expect(detail?.memberCount).toBe(3);
    expect(detail?.members.find((member) => member.id === id)).toMatchObject({ status: "LEFT" });
    await removeNetworkMembership(river.coordinator, id);
    expect(await db.networkMembership.count({ where: { id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: id, action: { startsWith: "network-member." } } })).toBe(3);
  });

  it("is changed only through its own network", async () => {
    const { id: otherNetworkId } = await saveNetwork(
      river.coordinator,
      ZSaveNetworkInput.parse({ name: `Elsewhere ${unique()}` }),
    );
    const ours = await db.networkMembership.findFirstOrThrow({ where: { networkId, organisationId: bulgarianId } });
    await expect(
      saveNetworkMembership(
        river.coordinator,
        ZSaveNetworkMembershipInput.parse({
          id: ours.id,
          networkId: otherNetworkId,
          organisationId: bulgarianId,
          status: "LEFT",
          leftOn: "2025-01-01",
        }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.networkMembership.findUniqueOrThrow({ where: { id: ours.id } })).status).toBe("ACTIVE");
  });
});

describe("a network's projects", () => {
  it("are those whose partners are mostly members, and those linked by hand", async () => {
    const outsiders = await Promise.all([1, 2].map(() => createOrganisation(river.admin, { country: "AT" })));
    const elsewhere = await createProjectWithPartners(
      river.admin,
      [{ organisationId: outsiders[0]!.id }, { organisationId: outsiders[1]!.id }, { organisationId: bulgarianId }],
      { acronym: `ALPS ${unique()}` },
    );
    const listed = async () =>
      (await getNetworkDetail(river.coordinator, networkId))?.projects.map((project) => project.id) ?? [];
    // RIVER: two of its three partners are members.
    expect(await listed()).toContain(river.project.id);
    expect(await listed()).not.toContain(elsewhere.id);

    const link = ZNetworkProjectInput.parse({ networkId, projectId: elsewhere.id });
    await expect(setNetworkProjectLink(river.lead, link, true)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setNetworkProjectLink(river.coordinator, link, true);
    expect(await listed()).toContain(elsewhere.id);
    await expect(setNetworkProjectLink(river.coordinator, link, true)).rejects.toMatchObject({ code: "VALIDATION" });
    const history = await db.auditEvent.findFirstOrThrow({
      where: { projectId: elsewhere.id, action: "project.update" },
      orderBy: { createdAt: "desc" },
    });
    expect(JSON.parse(history.after ?? "{}")).toMatchObject({ networkId });
    await setNetworkProjectLink(river.coordinator, link, false);
    expect(await listed()).not.toContain(elsewhere.id);
  });

  it("show their grant only to those who read the project's funding", async () => {
    const grantFor = async (user: typeof river.lead) => {
      const projects = (await getNetworkDetail(user, networkId))?.projects ?? [];
      const project = projects.find((candidate) => candidate.id === river.project.id);
      return project ? project.grantAmount : "not listed";
    };
    expect(await grantFor(river.coordinator)).not.toBeNull();
    expect(await grantFor(river.lead)).not.toBeNull();
    expect(await grantFor(river.partnerA)).toBeNull();
    expect(await grantFor(river.viewer)).toBeNull();
  });

  it("leave out the projects the reader cannot see", async () => {
    const stranger = await createConsortium({ acronym: `STRANGER ${unique()}` });
    const projects = (await getNetworkDetail(stranger.partnerA, networkId))?.projects ?? [];
    expect(projects.map((project) => project.id)).not.toContain(river.project.id);
  });
});
