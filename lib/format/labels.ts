import type { CostCategory, DeliverableStatus, PaymentKind } from "@/generated/prisma/enums";
import en from "@/messages/en.json";

/**
 * English names of the enumerations, for what is always written in English (CSV exports, the audit
 * trail's default wording). Pages take them from the Labels messages of the reader's
 * language; these are the same messages, so the two cannot drift, and the types check every value is named.
 */
export const DELIVERABLE_STATUS_LABELS: Record<DeliverableStatus, string> = en.Labels.deliverableStatus;
export const COST_CATEGORY_LABELS: Record<CostCategory, string> = en.Labels.costCategory;
export const PAYMENT_KIND_LABELS: Record<PaymentKind, string> = en.Labels.paymentKind;
