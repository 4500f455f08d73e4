import type {
  CostCategory,
  DeliverableStatus,
  DeliverableType,
  DisseminationLevel,
  OrganisationType,
  PartnerReportStatus,
  PartnerRole,
  PaymentKind,
  ProjectStatus,
  UserRole,
} from "@/generated/prisma/enums";

export const USER_ROLE_LABELS: Record<UserRole, string> = {
  ADMIN: "Administrator",
  COORDINATOR: "Coordinator",
  PROJECT_LEAD: "Project lead",
  PARTNER: "Partner",
  VIEWER: "Viewer",
};

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  APPROVED: "Approved",
  CONTRACTED: "Contracted",
  RUNNING: "Running",
  CLOSED: "Closed",
};

export const PARTNER_ROLE_LABELS: Record<PartnerRole, string> = {
  LEAD_PARTNER: "Lead partner",
  PARTNER: "Partner",
  ASSOCIATED: "Associated partner",
};

export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, string> = {
  SME: "SME",
  ENTERPRISE_EXCEPT_SME: "Enterprise (not SME)",
  BUSINESS_SUPPORT_ORGANISATION: "Business support organisation",
  HIGHER_EDUCATION_ORGANISATION: "Higher education organisation",
  RESEARCH_ORGANISATION: "Research organisation",
  LOCAL_PUBLIC_AUTHORITY: "Local public authority",
  REGIONAL_PUBLIC_AUTHORITY: "Regional public authority",
  NATIONAL_PUBLIC_AUTHORITY: "National public authority",
  INTEREST_GROUP: "Interest group",
  OTHER: "Other",
};

export const DELIVERABLE_STATUS_LABELS: Record<DeliverableStatus, string> = {
  PENDING: "Pending",
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  SUBMITTED: "Submitted",
  APPROVED: "Approved",
  REJECTED: "Rejected",
};

export const DELIVERABLE_TYPE_LABELS: Record<DeliverableType, string> = {
  R: "R — Report",
  DEM: "DEM — Demonstrator",
  DEC: "DEC — Websites, press, videos",
  DATA: "DATA — Data set",
  DMP: "DMP — Data management plan",
  ETHICS: "ETHICS — Ethics",
  SECURITY: "SECURITY — Security",
  OTHER: "OTHER — Software, models, other",
};

export const DISSEMINATION_LABELS: Record<DisseminationLevel, string> = {
  PU: "PU — Public",
  SEN: "SEN — Sensitive",
  R_UE: "R-UE/EU-R — EU restricted",
  C_UE: "C-UE/EU-C — EU confidential",
  S_UE: "S-UE/EU-S — EU secret",
};

export const PARTNER_REPORT_STATUS_LABELS: Record<PartnerReportStatus, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  ACCEPTED: "Accepted",
  RETURNED: "Returned",
};

export const COST_CATEGORY_LABELS: Record<CostCategory, string> = {
  STAFF: "Staff costs",
  OFFICE_AND_ADMINISTRATION: "Office and administration",
  TRAVEL_AND_ACCOMMODATION: "Travel and accommodation",
  EXTERNAL_EXPERTISE: "External expertise and services",
  EQUIPMENT: "Equipment",
  INFRASTRUCTURE: "Infrastructure and works",
};

export const PAYMENT_KIND_LABELS: Record<PaymentKind, string> = {
  PRE_FINANCING: "Pre-financing",
  INTERIM: "Interim payment",
  FINAL: "Final payment",
};

/** Deliverables still owed: not yet submitted, or rejected and back with the partner. */
export const OPEN_DELIVERABLE_STATUSES: DeliverableStatus[] = ["PENDING", "DRAFT", "IN_REVIEW", "REJECTED"];
