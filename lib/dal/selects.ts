// Prisma selections that several views of a project share, kept in one place so that they stay alike.
import "server-only";

/** A project's partners as choices and labels (PP1 Cluj IT Cluster), in partner-number order. */
export const PARTNERS_IN_ORDER = {
  orderBy: { partnerNumber: "asc" },
  select: { id: true, partnerNumber: true, organisation: { select: { name: true } } },
} as const;

/** What a list of projects shows of each one. */
export const PROJECT_LIST_FIELDS = {
  id: true,
  acronym: true,
  title: true,
  status: true,
  startDate: true,
  durationMonths: true,
} as const;

/** The uploaded versions of a document, newest first, as its versions table shows them. */
export const FILE_VERSIONS = {
  orderBy: { versionNumber: "desc" },
  select: {
    id: true,
    versionNumber: true,
    originalName: true,
    sizeBytes: true,
    sha256: true,
    isFrozen: true,
    createdAt: true,
    uploadedBy: { select: { name: true } },
  },
} as const;

/** The documents of a deliverable or a report, first added first, each with its versions. */
export const DOCUMENTS = {
  orderBy: { createdAt: "asc" },
  select: { id: true, title: true, type: true, versions: FILE_VERSIONS },
} as const;

/** A project's reporting periods, P1 first. */
export const PERIODS_IN_ORDER = {
  orderBy: { number: "asc" },
  select: { id: true, number: true, startMonth: true, endMonth: true },
} as const;

/** A project's work packages that are not archived, WP1 first (spread it, then add the select). */
export const OPEN_WORK_PACKAGES_IN_ORDER = { where: { archivedAt: null }, orderBy: { number: "asc" } } as const;

/** The work plan's rows of work packages: months and lead partner, as the project page and the Gantt show them. */
export const WORK_PACKAGE_ROWS = {
  ...OPEN_WORK_PACKAGES_IN_ORDER,
  select: {
    id: true,
    number: true,
    title: true,
    startMonth: true,
    endMonth: true,
    leadPartner: { select: { organisation: { select: { name: true, shortName: true } } } },
  },
} as const;

/** A deliverable as a register lists it: the deliverables workbook and the progress report. */
export const DELIVERABLE_REGISTER_FIELDS = {
  number: true,
  title: true,
  type: true,
  dissemination: true,
  dueMonth: true,
  status: true,
  submittedAt: true,
  lateJustification: true,
  workPackage: { select: { number: true } },
  responsiblePartner: { select: { partnerNumber: true, organisation: { select: { name: true } } } },
} as const;
