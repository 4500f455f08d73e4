/**
 * Who may do what: every mutating server action and every download and upload route, called by each role
 * against the same data. An allowed call succeeds; a refused one changes nothing at all and leaves an
 * audit event of the refusal, naming the person and what they asked for.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/access/permissions";
import { db } from "@/test/db";
import { restoreBaseline, saveBaseline } from "@/test/db-baseline";
import { snapshotDatabase } from "@/test/db-snapshot";
import type { TSaveExpenditureItemInput } from "@/lib/validation/expenditure";
import { PDF } from "@/test/fixtures/files";
import { validProjectInput } from "@/test/fixtures/project-input";
import { sessionMock, signInForTest } from "@/test/session-mock";
import { createWorld, newDeliverableInput, type World } from "@/test/world";

vi.mock("@/lib/auth/session", () => sessionMock);
// Actions that remember the language or build links read the request's cookies and headers.
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers({ host: "localhost:3000" }),
}));

const account = await import("@/lib/actions/account");
const budget = await import("@/lib/actions/budget");
const cordis = await import("@/lib/actions/cordis-import");
const deliverable = await import("@/lib/actions/deliverables");
const organisation = await import("@/lib/actions/organisations");
const networks = await import("@/lib/actions/networks");
const competences = await import("@/lib/actions/competences");
const report = await import("@/lib/actions/partner-reports");
const expenditure = await import("@/lib/actions/expenditure");
const expenditureImport = await import("@/lib/actions/expenditure-import");
const rates = await import("@/lib/actions/exchange-rates");
const programme = await import("@/lib/actions/programmes");
const project = await import("@/lib/actions/projects");
const user = await import("@/lib/actions/users");
const calls = await import("@/lib/actions/calls");
const invitations = await import("@/lib/actions/invitations");
const milestones = await import("@/lib/actions/milestones");
const partners = await import("@/lib/actions/partners");
const payments = await import("@/lib/actions/payments");
const periods = await import("@/lib/actions/reporting-periods");
const workPackages = await import("@/lib/actions/work-packages");
const uploads = await import("@/app/api/uploads/route");
const files = await import("@/app/api/files/[fileId]/route");
const projectExport = await import("@/app/(app)/projects/[projectId]/export/route");
const historyExport = await import("@/app/(app)/projects/[projectId]/history/export/route");
const timelinePdf = await import("@/app/(app)/projects/[projectId]/timeline/pdf/route");
const progressReport = await import("@/app/(app)/projects/[projectId]/progress-report/[periodId]/route");
const expenditureTemplate =
  await import("@/app/(app)/projects/[projectId]/reports/[reportId]/expenditure/template/route");

let world: World;
/** The project; partner A's place in it, its draft report and draft deliverable; set before any case runs. */
let PROJECT = "";
let OWN_PARTNER = "";
let OWN_DRAFT_REPORT = "";
let OWN_DRAFT_DELIVERABLE = "";
const validProject = () =>
  validProjectInput({
    programmeId: world.project.programmeId,
    callId: world.call.id,
    organisationId: world.organisations.lead.id,
  });
const versionOf = async (deliverableId: string) =>
  (await db.deliverable.findUniqueOrThrow({ where: { id: deliverableId } })).version;
const fixture = (name: string) => readFileSync(path.resolve("test/fixtures/cordis", name), "utf8");

/**
 * Roles of the matrix; "otherPartner" is a partner in the same project for another organisation, "outsider" one not in
 * it.
 */
const ROLES = ["admin", "coordinator", "lead", "partner", "otherPartner", "outsider", "viewer"] as const;
type Role = (typeof ROLES)[number];
const users = {} as Record<Role, SessionUser>;

type Outcome = { allowed: boolean; detail: string };
const ofAction = (result: { ok: boolean; code?: string; error?: string }): Outcome => ({
  allowed: result.ok,
  detail: result.ok ? "ok" : `${result.code}: ${result.error}`,
});
const ofResponse = async (response: Response): Promise<Outcome> => ({
  allowed: response.ok,
  detail: `${response.status}${response.ok ? "" : ` ${await response.text()}`}`,
});

