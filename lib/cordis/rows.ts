/**
 * CORDIS open-data CSV files (semicolon separated) read into checked rows. Columns are found by header
 * name, since the column sets differ between dataset versions; every malformed row is reported with its
 * line number, so that a file is either read whole or not used at all.
 */
import { parse } from "csv-parse/sync";
import type { OrganisationType, PartnerRole } from "@/generated/prisma/enums";
import { projectMonthAt } from "@/lib/format/project-months";
import { zCountry } from "@/lib/validation/common";
import { ACRONYM_MAX, ACRONYM_PATTERN, TITLE_MAX } from "@/lib/validation/project";

export type CordisFile = "project" | "organization";

/** A problem in a file, in words a person can act on; rendered in the reader's language from `code`. */
export type CordisProblem = {
  file: CordisFile;
  line: number;
  code:
    | "unreadable"
    | "missingColumn"
    | "columnCount"
    | "required"
    | "tooLong"
    | "badNumber"
    | "badDate"
    | "endBeforeStart"
    | "badCountry"
    | "badRole"
    | "duplicateProject"
    | "unknownProject"
    | "noCoordinator"
    | "acronymTaken"
    | "badAcronym";
  /** The column concerned, or other details. */
  detail?: string;
};

export type CordisProjectRow = {
  line: number;
  cordisId: string;
  acronym: string;
  title: string;
  cordisStatus: string;
  startDate: Date;
  endDate: Date;
  durationMonths: number;
  totalCost: string;
  ecMaxContribution: string;
  frameworkProgramme: string;
  masterCall: string | null;
  objective: string | null;
};

export type CordisParticipantRow = {
  line: number;
  projectId: string;
  organisationId: string | null;
  vatNumber: string | null;
  name: string;
  shortName: string | null;
  type: OrganisationType;
  city: string | null;
  country: string;
  role: PartnerRole;
  isCoordinator: boolean;
  order: number;
  budgetAmount: string;
};

const PROJECT_COLUMNS = ["id", "acronym", "title", "startDate", "endDate", "totalCost", "ecMaxContribution"] as const;
const ORGANIZATION_COLUMNS = ["projectID", "name", "country", "role"] as const;

/** CORDIS roles; coordinator is our lead partner. */
const ROLES: Record<string, PartnerRole> = {
  coordinator: "LEAD_PARTNER",
  participant: "PARTNER",
  associatedpartner: "ASSOCIATED",
  thirdparty: "ASSOCIATED",
};

/** The EU's country codes where they differ from ISO 3166 (Greece, the United Kingdom). */
const EU_COUNTRY_CODES: Record<string, string> = { EL: "GR", UK: "GB" };

/** Text limits, matching the app's own forms. */
const LIMITS = {
  acronym: ACRONYM_MAX,
  title: TITLE_MAX,
  name: 200,
  shortName: 60,
  city: 100,
  vat: 40,
  objective: 4000,
};

const MAX_DURATION_MONTHS = 240;

type RawRow = { line: number; values: Record<string, string> };

