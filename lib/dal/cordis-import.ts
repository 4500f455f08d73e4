import "server-only";
import type { z } from "zod";
import type { OrganisationType, PartnerRole } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/access/permissions";
import {
  projectStatusFor,
  readCsv,
  readParticipantRows,
  readProjectRows,
  type CordisParticipantRow,
  type CordisProblem,
  type CordisProjectRow,
} from "@/lib/cordis/rows";
import { AppError } from "@/lib/errors";
import { normaliseOrganisationName } from "@/lib/format/organisation-name";
import { todayUtc } from "@/lib/format/project-months";
import type { ZCordisImportInput } from "@/lib/validation/cordis";
import { recordAudit } from "./audit";
import { db, type Prisma } from "./db";
import { requireRole } from "./guards";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";

type Input = z.output<typeof ZCordisImportInput>;

export type OrganisationMatch = "organisationId" | "vatNumber" | "name";

/** One organisation of the files: an existing one it matches, or one to create. */
export type PlannedOrganisation = {
  key: string;
  name: string;
  country: string;
  existing: { id: string; name: string; matchedBy: OrganisationMatch } | null;
  create: {
    name: string;
    shortName: string | null;
    country: string;
    city: string | null;
    type: OrganisationType;
    vatNumber: string | null;
    cordisOrganisationId: string | null;
  };
};

export type PlannedProject = {
  row: CordisProjectRow;
  /** An earlier import of the same CORDIS project: it is left as it is. */
  alreadyImportedAs: { id: string; acronym: string } | null;
  partners: { organisationKey: string; role: PartnerRole; budgetAmount: string }[];
};

export type ImportPlan = {
  projects: PlannedProject[];
  organisations: PlannedOrganisation[];
  problems: CordisProblem[];
};

/**
 * Reads both files and works out what an import would do, without writing anything: the projects to
 * create (or skip, when imported before) and, for every organisation, whether it matches one we have
 * (by CORDIS organisationID or PIC, then VAT number, then normalised name in the same country).
 */