type Case = { name: string; audit: string; allowed: Role[]; call: (self: SessionUser) => Promise<Outcome> };
const MANAGERS: Role[] = ["admin", "coordinator"];
const PARTNERSHIP: Role[] = ["admin", "coordinator", "lead"];
const PLANNERS: Role[] = ["admin", "lead"];
const EVERYONE: Role[] = [...ROLES];
const IN_PROJECT: Role[] = ["admin", "coordinator", "lead", "partner", "otherPartner", "viewer"];
/** Budgets: not for viewers; a partner sees its own organisation's lines. */
const FUNDING_READERS: Role[] = ["admin", "coordinator", "lead", "partner", "otherPartner"];
/** A partner report is written, filed and submitted by the partner's own people only (the lead reviews it). */
const OWN_ORGANISATION: Role[] = ["partner"];

const download = (fileId: () => string) => async () =>
  ofResponse(await files.GET(new Request("http://localhost"), { params: Promise.resolve({ fileId: fileId() }) }));
const exportOf = (data: string) => async () =>
  ofResponse(
    await projectExport.GET(new Request(`http://localhost/projects/${PROJECT}/export?data=${data}`), {
      params: Promise.resolve({ projectId: PROJECT }),
    }),
  );
/** An expenditure item of partner A's draft report; with an id and version, a change to that item. */
const expenditureItem = (fields: Partial<TSaveExpenditureItemInput>): TSaveExpenditureItemInput => ({
  projectId: PROJECT,
  reportId: OWN_DRAFT_REPORT,
  category: "TRAVEL_AND_ACCOMMODATION",
  description: "Train to the partner meeting",
  invoiceDate: "2026-03-02",
  amount: "120.50",
  currency: "EUR",
  ...fields,
});
/** A spreadsheet of one item for partner A's draft report and a one-rate file, as the import forms send them. */
const itemSheet = () =>
  Buffer.from("Cost category,Description,Invoice date,Amount\nSTAFF,Project manager,2026-03-02,500.00\n").toString(
    "base64",
  );
const rateFile = () => Buffer.from("month,currency,rate\n2026-03,RON,4.9761\n").toString("base64");
let ownReportFileId = "";
let deliverableFileId = "";

