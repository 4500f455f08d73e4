import { z } from "zod";
import { DeliverableStatus } from "@/generated/prisma/enums";
import { messageText } from "@/lib/i18n/message";
import { tooLong, zId, zOptionalText } from "./common";
import { optionalFilter, ZPage } from "./list-filters";

export const DUE_FILTERS = ["overdue", "30", "60", "90"] as const;
export const DELIVERABLE_SORTS = ["due", "number", "status"] as const;

export const ZDeliverableListFilters = z.object({
  status: optionalFilter(z.enum(DeliverableStatus)),
  partner: optionalFilter(z.string().max(64)),
  due: optionalFilter(z.enum(DUE_FILTERS)),
  sort: optionalFilter(z.enum(DELIVERABLE_SORTS)),
  page: ZPage,
  /** "1": every matching deliverable on one page, for printing or reading through. */
  all: optionalFilter(z.literal("1")),
});
export type TDeliverableListFilters = z.infer<typeof ZDeliverableListFilters>;

/** The deliverables list's page: a 500-deliverable project is five pages, or one with "show all". */
export const DELIVERABLES_PAGE_SIZE = 100;

const zComment = zOptionalText("theComment", 4000);
const zJustification = zOptionalText("theJustification", 4000);

export const ZChangeDeliverableStatusInput = z.object({
  projectId: zId(),
  deliverableId: zId(),
  toStatus: z.enum(DeliverableStatus),
  /** The version the user saw: a change made by someone else in between is a conflict, not an overwrite. */
  version: z.coerce.number().int().min(1),
  comment: zComment,
  lateJustification: zJustification,
});
export type TChangeDeliverableStatusInput = z.input<typeof ZChangeDeliverableStatusInput>;

export const MAX_BULK_DELIVERABLES = 200;

export const ZBulkChangeStatusInput = z.object({
  projectId: zId(),
  deliverableIds: z
    .array(zId())
    .min(1, messageText("selectDeliverable"))
    .max(MAX_BULK_DELIVERABLES, messageText("tooManyDeliverables", { max: MAX_BULK_DELIVERABLES })),
  toStatus: z.enum(DeliverableStatus, { error: messageText("chooseNewStatus") }),
  comment: zComment,
  lateJustification: zJustification,
});
export type TBulkChangeStatusInput = z.input<typeof ZBulkChangeStatusInput>;

export const ZAddDeliverableCommentInput = z.object({
  projectId: zId(),
  deliverableId: zId(),
  body: z.string().trim().min(1, messageText("writeComment")).max(4000, tooLong("theComment", 4000)),
});
export type TAddDeliverableCommentInput = z.input<typeof ZAddDeliverableCommentInput>;