/** Reads a CSV file; problems with its structure come back instead of rows. */
export function readCsv(file: CordisFile, text: string): { rows: RawRow[]; problems: CordisProblem[] } {
  const required: readonly string[] = file === "project" ? PROJECT_COLUMNS : ORGANIZATION_COLUMNS;
  let records: { record: Record<string, string>; info: { lines: number; error?: unknown } }[];
  try {
    records = parse(text, {
      delimiter: ";",
      columns: true,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { rows: [], problems: [{ file, line, code: "unreadable", detail: (error as Error).message }] };
  }
  const header = firstLine(text)
    .split(";")
    .map((name) => name.trim().replace(/^"|"$/g, ""));
  const missing = required.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    return { rows: [], problems: missing.map((column) => ({ file, line: 1, code: "missingColumn", detail: column })) };
  }
  const problems: CordisProblem[] = [];
  const rows: RawRow[] = [];
  for (const { record, info } of records) {
    if (info.error) problems.push({ file, line: info.lines, code: "columnCount" });
    else rows.push({ line: info.lines, values: record });
  }
  return { rows, problems };
}

function firstLine(text: string): string {
  return text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
}

/** Checks one row's fields, collecting every problem on the line rather than stopping at the first. */
class RowReader {
  readonly problems: CordisProblem[] = [];
  constructor(
    private readonly file: CordisFile,
    private readonly row: RawRow,
  ) {}

  private problem(code: CordisProblem["code"], detail?: string): void {
    this.problems.push({ file: this.file, line: this.row.line, code, detail });
  }

  optional(column: string, max = 200): string | null {
    const value = (this.row.values[column] ?? "").trim();
    if (value.length > max) {
      this.problem("tooLong", column);
      return null;
    }
    return value || null;
  }

  required(column: string, max = 200): string {
    const value = this.optional(column, max);
    if (value === null && !this.problems.some((problem) => problem.detail === column)) this.problem("required", column);
    return value ?? "";
  }

  /** Exact decimals, with a decimal comma or point and no thousands separators, as CORDIS writes them. */
  amount(column: string): string {
    const value = this.optional(column, 30);
    if (value === null) return "0";
    if (!/^\d{1,15}([.,]\d{1,4})?$/.test(value)) {
      this.problem("badNumber", column);
      return "0";
    }
    return value.replace(",", ".");
  }

  date(column: string): Date | null {
    const value = this.required(column, 30);
    if (!value) return null;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    if (
      !date ||
      date.toISOString().slice(0, 10) !== value ||
      date.getUTCFullYear() < 1980 ||
      date.getUTCFullYear() > 2100
    ) {
      this.problem("badDate", column);
      return null;
    }
    return date;
  }

  country(column: string): string {
    const raw = this.required(column, 10).toUpperCase();
    if (!raw) return "";
    const code = EU_COUNTRY_CODES[raw] ?? raw;
    if (!zCountry.safeParse(code).success) this.problem("badCountry", raw);
    return code;
  }

  role(column: string): PartnerRole {
    const raw = this.required(column, 40);
    const role = ROLES[raw.toLowerCase()];
    if (raw && !role) this.problem("badRole", raw);
    return role ?? "PARTNER";
  }

  endBeforeStart(): void {
    this.problem("endBeforeStart");
  }

  badAcronym(): void {
    this.problem("badAcronym");
  }
}

export function readProjectRows(rows: RawRow[]): { projects: CordisProjectRow[]; problems: CordisProblem[] } {
  const projects: CordisProjectRow[] = [];
  const problems: CordisProblem[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const reader = new RowReader("project", row);
    const cordisId = reader.required("id", 20);
    const acronym = reader.required("acronym", LIMITS.acronym);
    if (acronym && !ACRONYM_PATTERN.test(acronym)) reader.badAcronym();
    const title = reader.required("title", LIMITS.title);
    const startDate = reader.date("startDate");
    const endDate = reader.date("endDate");
    const totalCost = reader.amount("totalCost");
    const ecMaxContribution = reader.amount("ecMaxContribution");
    const objective = reader.optional("objective", 100_000);
    const durationMonths = startDate && endDate ? projectMonthAt(startDate, endDate) : 0;
    if (startDate && endDate && (endDate < startDate || durationMonths > MAX_DURATION_MONTHS)) reader.endBeforeStart();
    if (cordisId && seen.has(cordisId))
      problems.push({ file: "project", line: row.line, code: "duplicateProject", detail: cordisId });
    seen.add(cordisId);
    problems.push(...reader.problems);
    if (reader.problems.length > 0 || !startDate || !endDate) continue;
    projects.push({
      line: row.line,
      cordisId,
      acronym,
      title,
      cordisStatus: (reader.optional("status", 40) ?? "").toUpperCase(),
      startDate,
      endDate,
      durationMonths,
      totalCost,
      ecMaxContribution,
      frameworkProgramme: reader.optional("frameworkProgramme", 40) ?? "CORDIS",
      masterCall: reader.optional("masterCall", 100),
      objective:
        objective && objective.length > LIMITS.objective ? `${objective.slice(0, LIMITS.objective - 1)}…` : objective,
    });
  }
  return { projects, problems };
}

export function readParticipantRows(
  rows: RawRow[],
  projectIds: Set<string>,
): { participants: CordisParticipantRow[]; problems: CordisProblem[] } {
  const participants: CordisParticipantRow[] = [];
  const problems: CordisProblem[] = [];
  for (const row of rows) {
    const reader = new RowReader("organization", row);
    const projectId = reader.required("projectID", 20);
    const name = reader.required("name", LIMITS.name);
    const country = reader.country("country");
    const role = reader.role("role");
    const organisationId = reader.optional("organisationID", 20);
    const vatNumber = reader.optional("vatNumber", LIMITS.vat);
    const shortName = reader.optional("shortName", LIMITS.shortName);
    const city = reader.optional("city", LIMITS.city);
    const budget = reader.optional("totalCost", 30) ? reader.amount("totalCost") : reader.amount("ecContribution");
    const order = Number(reader.optional("order", 10) ?? "");
    if (projectId && !projectIds.has(projectId)) {
      problems.push({ file: "organization", line: row.line, code: "unknownProject", detail: projectId });
    }
    problems.push(...reader.problems);
    if (reader.problems.length > 0) continue;
    participants.push({
      line: row.line,
      projectId,
      organisationId,
      vatNumber,
      name,
      shortName,
      type: organisationType(reader.optional("activityType", 10), reader.optional("SME", 10)),
      city,
      country,
      role,
      isCoordinator: role === "LEAD_PARTNER",
      order: Number.isInteger(order) && order > 0 ? order : row.line,
      budgetAmount: budget,
    });
  }
  return { participants, problems };
}

/** CORDIS activity types: PRC private companies, HES higher education, REC research, PUB public bodies, OTH other. */
function organisationType(activityType: string | null, sme: string | null): OrganisationType {
  switch (activityType?.toUpperCase()) {
    case "PRC":
      return sme?.toLowerCase() === "true" ? "SME" : "ENTERPRISE_EXCEPT_SME";
    case "HES":
      return "HIGHER_EDUCATION_ORGANISATION";
    case "REC":
      return "RESEARCH_ORGANISATION";
    case "PUB":
      return "NATIONAL_PUBLIC_AUTHORITY";
    default:
      return "OTHER";
  }
}

/** CORDIS project statuses: CLOSED and TERMINATED are over; a signed project runs once it has started. */
export function projectStatusFor(cordisStatus: string, startDate: Date, today: Date) {
  if (cordisStatus === "CLOSED" || cordisStatus === "TERMINATED") return "CLOSED" as const;
  return startDate <= today ? ("RUNNING" as const) : ("CONTRACTED" as const);
}
