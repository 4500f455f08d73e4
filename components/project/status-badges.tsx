import { useTranslations } from "next-intl";
import type { ProjectStatus } from "@/generated/prisma/enums";
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
      <Badge tone="warning" icon="triangle-alert">
        {labels("projectPastItsEnd")}
      </Badge>
    );
  return <Badge tone={projectTones[project.status]}>{labels(`projectStatus.${project.status}`)}</Badge>;
}

// A client component: in a long server-rendered table, each badge travels as its status alone, not as its markup.
export { DeliverableStatusBadge } from "./deliverable-status-badge";
