import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { DescriptionItem } from "@/components/ui/description-item";
import type { ProjectDetail } from "@/lib/dal/projects";
import { getDisplay } from "@/lib/i18n/display";

/** Programme, call, dates, money: the facts of the project. */
export async function ProjectOverview({ project }: { project: ProjectDetail["project"] }) {
  const [t, display] = await Promise.all([getTranslations("Project"), getDisplay()]);
  return (
    <Card aria-labelledby="overview-heading">
      <CardTitle id="overview-heading">{t("overview")}</CardTitle>
      {project.summary ? <p className="mb-4 text-slate-700">{project.summary}</p> : null}
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-3">
        <DescriptionItem label={t("programme")}>
          <Link href={`/programmes/${project.programme.id}`} className="link">
            {project.programme.name}
          </Link>
        </DescriptionItem>
        <DescriptionItem label={t("call")}>
          {project.call ? `${project.call.identifier} — ${project.call.title}` : "—"}
        </DescriptionItem>
        <DescriptionItem label={t("grantAgreement")}>{project.grantAgreementNumber ?? "—"}</DescriptionItem>
        <DescriptionItem label={t("runs")}>
          {display.date(project.startDate)} – {display.date(project.endDate)} (
          {t("months", { count: project.durationMonths })})
        </DescriptionItem>
        <DescriptionItem label={t("currentMonth")}>
          {project.currentMonth < 1
            ? t("notStarted")
            : project.currentMonth > project.durationMonths
              ? t("ended")
              : `M${project.currentMonth}`}
        </DescriptionItem>
        <DescriptionItem label={t("currency")}>{project.currency}</DescriptionItem>
        <DescriptionItem label={t("totalCost")}>{display.money(project.totalCost, project.currency)}</DescriptionItem>
        <DescriptionItem label={t("grant")}>{display.money(project.grantAmount, project.currency)}</DescriptionItem>
        <DescriptionItem label={t("cofinancingRate")}>{display.percent(project.cofinancingRate)}</DescriptionItem>
      </dl>
    </Card>
  );
}
