import type { NotificationKind } from "@/generated/prisma/enums";
import type { NotificationParams } from "@/lib/dal/notifications";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A stored notification in the reader's language: statuses are translated, the rest is filled in. */
export function notificationMessage(
  t: Translate,
  labels: Translate,
  kind: NotificationKind,
  params: NotificationParams,
): string {
  const values: Record<string, string | number> = {
    acronym: "",
    number: "",
    status: "",
    partner: "",
    period: "",
    file: "",
    version: "",
    ...params,
  };
  if (typeof params.status === "string") values.status = labels(`deliverableStatus.${params.status}`);
  return t(`message.${kind}`, values);
}