const CASES: Case[] = [
  // Funding set-up: administrators and coordinators.
  {
    name: "save programme",
    audit: "saveProgrammeAction",
    allowed: MANAGERS,
    call: async () =>
      ofAction(await programme.saveProgrammeAction({ code: "NEW-PROG", name: "New programme", currency: "EUR" })),
  },
  {
    name: "archive programme",
    audit: "archiveProgrammeAction",
    allowed: MANAGERS,
    call: async () => ofAction(await programme.archiveProgrammeAction({ id: world.unused.programmeId })),
  },
  {
    name: "save call",
    audit: "saveCallAction",
    allowed: MANAGERS,
    call: async () =>
      ofAction(
        await calls.saveCallAction({
          programmeId: world.project.programmeId,
          identifier: "X-1",
          title: "X",
          opensOn: "2026-01-01",
          closesOn: "2026-02-01",
        }),
      ),
  },
  {
    name: "archive call",
    audit: "archiveCallAction",
    allowed: MANAGERS,
    call: async () => ofAction(await calls.archiveCallAction({ id: world.call.id })),
  },
  {
    name: "save organisation",
    audit: "saveOrganisationAction",
    allowed: MANAGERS,
    call: async () =>
      ofAction(await organisation.saveOrganisationAction({ name: "Brand New Org", country: "RO", type: "SME" })),
  },
  {
    name: "archive organisation",
    audit: "archiveOrganisationAction",
    allowed: MANAGERS,
    call: async () => ofAction(await organisation.archiveOrganisationAction({ id: world.unused.organisationId })),
  },
  // Networks and the competence vocabulary: administrators and coordinators; a profile: its organisation too.
  {
    name: "save network",
    audit: "saveNetworkAction",
    allowed: MANAGERS,
    call: async () => ofAction(await networks.saveNetworkAction({ id: world.network.id, name: "Renamed network" })),
  },
  {
    name: "delete network",
    audit: "deleteNetworkAction",
    allowed: MANAGERS,
    call: async () => ofAction(await networks.deleteNetworkAction({ id: world.network.id })),
  },
  {
    name: "add a network member",
    audit: "saveNetworkMembershipAction",
    allowed: MANAGERS,
    call: async () =>
      ofAction(
        await networks.saveNetworkMembershipAction({
          networkId: world.network.id,
          organisationId: world.newOrganisationId,
          joinedOn: "2026-01-05",
          status: "ACTIVE",
          leftOn: "",
        }),
      ),
  },
  {
    name: "remove a network member",
    audit: "removeNetworkMembershipAction",
    allowed: MANAGERS,
    call: async () => ofAction(await networks.removeNetworkMembershipAction({ id: world.network.membershipId })),
  },
  {
    name: "link a project to a network",
    audit: "linkNetworkProjectAction",
    allowed: MANAGERS,
    call: async () =>
      ofAction(await networks.linkNetworkProjectAction({ networkId: world.network.id, projectId: PROJECT })),
  },
  {
    name: "unlink a project from a network",
    audit: "unlinkNetworkProjectAction",
    allowed: MANAGERS,
    call: async () =>
      ofAction(
        await networks.unlinkNetworkProjectAction({
          networkId: world.network.id,
          projectId: world.network.linkedProjectId,
        }),
      ),
  },
  {
    name: "save competence",
    audit: "saveCompetenceAction",
    allowed: MANAGERS,
    call: async () =>
      ofAction(await competences.saveCompetenceAction({ nameEn: "Space technology", nameRo: "Tehnologie spațială" })),
  },
  {
    name: "delete competence",
    audit: "deleteCompetenceAction",
    allowed: MANAGERS,
    call: async () => ofAction(await competences.deleteCompetenceAction({ id: world.competenceId })),
  },
  {
    name: "save partner A's competence profile",
    audit: "saveCompetenceProfileAction",
    allowed: ["admin", "coordinator", "partner"],
    call: async () =>
      ofAction(
        await competences.saveCompetenceProfileAction({
          organisationId: world.organisations.partnerA.id,
          competenceIds: [world.competenceId],
          staffSize: "SMALL",
          sectors: "Health",
          markets: "Romania",
          offer: "Cloud pilots for hospitals.",
        }),
      ),
  },
  {
    name: "create project",
    audit: "createProjectAction",
    allowed: MANAGERS,
    call: async () => ofAction(await project.createProjectAction(validProject() as never)),
  },
  {
    name: "preview CORDIS import",
    audit: "previewCordisImportAction",
    allowed: MANAGERS,
    call: async () =>
      ofAction(
        await cordis.previewCordisImportAction({
          projectCsv: fixture("project.csv"),
          organizationCsv: fixture("organization.csv"),
        }),
      ),
  },
  {
    name: "import from CORDIS",
    audit: "importCordisAction",
    allowed: MANAGERS,
    call: async () =>
      ofAction(
        await cordis.importCordisAction({
          projectCsv: fixture("project.csv"),
          organizationCsv: fixture("organization.csv"),
        }),
      ),
  },
  // The project and its partnership: its lead, coordinators, administrators.
  {
    name: "update project",
    audit: "updateProjectAction",
    allowed: MANAGERS,
    call: async () => {
      const current = await db.project.findUniqueOrThrow({ where: { id: PROJECT } });
      return ofAction(
        await project.updateProjectAction({
          ...validProject(),
          partners: undefined,
          acronym: current.acronym,
          id: PROJECT,
          version: current.version,
          startDate: current.startDate.toISOString().slice(0, 10),
          durationMonths: String(current.durationMonths),
          status: current.status,
        } as never),
      );
    },
  },
  {
    name: "add partner",
    audit: "savePartnerAction",
    allowed: PARTNERSHIP,
    call: async () =>
      ofAction(
        await partners.savePartnerAction({
          projectId: PROJECT,
          organisationId: world.newOrganisationId,
          role: "PARTNER",
          budgetAmount: "5",
        }),
      ),
  },
  {
    name: "remove partner",
    audit: "removePartnerAction",
    allowed: PARTNERSHIP,
    call: async () =>
      ofAction(await partners.removePartnerAction({ projectId: PROJECT, id: world.removablePartnerId })),
  },
  {
    name: "save budget line",
    audit: "saveBudgetLineAction",
    allowed: PARTNERSHIP,
    call: async () =>
      ofAction(
        await budget.saveBudgetLineAction({
          projectId: PROJECT,
          partnerId: OWN_PARTNER,
          periodId: world.project.periodIds[1],
          category: "TRAVEL_AND_ACCOMMODATION",
          amount: "1234.50",
        }),
      ),
  },
  {
    name: "save payment",
    audit: "savePaymentAction",
    allowed: PARTNERSHIP,
    call: async () =>
      ofAction(
        await payments.savePaymentAction({
          projectId: PROJECT,
          kind: "INTERIM",
          plannedDate: "2027-06-30",
          plannedAmount: "1000",
        }),
      ),
  },
  {
    name: "delete payment",
    audit: "deletePaymentAction",
    allowed: PARTNERSHIP,
    call: async () => {
      const planned = await db.payment.findFirstOrThrow({ where: { projectId: PROJECT, receivedDate: null } });
      return ofAction(await payments.deletePaymentAction({ projectId: PROJECT, id: planned.id }));
    },
  },
  // The work plan: its lead and administrators.
  {
    name: "save reporting period",
    audit: "saveReportingPeriodAction",
    allowed: PLANNERS,
    call: async () =>
      ofAction(
        await periods.saveReportingPeriodAction({
          projectId: PROJECT,
          id: world.project.periodIds[1],
          startMonth: 13,
          endMonth: 17,
        }),
      ),
  },
  {
    name: "delete reporting period",
    audit: "deleteReportingPeriodAction",
    allowed: PLANNERS,
    call: async () =>
      ofAction(await periods.deleteReportingPeriodAction({ projectId: PROJECT, id: world.project.periodIds[1] })),
  },
  {
    name: "save work package",
    audit: "saveWorkPackageAction",
    allowed: PLANNERS,
    call: async () =>
      ofAction(
        await workPackages.saveWorkPackageAction({
          projectId: PROJECT,
          number: 5,
          title: "New",
          startMonth: 1,
          endMonth: 2,
        }),
      ),
  },
  {
    name: "delete work package",
    audit: "deleteWorkPackageAction",
    allowed: PLANNERS,
    call: async () =>
      ofAction(await workPackages.deleteWorkPackageAction({ projectId: PROJECT, id: world.unused.workPackageId })),
  },
  {
    name: "save deliverable",
    audit: "saveDeliverableAction",
    allowed: PLANNERS,
    call: async () => ofAction(await deliverable.saveDeliverableAction(newDeliverableInput(world))),
  },
  {
    name: "delete deliverable",
    audit: "deleteDeliverableAction",
    allowed: PLANNERS,
    call: async () =>
      ofAction(await deliverable.deleteDeliverableAction({ projectId: PROJECT, id: world.deliverables.pending })),
  },
  {
    name: "save milestone",
    audit: "saveMilestoneAction",
    allowed: PLANNERS,
    call: async () =>
      ofAction(await milestones.saveMilestoneAction({ projectId: PROJECT, number: 9, title: "New", dueMonth: 3 })),
  },
  {
    name: "delete milestone",
    audit: "deleteMilestoneAction",
    allowed: PLANNERS,
    call: async () =>
      ofAction(await milestones.deleteMilestoneAction({ projectId: PROJECT, id: world.unused.milestoneId })),
  },
  // Another project's records through one's own project: nobody, not even its planners (loaded through the project
  // first).
  {
    name: "save another project's work package",
    audit: "saveWorkPackageAction",
    allowed: [],
    call: async () =>
      ofAction(
        await workPackages.saveWorkPackageAction({
          projectId: PROJECT,
          id: world.otherProject.workPackageId,
          number: 9,
          title: "Probe",
          startMonth: 1,
          endMonth: 1,
        }),
      ),
  },
  {
    name: "save another project's payment",
    audit: "savePaymentAction",
    allowed: [],
    call: async () =>
      ofAction(
        await payments.savePaymentAction({
          projectId: PROJECT,
          id: world.otherProject.paymentId,
          kind: "INTERIM",
          plannedDate: "2016-06-30",
          plannedAmount: "1",
        }),
      ),
  },
  // Deliverables: the lead, and the responsible partner for its own steps.
  {
    name: "send own deliverable to review",
    audit: "changeDeliverableStatusAction",
    allowed: ["admin", "lead", "partner"],
    call: async () =>
      ofAction(
        await deliverable.changeDeliverableStatusAction({
          projectId: PROJECT,
          deliverableId: OWN_DRAFT_DELIVERABLE,
          toStatus: "IN_REVIEW",
          version: await versionOf(OWN_DRAFT_DELIVERABLE),
        }),
      ),
  },
  {
    name: "submit a deliverable",
    audit: "changeDeliverableStatusAction",
    allowed: PLANNERS,
    call: async () =>
      ofAction(
        await deliverable.changeDeliverableStatusAction({
          projectId: PROJECT,
          deliverableId: world.deliverables.inReview,
          toStatus: "SUBMITTED",
          version: await versionOf(world.deliverables.inReview),
          lateJustification: "The survey closed late.",
        }),
      ),
  },
  {
    name: "bulk status change",
    audit: "bulkChangeDeliverableStatusAction",
    allowed: ["admin", "lead", "partner"],
    call: async () =>
      ofAction(
        await deliverable.bulkChangeDeliverableStatusAction({
          projectId: PROJECT,
          deliverableIds: [OWN_DRAFT_DELIVERABLE],
          toStatus: "IN_REVIEW",
        }),
      ),
  },
  {
    name: "comment on a deliverable",
    audit: "addDeliverableCommentAction",
    allowed: ["admin", "coordinator", "lead", "partner", "otherPartner"],
    call: async () =>
      ofAction(
        await deliverable.addDeliverableCommentAction({
          projectId: PROJECT,
          deliverableId: OWN_DRAFT_DELIVERABLE,
          body: "Looks good.",
        }),
      ),
  },
  // Partner reports: the partner for its own organisation; the lead reviews.
  {
    name: "open own partner report",
    audit: "openPartnerReportAction",
    allowed: OWN_ORGANISATION,
    call: async () =>
      ofAction(
        await report.openPartnerReportAction({
          projectId: PROJECT,
          periodId: world.project.periodIds[1],
          partnerId: OWN_PARTNER,
        }),
      ),
  },
  // Finance: the partner declares its own organisation's spend; the lead checks it; managers keep the rates.
  {
    name: "add expenditure to own report",
    audit: "saveExpenditureItemAction",
    allowed: OWN_ORGANISATION,
    call: async () => ofAction(await expenditure.saveExpenditureItemAction(expenditureItem({}))),
  },
  {
    name: "change an item of own report",
    audit: "saveExpenditureItemAction",
    allowed: OWN_ORGANISATION,
    call: async () =>
      ofAction(
        await expenditure.saveExpenditureItemAction(
          expenditureItem({ id: world.items.partnerADraft, version: 1, category: "STAFF", amount: "260.00" }),
        ),
      ),
  },
  {
    name: "delete an item of own report",
    audit: "deleteExpenditureItemAction",
    allowed: OWN_ORGANISATION,
    call: async () =>
      ofAction(await expenditure.deleteExpenditureItemAction({ projectId: PROJECT, id: world.items.partnerADraft })),
  },
  {
    name: "check an item of a submitted report",
    audit: "acceptExpenditureAction",
    allowed: PLANNERS,
    call: async () =>
      ofAction(
        await expenditure.acceptExpenditureAction({
          projectId: PROJECT,
          id: world.items.partnerBSubmitted,
          version: 1,
          acceptedAmount: "300.00",
          deductionReason: "One night was private.",
        }),
      ),
  },
  {
    name: "save an exchange rate",
    audit: "saveExchangeRateAction",
    allowed: MANAGERS,
    call: async () =>
      ofAction(await rates.saveExchangeRateAction({ currency: "RON", month: "2026-03", rate: "4.9761" })),
  },
  {
    name: "preview an expenditure import into own report",
    audit: "previewExpenditureImportAction",
    allowed: OWN_ORGANISATION,
    call: async () =>
      ofAction(
        await expenditureImport.previewExpenditureImportAction({
          projectId: PROJECT,
          reportId: OWN_DRAFT_REPORT,
          file: itemSheet(),
        }),
      ),
  },
  {
    name: "import expenditure into own report",
    audit: "importExpenditureAction",
    allowed: OWN_ORGANISATION,
    call: async () =>
      ofAction(
        await expenditureImport.importExpenditureAction({
          projectId: PROJECT,
          reportId: OWN_DRAFT_REPORT,
          file: itemSheet(),
        }),
      ),
  },
  {
    name: "preview a rate file",
    audit: "previewRateImportAction",
    allowed: MANAGERS,
    call: async () => ofAction(await rates.previewRateImportAction({ file: rateFile(), month: "" })),
  },
  {
    name: "import a rate file",
    audit: "importRatesAction",
    allowed: MANAGERS,
    call: async () => ofAction(await rates.importRatesAction({ file: rateFile(), month: "" })),
  },
  {
    name: "save own report summary",
    audit: "saveReportSummaryAction",
    allowed: OWN_ORGANISATION,
    call: async () =>
      ofAction(
        await report.saveReportSummaryAction({
          projectId: PROJECT,
          reportId: OWN_DRAFT_REPORT,
          summary: "What we did.",
        }),
      ),
  },
  {
    name: "submit own report",
    audit: "changeReportStatusAction",
    allowed: OWN_ORGANISATION,
    call: async () =>
      ofAction(
        await report.changeReportStatusAction({
          projectId: PROJECT,
          reportId: OWN_DRAFT_REPORT,
          toStatus: "SUBMITTED",
        }),
      ),
  },
  {
    name: "submit own report with the summary typed",
    audit: "submitReportAction",
    allowed: OWN_ORGANISATION,
    call: async () =>
      ofAction(
        await report.submitReportAction({
          projectId: PROJECT,
          reportId: OWN_DRAFT_REPORT,
          summary: "What we did, as sent.",
        }),
      ),
  },
  {
    name: "accept a submitted report",
    audit: "changeReportStatusAction",
    allowed: PLANNERS,
    call: async () =>
      ofAction(
        await report.changeReportStatusAction({
          projectId: PROJECT,
          reportId: world.reports.partnerBSubmitted,
          toStatus: "ACCEPTED",
        }),
      ),
  },
  // People: administrators only.
  {
    name: "invite a user",
    audit: "inviteUserAction",
    allowed: ["admin"],
    call: async () =>
      ofAction(await invitations.inviteUserAction({ email: "new@example.test", name: "New", role: "VIEWER" })),
  },
  {
    name: "deactivate a user",
    audit: "setUserActiveAction",
    allowed: ["admin"],
    call: async () => ofAction(await user.setUserActiveAction({ userId: users.lead.id, isActive: false })),
  },
  // One's own account: everyone, for themselves only.
  {
    name: "save own preferences",
    audit: "saveAccountPreferencesAction",
    allowed: EVERYONE,
    call: async () => ofAction(await account.saveAccountPreferencesAction({ locale: "ro", emailReminders: false })),
  },
  {
    name: "choose own language",
    audit: "chooseLocaleAction",
    allowed: EVERYONE,
    call: async () => ofAction(await account.chooseLocaleAction({ locale: "ro" })),
  },
  {
    name: "create own calendar feed",
    audit: "replaceCalendarFeedAction",
    allowed: EVERYONE,
    call: async () => ofAction(await account.replaceCalendarFeedAction({})),
  },
  {
    name: "remove own calendar feed",
    audit: "removeCalendarFeedAction",
    allowed: EVERYONE,
    call: async () => ofAction(await account.removeCalendarFeedAction({})),
  },
  {
    name: "mark all own notifications read",
    audit: "markNotificationsReadAction",
    allowed: EVERYONE,
    call: async () => ofAction(await account.markNotificationsReadAction({ all: true })),
  },
  // Files and exports.
  {
    name: "upload to own report",
    audit: "uploadFile",
    allowed: OWN_ORGANISATION,
    call: async () =>
      ofResponse(
        await uploads.POST(
          new Request(`http://localhost/api/uploads?reportId=${OWN_DRAFT_REPORT}`, {
            method: "POST",
            headers: { "X-File-Name": "report.pdf", "Content-Length": String(PDF.length) },
            body: new Uint8Array(PDF),
          }),
        ),
      ),
  },
  {
    name: "upload a receipt to an item of own report",
    audit: "uploadFile",
    allowed: OWN_ORGANISATION,
    call: async () =>
      ofResponse(
        await uploads.POST(
          new Request(
            `http://localhost/api/uploads?reportId=${OWN_DRAFT_REPORT}&expenditureItemId=${world.items.partnerADraft}`,
            {
              method: "POST",
              headers: { "X-File-Name": "receipt.pdf", "Content-Length": String(PDF.length) },
              body: new Uint8Array(PDF),
            },
          ),
        ),
      ),
  },
  {
    name: "upload to own deliverable",
    audit: "uploadFile",
    allowed: ["admin", "lead", "partner"],
    call: async () =>
      ofResponse(
        await uploads.POST(
          new Request(`http://localhost/api/uploads?deliverableId=${OWN_DRAFT_DELIVERABLE}`, {
            method: "POST",
            headers: { "X-File-Name": "draft.pdf", "Content-Length": String(PDF.length) },
            body: new Uint8Array(PDF),
          }),
        ),
      ),
  },
  {
    name: "download a partner report's file",
    audit: "downloadFile",
    allowed: ["admin", "coordinator", "lead", "partner"],
    call: download(() => ownReportFileId),
  },
  {
    name: "download a deliverable's file",
    audit: "downloadFile",
    allowed: IN_PROJECT,
    call: download(() => deliverableFileId),
  },
  {
    name: "download the expenditure template of own report",
    audit: "expenditure-template",
    allowed: OWN_ORGANISATION,
    call: async () =>
      ofResponse(
        await expenditureTemplate.GET(new Request("http://localhost"), {
          params: Promise.resolve({ projectId: PROJECT, reportId: OWN_DRAFT_REPORT }),
        }),
      ),
  },
  { name: "export the timeline", audit: "export-timeline", allowed: IN_PROJECT, call: exportOf("timeline") },
  { name: "export the budget", audit: "export-budget", allowed: FUNDING_READERS, call: exportOf("budget") },
  { name: "export the payments", audit: "export-payments", allowed: PARTNERSHIP, call: exportOf("payments") },
  {
    name: "export the budget workbook",
    audit: "export-budget-xlsx",
    allowed: FUNDING_READERS,
    call: exportOf("budget&format=xlsx"),
  },
  {
    name: "export the payments workbook",
    audit: "export-payments-xlsx",
    allowed: PARTNERSHIP,
    call: exportOf("payments&format=xlsx"),
  },
  {
    name: "download the timeline as PDF",
    audit: "timelinePdf",
    allowed: IN_PROJECT,
    call: async () =>
      ofResponse(
        await timelinePdf.GET(new Request(`http://localhost/projects/${PROJECT}/timeline/pdf`), {
          params: Promise.resolve({ projectId: PROJECT }),
        }),
      ),
  },
  {
    name: "export the timeline workbook",
    audit: "export-timeline-xlsx",
    allowed: IN_PROJECT,
    call: exportOf("timeline&format=xlsx"),
  },
  {
    name: "export the deliverables register",
    audit: "export-deliverables-xlsx",
    allowed: IN_PROJECT,
    call: exportOf("deliverables&format=xlsx"),
  },
  ...(["docx", "pdf"] as const).map((format): Case => ({
    name: `download the progress report as ${format}`,
    audit: "progressReport",
    allowed: PARTNERSHIP,
    call: async () =>
      ofResponse(
        await progressReport.GET(
          new Request(`http://localhost/projects/${PROJECT}/progress-report/x?format=${format}`),
          { params: Promise.resolve({ projectId: PROJECT, periodId: world.project.periodIds[0] }) },
        ),
      ),
  })),
  {
    name: "export the history workbook",
    audit: "exportHistory",
    allowed: IN_PROJECT,
    call: async () =>
      ofResponse(
        await historyExport.GET(new Request(`http://localhost/projects/${PROJECT}/history/export?format=xlsx`), {
          params: Promise.resolve({ projectId: PROJECT }),
        }),
      ),
  },
  {
    name: "export the history",
    audit: "exportHistory",
    allowed: IN_PROJECT,
    call: async () =>
      ofResponse(
        await historyExport.GET(new Request(`http://localhost/projects/${PROJECT}/history/export`), {
          params: Promise.resolve({ projectId: PROJECT }),
        }),
      ),
  },
];