export async function planCordisImport(user: SessionUser, input: Input): Promise<ImportPlan> {
  requireRole(user, FUNDING_MANAGERS);
  const projectFile = readCsv("project", input.projectCsv);
  const organisationFile = readCsv("organization", input.organizationCsv);
  const { projects, problems: projectProblems } = readProjectRows(projectFile.rows);
  const allProjectIds = new Set(projectFile.rows.map((row) => (row.values.id ?? "").trim()));
  const { participants, problems: participantProblems } = readParticipantRows(organisationFile.rows, allProjectIds);
  const problems = [...projectFile.problems, ...organisationFile.problems, ...projectProblems, ...participantProblems];

  const existingProjects = await db.project.findMany({
    where: {
      OR: [
        { cordisId: { in: projects.map((project) => project.cordisId) } },
        { acronym: { in: projects.map((project) => project.acronym) } },
      ],
    },
    select: { id: true, acronym: true, cordisId: true },
  });
  const organisations = await planOrganisations(participants);

  const planned: PlannedProject[] = [];
  for (const row of projects) {
    const previous = existingProjects.find((project) => project.cordisId === row.cordisId) ?? null;
    const acronymOwner = existingProjects.find(
      (project) => project.acronym.toLowerCase() === row.acronym.toLowerCase() && project.cordisId !== row.cordisId,
    );
    if (!previous && acronymOwner)
      problems.push({ file: "project", line: row.line, code: "acronymTaken", detail: row.acronym });
    const rows = participants.filter((participant) => participant.projectId === row.cordisId);
    if (!previous && !rows.some((participant) => participant.isCoordinator)) {
      problems.push({ file: "project", line: row.line, code: "noCoordinator", detail: row.acronym });
    }
    planned.push({
      row,
      alreadyImportedAs: previous ? { id: previous.id, acronym: previous.acronym } : null,
      // The coordinator is PP1; then CORDIS's own order.
      partners: rows
        .sort((a, b) => Number(b.isCoordinator) - Number(a.isCoordinator) || a.order - b.order)
        .filter(
          (participant, index, all) =>
            all.findIndex((other) => organisationKey(other) === organisationKey(participant)) === index,
        )
        .map((participant) => ({
          organisationKey: organisationKey(participant),
          role: participant.role,
          budgetAmount: participant.budgetAmount,
        })),
    });
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { projects: planned, organisations, problems };
}

/** Rows of the same organisation share a key: its CORDIS id, else its VAT number, else its name and country. */
function organisationKey(participant: CordisParticipantRow): string {
  if (participant.organisationId) return `id:${participant.organisationId}`;
  if (participant.vatNumber) return `vat:${participant.vatNumber.toUpperCase()}`;
  return `name:${participant.country}:${normaliseOrganisationName(participant.name)}`;
}

async function planOrganisations(participants: CordisParticipantRow[]): Promise<PlannedOrganisation[]> {
  const unique = new Map<string, CordisParticipantRow>();
  for (const participant of participants)
    if (!unique.has(organisationKey(participant))) unique.set(organisationKey(participant), participant);
  const rows = [...unique.values()];
  const ids = rows.flatMap((row) => (row.organisationId ? [row.organisationId] : []));
  const vats = rows.flatMap((row) => (row.vatNumber ? [row.vatNumber] : []));
  const names = rows.map((row) => normaliseOrganisationName(row.name));
  const candidates = await db.organisation.findMany({
    where: {
      archivedAt: null,
      OR: [
        { cordisOrganisationId: { in: ids } },
        { pic: { in: ids } },
        { vatNumber: { in: vats } },
        { normalisedName: { in: names } },
      ],
    },
    select: {
      id: true,
      name: true,
      country: true,
      normalisedName: true,
      vatNumber: true,
      pic: true,
      cordisOrganisationId: true,
    },
  });
  return rows.map((row) => {
    const byId =
      row.organisationId &&
      candidates.find((org) => org.cordisOrganisationId === row.organisationId || org.pic === row.organisationId);
    const byVat =
      row.vatNumber && candidates.find((org) => org.vatNumber?.toUpperCase() === row.vatNumber!.toUpperCase());
    const byName = candidates.find(
      (org) => org.normalisedName === normaliseOrganisationName(row.name) && org.country === row.country,
    );
    const found = byId
      ? { org: byId, matchedBy: "organisationId" as const }
      : byVat
        ? { org: byVat, matchedBy: "vatNumber" as const }
        : byName
          ? { org: byName, matchedBy: "name" as const }
          : null;
    return {
      key: organisationKey(row),
      name: row.name,
      country: row.country,
      existing: found ? { id: found.org.id, name: found.org.name, matchedBy: found.matchedBy } : null,
      create: {
        name: row.name,
        shortName: row.shortName,
        country: row.country,
        city: row.city,
        type: row.type,
        vatNumber: row.vatNumber,
        cordisOrganisationId: row.organisationId,
      },
    };
  });
}

export type ImportResult = {
  created: { id: string; acronym: string }[];
  skipped: number;
  organisationsCreated: number;
};

/**
 * Imports everything the plan holds in one transaction, or nothing: a file with any malformed row is
 * refused whole, and a failure half-way rolls every row back.
 */
export async function importCordisProjects(user: SessionUser, input: Input, today = todayUtc()): Promise<ImportResult> {
  const plan = await planCordisImport(user, input);
  if (plan.problems.length > 0) {
    throw new AppError("VALIDATION", "importHasProblems", { count: plan.problems.length });
  }
  const toCreate = plan.projects.filter((project) => !project.alreadyImportedAs);
  if (toCreate.length === 0) return { created: [], skipped: plan.projects.length, organisationsCreated: 0 };
  const needed = new Set(toCreate.flatMap((project) => project.partners.map((partner) => partner.organisationKey)));

  return db.$transaction(async (tx) => {
    const organisationIds = new Map<string, string>();
    let organisationsCreated = 0;
    for (const organisation of plan.organisations) {
      if (!needed.has(organisation.key)) continue;
      if (organisation.existing) {
        organisationIds.set(organisation.key, organisation.existing.id);
        continue;
      }
      const created = await tx.organisation.create({
        data: {
          ...organisation.create,
          normalisedName: normaliseOrganisationName(organisation.create.name),
          pic: organisation.create.cordisOrganisationId,
        },
        select: { id: true },
      });
      organisationIds.set(organisation.key, created.id);
      organisationsCreated += 1;
      await recordAudit(tx, {
        actorId: user.id,
        action: "organisation.import",
        entityType: "Organisation",
        entityId: created.id,
        after: organisation.create,
      });
    }
    const programmeIds = new Map<string, string>();
    const created: ImportResult["created"] = [];
    for (const { row, partners } of toCreate) {
      const programmeId =
        programmeIds.get(row.frameworkProgramme) ?? (await ensureProgramme(tx, user, row.frameworkProgramme));
      programmeIds.set(row.frameworkProgramme, programmeId);
      const project = await tx.project.create({
        data: {
          acronym: row.acronym,
          title: row.title,
          summary: row.objective,
          programmeId,
          startDate: row.startDate,
          durationMonths: row.durationMonths,
          status: projectStatusFor(row.cordisStatus, row.startDate, today),
          currency: "EUR",
          totalCost: row.totalCost,
          grantAmount: row.ecMaxContribution,
          cofinancingRate: cofinancingRate(row.totalCost, row.ecMaxContribution),
          grantAgreementNumber: row.cordisId,
          cordisId: row.cordisId,
          partners: {
            create: partners.map((partner, index) => ({
              organisationId: organisationIds.get(partner.organisationKey)!,
              role: partner.role,
              partnerNumber: index + 1,
              budgetAmount: partner.budgetAmount,
            })),
          },
        },
        select: { id: true, acronym: true },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: "project.import",
        entityType: "Project",
        entityId: project.id,
        projectId: project.id,
        after: { cordisId: row.cordisId, acronym: row.acronym, partners: partners.length, masterCall: row.masterCall },
      });
      created.push(project);
    }
    return { created, skipped: plan.projects.length - toCreate.length, organisationsCreated };
  });
}

const PROGRAMME_NAMES: Record<string, string> = {
  HORIZON: "Horizon Europe",
  H2020: "Horizon 2020",
  FP7: "Seventh Framework Programme (FP7)",
};

/**
 * The programme of CORDIS's framework programme code: one we have under that code or name, else a new one, whose
 * history says it came from the import.
 */
async function ensureProgramme(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  frameworkProgramme: string,
): Promise<string> {
  const code = frameworkProgramme.replace(/[^A-Za-z0-9._-]/g, "-").slice(0, 40) || "CORDIS";
  const name = PROGRAMME_NAMES[code] ?? code;
  const existing = await tx.fundingProgramme.findFirst({
    where: { archivedAt: null, OR: [{ code }, { name }] },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (existing) return existing.id;
  const data = { code, name, managedBy: "European Commission", currency: "EUR" };
  const created = await tx.fundingProgramme.create({ data, select: { id: true } });
  await recordAudit(tx, {
    actorId: user.id,
    action: "programme.import",
    entityType: "FundingProgramme",
    entityId: created.id,
    after: data,
  });
  return created.id;
}

/** The EU contribution as a share of the total cost, 0 to 1, to four places. */
function cofinancingRate(totalCost: string, grant: string): string {
  const total = Number(totalCost);
  if (!(total > 0)) return "0";
  return Math.min(1, Number(grant) / total).toFixed(4);
}
