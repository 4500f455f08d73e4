import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProjectStatusBadge } from "@/components/project/status-badges";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { getProgrammeDetail } from "@/lib/dal/programmes";
import { formatDate, formatMoney } from "@/lib/format/display";
import { projectEndDate } from "@/lib/format/project-months";

export const metadata: Metadata = { title: "Programme" };

type ProgrammePageProps = { params: Promise<{ programmeId: string }> };

export default async function ProgrammePage({ params }: ProgrammePageProps) {
  const user = await requireUser();
  const { programmeId } = await params;
  const programme = await getProgrammeDetail(user, programmeId);
  if (!programme) notFound();

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-600">
          <Link href="/programmes" className="underline">
            Programmes
          </Link>{" "}
          / {programme.code}
        </p>
        <h1 className="mt-1 text-2xl font-bold">{programme.name}</h1>
        {programme.description ? <p className="mt-2 max-w-3xl text-slate-700">{programme.description}</p> : null}
        {programme.managedBy ? <p className="mt-1 text-sm text-slate-600">Managed by {programme.managedBy}</p> : null}
      </div>

      <Card aria-labelledby="calls-heading">
        <CardTitle id="calls-heading">Calls</CardTitle>
        {programme.calls.length === 0 ? (
          <EmptyState title="No calls for this programme yet" />
        ) : (
          <Table caption="Calls">
            <thead>
              <tr>
                <Th>Identifier</Th>
                <Th>Title</Th>
                <Th>Open</Th>
                <Th>Close</Th>
                <Th className="text-right">Budget</Th>
              </tr>
            </thead>
            <tbody>
              {programme.calls.map((call) => (
                <tr key={call.id}>
                  <Td className="font-medium">{call.identifier}</Td>
                  <Td>{call.title}</Td>
                  <Td>{formatDate(call.opensOn)}</Td>
                  <Td>{formatDate(call.closesOn)}</Td>
                  <Td className="text-right">{call.budget ? formatMoney(call.budget, programme.currency) : "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>

      <Card aria-labelledby="programme-projects-heading">
        <CardTitle id="programme-projects-heading">Projects</CardTitle>
        {programme.projects.length === 0 ? (
          <EmptyState title="None of your projects are funded by this programme" />
        ) : (
          <Table caption="Projects funded by this programme">
            <thead>
              <tr>
                <Th>Acronym</Th>
                <Th>Title</Th>
                <Th>Call</Th>
                <Th>Status</Th>
                <Th>Runs</Th>
              </tr>
            </thead>
            <tbody>
              {programme.projects.map((project) => (
                <tr key={project.id}>
                  <Td>
                    <Link href={`/projects/${project.id}`} className="font-medium text-brand-600 underline">
                      {project.acronym}
                    </Link>
                  </Td>
                  <Td>{project.title}</Td>
                  <Td>{project.call?.identifier ?? "—"}</Td>
                  <Td>
                    <ProjectStatusBadge status={project.status} />
                  </Td>
                  <Td className="whitespace-nowrap">
                    {formatDate(project.startDate)} – {formatDate(projectEndDate(project.startDate, project.durationMonths))}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
