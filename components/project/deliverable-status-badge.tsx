"use client";

import { CheckCircle2, Circle, CircleDot, Eye, Send, XCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import type { DeliverableStatus } from "@/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const deliverableLook: Record<DeliverableStatus, { tone: BadgeTone; Icon: typeof Circle }> = {
  PENDING: { tone: "neutral", Icon: Circle },
  DRAFT: { tone: "neutral", Icon: CircleDot },
  IN_REVIEW: { tone: "warning", Icon: Eye },
  SUBMITTED: { tone: "info", Icon: Send },
  APPROVED: { tone: "success", Icon: CheckCircle2 },
  REJECTED: { tone: "danger", Icon: XCircle },
};

export function DeliverableStatusBadge({ status }: { status: DeliverableStatus }) {
  const labels = useTranslations("Labels");
  const { tone, Icon } = deliverableLook[status];
  return (
    <Badge tone={tone}>
      <Icon aria-hidden="true" className="size-3.5" />
      {labels(`deliverableStatus.${status}`)}
    </Badge>
  );
}
