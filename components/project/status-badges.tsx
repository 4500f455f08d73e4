import { AlertTriangle, CheckCircle2, Circle, CircleDot, Eye, Send, XCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import type { DeliverableStatus, ProjectStatus } from "@/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { isPastItsEnd } from "@/lib/workflow/project-status";

const projectTones: Record<ProjectStatus, BadgeTone> = {
  DRAFT: "neutral",
  SUBMITTED: "info",
  APPROVED: "info",
  CONTRACTED: "info",
  RUNNING: "success",
  CLOSED: "neutral",
};

/** A project's status; one still under way after its end date is shown as ended, not closed, in words and by icon. */
export function ProjectStatusBadge({
  project,
}: {
  project: { status: ProjectStatus; startDate: Date; durationMonths: number };
}) {
  const labels = useTranslations("Labels");
  if (isPastItsEnd(project))
    return (
      <Badge tone="warning">
        <AlertTriangle aria-hidden="true" className="size-3.5" />
        {labels("projectPastItsEnd")}
      </Badge>
    );
  return <Badge tone={projectTones[project.status]}>{labels(`projectStatus.${project.status}`)}</Badge>;
}

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
