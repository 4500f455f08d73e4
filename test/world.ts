/**
 * A consortium with one of everything, for the tests that try every action on it: records to edit, records nothing
 * depends on (to archive or delete), a deliverable and a report in each state a test moves on, and people outside it.
 */
import type { SessionUser } from "@/lib/access/permissions";
import { saveCompetence } from "@/lib/dal/competences";
import { saveNetwork, saveNetworkMembership, setNetworkProjectLink } from "@/lib/dal/networks";
import { savePartner } from "@/lib/dal/partners";
import { ZSaveCompetenceInput } from "@/lib/validation/competence";
import { ZSaveNetworkInput, ZSaveNetworkMembershipInput } from "@/lib/validation/network";
import { ZSavePartnerInput } from "@/lib/validation/project";
import {
  createExpenditureItem,
  createCall,
  createConsortium,
  createDeliverable,
  createMilestone,
  createOrganisation,
  createOutsidePartner,
  createPartnerReport,
  createPayment,
  createProgramme,
  createProjectWithPartners,
  createUser,
  createWorkPackage,
  unique,
  moveDeliverable,
  type Consortium,
} from "./factories";

export type World = Consortium & {
  /** A partner account of another project's organisation, and a lead of another project. */
  outsider: SessionUser;
  otherLead: SessionUser;
  /** Records of the other lead's project. */
  otherProject: { workPackageId: string; paymentId: string };
  call: { id: string };
  /** Nothing refers to these: they can be archived or deleted. */
  unused: { programmeId: string; organisationId: string; workPackageId: string; milestoneId: string };
  /** An organisation that is not yet a partner, and a partner with nothing of its own (removable). */
  newOrganisationId: string;
  removablePartnerId: string;
  /** WP2: D2.2 (the lead partner's, in review, with a status history) and D2.3 (partner A's draft). */
  secondWorkPackageId: string;
  deliverables: { pending: string; inReview: string; partnerADraft: string };
  /** A payment planned, not yet received. */
  plannedPaymentId: string;
  /** Partner A's P1 report in draft; partner B's P1 report, submitted. P2 has nothing: it can be deleted. */
  reports: { partnerADraft: string; partnerBSubmitted: string };
  /** An expenditure item of each of those reports. */
  items: { partnerADraft: string; partnerBSubmitted: string };
  /** A network with partner A's organisation as its member, and the other project linked to it. */
  network: { id: string; membershipId: string; linkedProjectId: string };
  competenceId: string;
};

export async function createWorld(): Promise<World> {
  const consortium = await createConsortium();
  const { admin, lead, project } = consortium;
  const [outsider, otherLeadOrganisation, call, unusedProgramme, unusedOrganisation, newOrganisation, extra] =
    await Promise.all([
      createOutsidePartner(admin),
      createOrganisation(admin),
      createCall(admin, project.programmeId),
      createProgramme(admin),
      createOrganisation(admin),
      createOrganisation(admin),
      createOrganisation(admin),
    ]);
  const otherLead = await createUser("PROJECT_LEAD", { organisationId: otherLeadOrganisation.id });
  const otherProject = await createProjectWithPartners(admin, [{ organisationId: otherLeadOrganisation.id }], {
    leadUserId: otherLead.id,
  });
  const otherWorkPackage = await createWorkPackage(otherLead, otherProject.id, 1);
  const otherPayment = await createPayment(
    { admin, project: otherProject },
    { plannedDate: "2026-06-30", amount: "1" },
  );
  const removable = await savePartner(
    admin,
    ZSavePartnerInput.parse({ projectId: project.id, organisationId: extra.id, role: "PARTNER", budgetAmount: "5" }),
  );
  const secondWorkPackage = await createWorkPackage(lead, project.id, 2);
  const unusedWorkPackage = await createWorkPackage(lead, project.id, 4);
  const pending = await createDeliverable(consortium, { number: "D1.3", responsiblePartnerId: project.leadPartnerId });
  const inReview = await createDeliverable(consortium, {
    number: "D2.2",
    responsiblePartnerId: project.leadPartnerId,
    workPackageId: secondWorkPackage.id,
  });
  await moveDeliverable(lead, { id: inReview.id, projectId: project.id }, ["DRAFT", "IN_REVIEW"]);
  const partnerADraft = await createDeliverable(consortium, {
    number: "D2.3",
    responsiblePartnerId: project.partnerAId,
    workPackageId: secondWorkPackage.id,
  });
  await moveDeliverable(lead, { id: partnerADraft.id, projectId: project.id }, ["DRAFT"]);
  const milestone = await createMilestone(consortium, { number: 4 });
  const plannedPayment = await createPayment(consortium, { plannedDate: "2027-06-30", amount: "1000" });
  const draftReport = await createPartnerReport(consortium, consortium.partnerA, project.partnerAId);
  const submittedReport = await createPartnerReport(consortium, consortium.partnerB, project.partnerBId, {
    submitted: true,
  });
  const [draftItem, submittedItem] = await Promise.all([
    createExpenditureItem(draftReport.id, { amount: "250.00" }),
    createExpenditureItem(submittedReport.id, { amount: "400.00" }),
  ]);
  // A network holding partner A's organisation, with the other project linked; a competence of the vocabulary.
  const network = await saveNetwork(admin, ZSaveNetworkInput.parse({ name: `World network ${unique()}` }));
  const membership = await saveNetworkMembership(
    admin,
    ZSaveNetworkMembershipInput.parse({
      networkId: network.id,
      organisationId: consortium.organisations.partnerA.id,
      status: "ACTIVE",
    }),
  );
  await setNetworkProjectLink(admin, { networkId: network.id, projectId: otherProject.id }, true);
  const competence = await saveCompetence(
    admin,
    ZSaveCompetenceInput.parse({ nameEn: `World ${unique()}`, nameRo: `Lume ${unique()}` }),
  );
  return {
    ...consortium,
    network: { id: network.id, membershipId: membership.id, linkedProjectId: otherProject.id },
    competenceId: competence.id,
    outsider: outsider.user,
    otherLead,
    otherProject: { workPackageId: otherWorkPackage.id, paymentId: otherPayment.id },
    call,
    unused: {
      programmeId: unusedProgramme.id,
      organisationId: unusedOrganisation.id,
      workPackageId: unusedWorkPackage.id,
      milestoneId: milestone.id,
    },
    newOrganisationId: newOrganisation.id,
    removablePartnerId: removable.id,
    secondWorkPackageId: secondWorkPackage.id,
    deliverables: { pending: pending.id, inReview: inReview.id, partnerADraft: partnerADraft.id },
    plannedPaymentId: plannedPayment.id,
    reports: { partnerADraft: draftReport.id, partnerBSubmitted: submittedReport.id },
    items: { partnerADraft: draftItem.id, partnerBSubmitted: submittedItem.id },
  };
}

/** A new deliverable D1.9 the lead could add to the world's project as it is. */
export const newDeliverableInput = ({ project }: Consortium) =>
  ({
    projectId: project.id,
    workPackageId: project.workPackageId,
    number: "D1.9",
    title: "New",
    responsiblePartnerId: project.leadPartnerId,
    type: "R",
    dissemination: "PU",
    dueMonth: 3,
  }) as const;
