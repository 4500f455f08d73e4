import "server-only";
import type { z } from "zod";
import {
  FUNDING_MANAGERS,
  projectAccess,
  seesAllProjects,
  visibleProjectsWhere,
  type SessionUser,
} from "@/lib/access/permissions";
import { notFound } from "@/lib/errors";
import type { ZNetworkProjectInput, ZSaveNetworkInput, ZSaveNetworkMembershipInput } from "@/lib/validation/network";
import { recordAudit } from "./audit";
import { db } from "./db";
import { loadForWrite, requireRole, validationError } from "./guards";
import { PROJECT_LIST_FIELDS } from "./selects";

/** Every network, with its coordinator and the number of its active members and of their countries. */
export async function findNetworks() {
  const networks = await db.network.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      description: true,
      coordinatorOrganisation: { select: { id: true, name: true } },
      members: { where: { status: "ACTIVE" }, select: { organisation: { select: { country: true } } } },
    },
  });
  return networks.map(({ members, ...network }) => ({ ...network, ...countsOf(members) }));
}

/** "17 members from 10 countries": how many active members, and of how many countries. */
function countsOf(activeMembers: { organisation: { country: string } }[]) {
  return {
    memberCount: activeMembers.length,
    countryCount: new Set(activeMembers.map((member) => member.organisation.country)).size,
  };
}

/**
 * A network with its members (those who left too) and its projects as far as this person may see them: the
 * projects linked to it, and those whose partners are mostly active members. A project's grant shows only to
 * whom may read that project's funding.
 */
export async function getNetworkDetail(user: SessionUser, networkId: string) {
  const network = await db.network.findUnique({
    where: { id: networkId },
    select: {
      id: true,
      name: true,
      description: true,
      coordinatorOrganisation: { select: { id: true, name: true } },
      members: {
        orderBy: { organisation: { name: "asc" } },
        select: {
          id: true,
          joinedOn: true,
          status: true,
          leftOn: true,
          organisation: { select: { id: true, name: true, country: true, city: true, type: true } },
        },
      },
    },
  });
  if (!network) return null;
  const activeMembers = network.members.filter((member) => member.status === "ACTIVE");
  const active = new Set(activeMembers.map((member) => member.organisation.id));
  const candidates = await db.project.findMany({
    where: {
      AND: [visibleProjectsWhere(user), { archivedAt: null }],
      OR: [
        { networkId },
        { partners: { some: { organisation: { networkMemberships: { some: { networkId, status: "ACTIVE" } } } } } },
      ],
    },
    orderBy: { startDate: "desc" },
    select: {
      ...PROJECT_LIST_FIELDS,
      networkId: true,
      currency: true,
      grantAmount: true,
      programme: { select: { name: true } },
      partners: { select: { organisationId: true } },
    },
  });
  const projects = candidates
    .map(({ partners, ...project }) => ({
      ...project,
      isLinked: project.networkId === networkId,
      partnerCount: partners.length,
      memberPartnerCount: partners.filter((partner) => active.has(partner.organisationId)).length,
    }))
    .filter((project) => project.isLinked || project.memberPartnerCount * 2 > project.partnerCount);
  const readsFunding = await fundingReadersOf(
    user,
    projects.map((project) => project.id),
  );
  return {
    ...network,
    ...countsOf(activeMembers),
    projects: projects.map((project) => ({
      ...project,
      grantAmount: readsFunding(project.id) ? project.grantAmount : null,
    })),
  };
}

/**
 * Whether this user reads each project's funding, by the rule of `projectAccess` (coordinators and administrators
 * every project's, leads their own projects'), with the memberships of all the projects loaded in one query.
 */
