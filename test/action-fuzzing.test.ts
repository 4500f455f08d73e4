/**
 * Random and hostile input into every server action, as a crafted request could send it: huge strings,
 * unicode, control characters, negative and non-finite numbers, impossible dates, wrong types, extra
 * fields. Each call must answer with a clear, expected refusal (never the generic "something went wrong",
 * which is what a 500 looks like to an action) and a refused call must leave the database exactly as it was.
 */
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/access/permissions";
import { restoreBaseline, saveBaseline } from "@/test/db-baseline";
import { snapshotDatabase } from "@/test/db-snapshot";
import { validProjectInput } from "@/test/fixtures/project-input";
import { sessionMock, signInForTest } from "@/test/session-mock";
import { createWorld, newDeliverableInput, type World } from "@/test/world";

vi.mock("@/lib/auth/session", () => sessionMock);
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers({ host: "localhost:3000" }),
}));
// Signing in itself goes through next-auth's request handling; here it answers as for wrong credentials.
vi.mock("@/lib/auth/next-auth", async () => {
  const { CredentialsSignin } = await import("next-auth");
  return {
    OIDC_PROVIDER_ID: "oidc",
    THROTTLED_CODE: "throttled",
    signIn: async () => {
      throw new CredentialsSignin();
    },
    signOut: async () => undefined,
  };
});

type Action = (
  input: never,
) => Promise<{ ok: boolean; code?: string; error?: string; fieldErrors?: Record<string, string[]> }>;

/** Every module of server actions; any export named "...Action" that takes an input is fuzzed. */
/** Every actions module: a new one is fuzzed without being listed. */
const MODULES = readdirSync(path.resolve("lib/actions"))
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !["builder.ts", "result.ts"].includes(file))
  .map((file) => file.replace(/\.ts$/, ""));
/** These take no input at all: they only start or end a session through next-auth. */
const WITHOUT_INPUT = new Set(["signOutAction", "signInWithOidcAction"]);

/** A spreadsheet of one item and a rate file of one rate, in base64 as the import forms send them. */
const ITEM_SHEET = Buffer.from(
  "Cost category,Description,Invoice date,Amount\nSTAFF,Manager,2026-03-02,500.00\n",
).toString("base64");
const RATE_FILE = Buffer.from("currency,rate\nRON,4.9761\n").toString("base64");
const fixture = (name: string) => readFileSync(path.resolve("test/fixtures/cordis", name), "utf8");