beforeAll(async () => {
  world = await createWorld();
  PROJECT = world.project.id;
  OWN_PARTNER = world.project.partnerAId;
  OWN_DRAFT_REPORT = world.reports.partnerADraft;
  OWN_DRAFT_DELIVERABLE = world.deliverables.partnerADraft;
  Object.assign(users, {
    admin: world.admin,
    coordinator: world.coordinator,
    lead: world.lead,
    partner: world.partnerA,
    otherPartner: world.partnerB,
    outsider: world.outsider,
    viewer: world.viewer,
  });
  // Something to download: a file of partner A's draft report, and one of its deliverable.
  signInForTest(users.partner);
  const upload = (query: string) =>
    uploads.POST(
      new Request(`http://localhost/api/uploads?${query}`, {
        method: "POST",
        headers: { "X-File-Name": "file.pdf", "Content-Length": String(PDF.length) },
        body: new Uint8Array(PDF),
      }),
    );
  ownReportFileId = ((await (await upload(`reportId=${OWN_DRAFT_REPORT}`)).json()) as { id: string }).id;
  deliverableFileId = ((await (await upload(`deliverableId=${OWN_DRAFT_DELIVERABLE}`)).json()) as { id: string }).id;
  await saveBaseline();
});

describe.each(CASES)("$name", ({ audit, allowed, call }) => {
  it.each(ROLES.map((role) => [role, allowed.includes(role)] as const))(
    "%s: allowed %s",
    async (role, expectAllowed) => {
      await restoreBaseline();
      const self = users[role];
      signInForTest(self);
      const before = await snapshotDatabase();
      const auditBefore = await db.auditEvent.count({ where: { allowed: false } });

      const outcome = await call(self);
      expect(outcome, outcome.detail).toMatchObject({ allowed: expectAllowed });
      if (expectAllowed) return;

      expect(outcome.detail).toMatch(/^(FORBIDDEN|NOT_FOUND|403|404)/);
      expect(await snapshotDatabase()).toEqual(before);
      const refusals = await db.auditEvent.findMany({ where: { allowed: false }, orderBy: { createdAt: "asc" } });
      expect(refusals).toHaveLength(auditBefore + 1);
      expect(refusals.at(-1)).toMatchObject({ actorId: self.id, action: `${audit}.refused`, entityType: "request" });
    },
  );
});
