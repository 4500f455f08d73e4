import { CheckCircle2, CircleDot, Send, Undo2 } from "lucide-react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { PartnerReportStatus } from "@/generated/prisma/enums";
import { useTranslations } from "next-intl";

const LOOK: Record<PartnerReportStatus, { tone: BadgeTone; Icon: typeof Send }> = {
  DRAFT: { tone: "neutral", Icon: CircleDot },
  SUBMITTED: { tone: "info", Icon: Send },
  ACCEPTED: { tone: "success", Icon: CheckCircle2 },
  RETURNED: { tone: "warning", Icon: Undo2 },
};

export function ReportStatusBadge({ status }: { status: PartnerReportStatus }) {
  const labels = useTranslations("Labels");
  const { tone, Icon } = LOOK[status];
  return (
    <Badge tone={tone}>
      <Icon aria-hidden="true" className="size-3.5" />
      {labels(`reportStatus.${status}`)}
    </Badge>
  );
}
