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