async function fundingReadersOf(user: SessionUser, projectIds: string[]): Promise<(projectId: string) => boolean> {
  if (seesAllProjects(user)) return () => true;
  const memberships = await db.projectMembership.findMany({
    where: { userId: user.id, projectId: { in: projectIds } },
    select: { projectId: true, role: true },
  });
  const roles = new Map(memberships.map((membership) => [membership.projectId, membership.role]));
  return (projectId) =>
    projectAccess(user, { membershipRole: roles.get(projectId) ?? null, ownPartnerIds: [] }).canReadAllFunding;
}

/** Networks as filter and form choices. */
export async function findNetworkOptions() {
  return db.network.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

// --- Changes (administrators and coordinators) ------------------------------------------------------

export async function getNetworkForEdit(user: SessionUser, networkId: string) {
  requireRole(user, FUNDING_MANAGERS);
  return db.network.findUnique({
    where: { id: networkId },
    select: { id: true, name: true, description: true, coordinatorOrganisationId: true },
  });
}

export async function saveNetwork(
  user: SessionUser,
  input: z.output<typeof ZSaveNetworkInput>,
): Promise<{ id: string }> {
  requireRole(user, FUNDING_MANAGERS);
  const { id, ...data } = input;
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(
      id,
      () =>
        tx.network.findUnique({
          where: { id },
          select: { id: true, name: true, description: true, coordinatorOrganisationId: true },
        }),
      "theNetwork",
    );
    const clash = await tx.network.findFirst({
      where: { name: data.name, ...(before ? { NOT: { id: before.id } } : {}) },
      select: { id: true },
    });
    if (clash) throw validationError("name", "networkNameTaken");
    if (data.coordinatorOrganisationId) {
      const coordinator = await tx.organisation.findFirst({
        where: { id: data.coordinatorOrganisationId, archivedAt: null },
        select: { id: true },
      });
      if (!coordinator) throw validationError("coordinatorOrganisationId", "chooseKnownOrganisation");
    }
    const saved = before
      ? await tx.network.update({ where: { id: before.id }, data, select: { id: true } })
      : await tx.network.create({ data, select: { id: true } });
    await recordAudit(tx, {
      actorId: user.id,
      action: before ? "network.update" : "network.create",
      entityType: "Network",
      entityId: saved.id,
      before,
      after: data,
    });
    return saved;
  });
}

/** Deletes a network and its memberships; its linked projects stay, unlinked. */
export async function deleteNetwork(user: SessionUser, networkId: string): Promise<void> {
  requireRole(user, FUNDING_MANAGERS);
  await db.$transaction(async (tx) => {
    const network = await tx.network.findUnique({
      where: { id: networkId },
      select: { id: true, name: true, _count: { select: { members: true } } },
    });
    if (!network) throw notFound("theNetwork");
    await tx.network.delete({ where: { id: network.id } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "network.delete",
      entityType: "Network",
      entityId: network.id,
      before: { name: network.name, members: network._count.members },
    });
  });
}

// --- Membership ---------------------------------------------------------------------------------------

/** The network, for the membership pages; the membership too when one is named (through its network). */
export async function getMembershipForEdit(user: SessionUser, networkId: string, membershipId?: string) {
  requireRole(user, FUNDING_MANAGERS);
  const network = await db.network.findUnique({ where: { id: networkId }, select: { id: true, name: true } });
  if (!network) return null;
  if (!membershipId) return { network, membership: null };
  const membership = await db.networkMembership.findFirst({
    where: { id: membershipId, networkId },
    select: {
      id: true,
      organisationId: true,
      joinedOn: true,
      status: true,
      leftOn: true,
      organisation: { select: { name: true } },
    },
  });
  return membership ? { network, membership } : null;
}

