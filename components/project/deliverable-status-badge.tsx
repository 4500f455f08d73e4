"use client";

import { useTranslations } from "next-intl";
import type { DeliverableStatus } from "@/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { StatusIconName } from "@/components/ui/status-icon";

const deliverableLook: Record<DeliverableStatus, { tone: BadgeTone; icon: StatusIconName }> = {
  PENDING: { tone: "neutral", icon: "circle" },
  DRAFT: { tone: "neutral", icon: "circle-dot" },
  IN_REVIEW: { tone: "warning", icon: "eye" },
  SUBMITTED: { tone: "info", icon: "send" },
  APPROVED: { tone: "success", icon: "circle-check" },
  REJECTED: { tone: "danger", icon: "circle-x" },
};

export function DeliverableStatusBadge({ status }: { status: DeliverableStatus }) {
  const labels = useTranslations("Labels");
  const { tone, icon } = deliverableLook[status];
  return (
    <Badge tone={tone} icon={icon}>
      {labels(`deliverableStatus.${status}`)}
    </Badge>
  );
}