/** A valid input of each action on the world's records: the fuzzer keeps its keys and swaps their values. */
const samplesFor = (world: World): Record<string, Record<string, unknown>> => {
  const PROJECT = world.project.id;
  return {
    saveAccountPreferencesAction: { locale: "ro", emailReminders: false },
    chooseLocaleAction: { locale: "ro" },
    replaceCalendarFeedAction: {},
    removeCalendarFeedAction: {},
    markNotificationsReadAction: { ids: ["some-notification"] },
    signInAction: { email: world.lead.email, password: "a long enough password" },
    saveBudgetLineAction: {
      projectId: PROJECT,
      partnerId: world.project.partnerAId,
      periodId: world.project.periodIds[1],
      category: "STAFF",
      amount: "1234.50",
      version: 1,
    },
    savePaymentAction: {
      projectId: PROJECT,
      kind: "INTERIM",
      plannedDate: "2027-06-30",
      plannedAmount: "1000",
      receivedDate: "",
      receivedAmount: "",
      note: "",
    },
    deletePaymentAction: { projectId: PROJECT, id: world.plannedPaymentId },
    previewCordisImportAction: { projectCsv: fixture("project.csv"), organizationCsv: fixture("organization.csv") },
    importCordisAction: { projectCsv: fixture("project.csv"), organizationCsv: fixture("organization.csv") },
    changeDeliverableStatusAction: {
      projectId: PROJECT,
      deliverableId: world.deliverables.partnerADraft,
      toStatus: "IN_REVIEW",
      version: 2,
      comment: "",
      lateJustification: "",
    },
    bulkChangeDeliverableStatusAction: {
      projectId: PROJECT,
      deliverableIds: [world.deliverables.partnerADraft],
      toStatus: "IN_REVIEW",
      comment: "",
    },
    addDeliverableCommentAction: {
      projectId: PROJECT,
      deliverableId: world.deliverables.partnerADraft,
      body: "Looks good.",
    },
    saveOrganisationAction: {
      name: "Brand New Org",
      shortName: "BNO",
      country: "RO",
      city: "Cluj",
      type: "SME",
      vatNumber: "RO12345678",
      pic: "999999999",
      website: "https://example.org",
    },
    archiveOrganisationAction: { id: world.unused.organisationId },
    saveNetworkAction: {
      id: world.network.id,
      name: "Renamed network",
      description: "",
      coordinatorOrganisationId: "",
    },
    deleteNetworkAction: { id: world.network.id },
    saveNetworkMembershipAction: {
      networkId: world.network.id,
      organisationId: world.newOrganisationId,
      joinedOn: "2026-01-05",
      status: "LEFT",
      leftOn: "2026-06-30",
    },
    removeNetworkMembershipAction: { id: world.network.membershipId },
    linkNetworkProjectAction: { networkId: world.network.id, projectId: PROJECT },
    unlinkNetworkProjectAction: { networkId: world.network.id, projectId: world.network.linkedProjectId },
    saveCompetenceAction: { nameEn: "Space technology", nameRo: "Tehnologie spațială" },
    deleteCompetenceAction: { id: world.competenceId },
    saveCompetenceProfileAction: {
      organisationId: world.organisations.partnerA.id,
      competenceIds: [world.competenceId],
      staffSize: "SMALL",
      sectors: "Health",
      markets: "Romania",
      offer: "Cloud pilots for hospitals.",
    },
    openPartnerReportAction: {
      projectId: PROJECT,
      periodId: world.project.periodIds[1],
      partnerId: world.project.partnerAId,
    },
    saveExpenditureItemAction: {
      projectId: PROJECT,
      reportId: world.reports.partnerADraft,
      id: world.items.partnerADraft,
      version: 1,
      category: "TRAVEL_AND_ACCOMMODATION",
      description: "Train to the partner meeting",
      supplier: "Rail company",
      invoiceNumber: "R-1",
      invoiceDate: "2026-03-02",
      paymentDate: "",
      amount: "120.50",
      currency: "EUR",
    },
    deleteExpenditureItemAction: { projectId: PROJECT, id: world.items.partnerADraft },
    acceptExpenditureAction: {
      projectId: PROJECT,
      id: world.items.partnerBSubmitted,
      version: 1,
      acceptedAmount: "300.00",
      deductionReason: "One night was private.",
    },
    saveExchangeRateAction: { currency: "RON", month: "2026-03", rate: "4.9761" },
    previewExpenditureImportAction: { projectId: PROJECT, reportId: world.reports.partnerADraft, file: ITEM_SHEET },
    importExpenditureAction: { projectId: PROJECT, reportId: world.reports.partnerADraft, file: ITEM_SHEET },
    previewRateImportAction: { file: RATE_FILE, month: "2026-03" },
    importRatesAction: { file: RATE_FILE, month: "2026-03" },
    saveReportSummaryAction: { projectId: PROJECT, reportId: world.reports.partnerADraft, summary: "What we did." },
    submitReportAction: { projectId: PROJECT, reportId: world.reports.partnerADraft, summary: "What we did." },
    changeReportStatusAction: {
      projectId: PROJECT,
      reportId: world.reports.partnerADraft,
      toStatus: "SUBMITTED",
      comment: "",
    },
    saveProgrammeAction: { code: "NEW-PROG", name: "New programme", description: "", managedBy: "", currency: "EUR" },
    archiveProgrammeAction: { id: world.unused.programmeId },
    saveCallAction: {
      programmeId: world.project.programmeId,
      identifier: "X-1",
      title: "X",
      opensOn: "2026-01-01",
      closesOn: "2026-02-01",
      budget: "1000",
    },
    archiveCallAction: { id: world.call.id },
    createProjectAction: validProjectInput({
      programmeId: world.project.programmeId,
      callId: world.call.id,
      organisationId: world.organisations.lead.id,
    }),
    updateProjectAction: {
      id: PROJECT,
      version: 1,
      acronym: world.project.acronym,
      title: "T",
      programmeId: world.project.programmeId,
      startDate: "2025-01-01",
      durationMonths: "24",
      status: "ACTIVE",
      currency: "EUR",
      totalCost: "1000",
      grantAmount: "800",
      cofinancingRatePercent: "80",
    },
    savePartnerAction: {
      projectId: PROJECT,
      organisationId: world.newOrganisationId,
      role: "PARTNER",
      budgetAmount: "5",
    },
    removePartnerAction: { projectId: PROJECT, id: world.removablePartnerId },
    inviteUserAction: {
      email: "new@example.test",
      name: "New",
      role: "PARTNER",
      organisationId: world.organisations.partnerA.id,
      projectId: PROJECT,
    },
    setUserActiveAction: { userId: "some-user", isActive: false },
    acceptInvitationAction: {
      token: "x".repeat(40),
      password: "a long enough password",
      confirmPassword: "a long enough password",
    },
    saveReportingPeriodAction: { projectId: PROJECT, id: world.project.periodIds[1], startMonth: 13, endMonth: 17 },
    deleteReportingPeriodAction: { projectId: PROJECT, id: world.project.periodIds[1] },
    saveWorkPackageAction: {
      projectId: PROJECT,
      number: 5,
      title: "New",
      objective: "",
      leadPartnerId: world.project.leadPartnerId,
      startMonth: 1,
      endMonth: 2,
    },
    deleteWorkPackageAction: { projectId: PROJECT, id: world.unused.workPackageId },
    saveDeliverableAction: { ...newDeliverableInput(world), description: "", version: 1 },
    deleteDeliverableAction: { projectId: PROJECT, id: world.deliverables.pending },
    saveMilestoneAction: {
      projectId: PROJECT,
      number: 9,
      title: "New",
      workPackageId: world.project.workPackageId,
      dueMonth: 3,
      meansOfVerification: "",
    },
    deleteMilestoneAction: { projectId: PROJECT, id: world.unused.milestoneId },
  };
};
/** Partner reports are written by the partner's own people: fuzz them as that partner, the rest as an administrator. */
const AS_PARTNER = new Set([
  "saveExpenditureItemAction",
  "previewExpenditureImportAction",
  "importExpenditureAction",
  "deleteExpenditureItemAction",
  "openPartnerReportAction",
  "saveReportSummaryAction",
  "submitReportAction",
  "changeReportStatusAction",
]);

