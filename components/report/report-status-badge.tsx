import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { StatusIconName } from "@/components/ui/status-icon";
import type { PartnerReportStatus } from "@/generated/prisma/enums";
import { useTranslations } from "next-intl";

const LOOK: Record<PartnerReportStatus, { tone: BadgeTone; icon: StatusIconName }> = {
  DRAFT: { tone: "neutral", icon: "circle-dot" },
  SUBMITTED: { tone: "info", icon: "send" },
  ACCEPTED: { tone: "success", icon: "circle-check" },
  RETURNED: { tone: "warning", icon: "undo" },
};

export function ReportStatusBadge({ status }: { status: PartnerReportStatus }) {
  const labels = useTranslations("Labels");
  const { tone, icon } = LOOK[status];
  return (
    <Badge tone={tone} icon={icon}>
      {labels(`reportStatus.${status}`)}
    </Badge>
  );
}