/** Adds an organisation to a network, or changes a membership: the network first, the membership through it. */
export async function saveNetworkMembership(
  user: SessionUser,
  input: z.output<typeof ZSaveNetworkMembershipInput>,
): Promise<{ id: string }> {
  requireRole(user, FUNDING_MANAGERS);
  const { id, networkId, ...data } = input;
  return db.$transaction(async (tx) => {
    const network = await tx.network.findUnique({ where: { id: networkId }, select: { id: true } });
    if (!network) throw notFound("theNetwork");
    const before = await loadForWrite(
      id,
      () =>
        tx.networkMembership.findFirst({
          where: { id, networkId },
          select: { id: true, organisationId: true, joinedOn: true, status: true, leftOn: true },
        }),
      "theMembership",
    );
    const organisation = await tx.organisation.findFirst({
      where: { id: data.organisationId, archivedAt: null },
      select: { id: true, name: true },
    });
    if (!organisation) throw validationError("organisationId", "chooseKnownOrganisation");
    const clash = await tx.networkMembership.findFirst({
      where: { networkId, organisationId: organisation.id, ...(before ? { NOT: { id: before.id } } : {}) },
      select: { id: true },
    });
    if (clash) throw validationError("organisationId", "alreadyNetworkMember", { name: organisation.name });
    const saved = before
      ? await tx.networkMembership.update({ where: { id: before.id }, data, select: { id: true } })
      : await tx.networkMembership.create({ data: { networkId, ...data }, select: { id: true } });
    await recordAudit(tx, {
      actorId: user.id,
      action: before ? "network-member.update" : "network-member.create",
      entityType: "NetworkMembership",
      entityId: saved.id,
      before,
      after: { ...data, networkId, name: organisation.name },
    });
    return saved;
  });
}

/** Removes a membership entered by mistake (a member who left is marked so instead, and stays listed). */
export async function removeNetworkMembership(user: SessionUser, membershipId: string): Promise<{ networkId: string }> {
  requireRole(user, FUNDING_MANAGERS);
  return db.$transaction(async (tx) => {
    const membership = await tx.networkMembership.findUnique({
      where: { id: membershipId },
      select: { id: true, networkId: true, organisationId: true, organisation: { select: { name: true } } },
    });
    if (!membership) throw notFound("theMembership");
    await tx.networkMembership.delete({ where: { id: membership.id } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "network-member.remove",
      entityType: "NetworkMembership",
      entityId: membership.id,
      before: { networkId: membership.networkId, name: membership.organisation.name },
    });
    return { networkId: membership.networkId };
  });
}

// --- Projects linked by hand --------------------------------------------------------------------------

/** Projects a network's page offers to link: every project not archived and not linked to it yet. */
export async function findLinkableProjects(user: SessionUser, networkId: string) {
  requireRole(user, FUNDING_MANAGERS);
  return db.project.findMany({
    where: { archivedAt: null, OR: [{ networkId: null }, { NOT: { networkId } }] },
    orderBy: { acronym: "asc" },
    select: { id: true, acronym: true },
  });
}

/** Links a project to a network, or unlinks it; written in the project's history. */
export async function setNetworkProjectLink(
  user: SessionUser,
  { networkId, projectId }: z.output<typeof ZNetworkProjectInput>,
  linked: boolean,
): Promise<void> {
  requireRole(user, FUNDING_MANAGERS);
  await db.$transaction(async (tx) => {
    const network = await tx.network.findUnique({ where: { id: networkId }, select: { id: true, name: true } });
    if (!network) throw notFound("theNetwork");
    const project = await tx.project.findFirst({
      where: { id: projectId, archivedAt: null },
      select: { id: true, acronym: true, networkId: true },
    });
    if (!project) throw notFound("theProject");
    if (linked && project.networkId === network.id) {
      throw validationError("projectId", "projectAlreadyLinked", { acronym: project.acronym });
    }
    if (!linked && project.networkId !== network.id) throw notFound("theProject");
    await tx.project.update({ where: { id: project.id }, data: { networkId: linked ? network.id : null } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "project.update",
      entityType: "Project",
      entityId: project.id,
      projectId: project.id,
      before: { acronym: project.acronym, networkId: project.networkId },
      after: { acronym: project.acronym, networkId: linked ? network.id : null, network: linked ? network.name : null },
    });
  });
}