const hostileValue = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "\u202e\u0007",
    "\ud800",
    "a\udc00b",
    "\udbff\u0041",
    "x".repeat(100_000),
    "😀".repeat(5_000),
    "<script>alert(1)</script>",
    '\'; DROP TABLE "User"; --',
    "../../etc/passwd",
    "9999-12-31",
    "0000-00-00",
    "2026-02-30",
    "-1",
    "NaN",
    "1e308",
    "Infinity",
    "0x10",
    "-0.0000001",
    "12,50",
    "null",
  ),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -1,
    -0,
    0,
    1e308,
    2 ** 31,
    Number.MAX_SAFE_INTEGER + 2,
    0.5,
  ),
  fc.constantFrom(
    null,
    undefined,
    true,
    false,
    [],
    {},
    [[]],
    { toString: "x" },
    new Date(8.64e15),
    new Date(Number.NaN),
  ),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.anything({ maxDepth: 2 }),
);

/** The sample's keys with some values made hostile, and some extra fields (such as "role" or "__proto__"). */
function hostileInput(sample: Record<string, unknown>) {
  const fields = Object.fromEntries(
    Object.entries(sample).map(([key, value]) => [key, fc.oneof(fc.constant(value), hostileValue)]),
  );
  const extra = fc.dictionary(
    fc.constantFrom(
      "role",
      "organisationId",
      "actorId",
      "allowed",
      "__proto__",
      "constructor",
      "passwordHash",
      "extra",
    ),
    hostileValue,
    { maxKeys: 2 },
  );
  return fc.tuple(fc.record(fields), extra).map(([input, more]) => ({ ...more, ...input }));
}

const EXPECTED_REFUSALS = ["VALIDATION", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "UNAUTHENTICATED", "RATE_LIMITED"];
const RUNS = 40;

const actions: [string, Action][] = [];
for (const name of MODULES) {
  const exported = (await import(`@/lib/actions/${name}.ts`)) as Record<string, unknown>;
  for (const [exportName, value] of Object.entries(exported)) {
    if (exportName.endsWith("Action") && typeof value === "function" && !WITHOUT_INPUT.has(exportName))
      actions.push([exportName, value as Action]);
  }
}
let admin: SessionUser;
let partner: SessionUser;
let SAMPLES: Record<string, Record<string, unknown>> = {};

beforeAll(async () => {
  const world = await createWorld();
  ({ admin, partnerA: partner } = world);
  SAMPLES = samplesFor(world);
  await saveBaseline();
});

it("has a sample input for every server action", () => {
  expect(actions.map(([name]) => name).sort()).toEqual(Object.keys(SAMPLES).sort());
});

describe.each(actions)("%s", (name, action) => {
  it("answers random and hostile input with an expected refusal and changes nothing", async () => {
    signInForTest(AS_PARTNER.has(name) ? partner : admin);
    const before = await snapshotDatabase();
    const property = fc.asyncProperty(
      fc.oneof({ weight: 4, arbitrary: hostileInput(SAMPLES[name] ?? {}) }, { weight: 1, arbitrary: fc.anything() }),
      async (input) => {
        const result = await action(input as never);
        if (result.ok) {
          // A hostile value that happened to be valid: fine, as long as the next run starts afresh.
          await restoreBaseline();
          return;
        }
        expect(EXPECTED_REFUSALS, `${result.code}: ${result.error}`).toContain(result.code);
        expect(result.error).toMatch(/\S/);
        expect(await snapshotDatabase()).toEqual(before);
      },
    );
    await fc.assert(property, { numRuns: RUNS });
  });
});

describe.each(actions)("%s with a lone UTF-16 surrogate in a text", (name, action) => {
  it("is refused with a message on that field, and nothing changes", async () => {
    const sample = SAMPLES[name] ?? {};
    const textField = Object.keys(sample).find((key) => typeof sample[key] === "string");
    if (!textField) return;
    signInForTest(AS_PARTNER.has(name) ? partner : admin);
    const before = await snapshotDatabase();
    const result = await action({ ...sample, [textField]: "broken \ud800 text" } as never);
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { [textField]: [expect.stringContaining("lone UTF-16 surrogate")] },
    });
    expect(await snapshotDatabase()).toEqual(before);
  });
});
