import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { PageHeader } from "@/components/layout/page-header";
import { ProjectStatusBadge } from "@/components/project/status-badges";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { archiveCallAction, archiveProgrammeAction } from "@/lib/actions/programme";
import { requireUser } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/dal/guards";
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
  const canManage = FUNDING_MANAGERS.includes(user.role);

  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={[{ href: "/programmes", label: "Programmes" }]}
        title={programme.name}
        subtitle={
          <>
            {programme.description ? <p className="max-w-3xl">{programme.description}</p> : null}
            <p className="text-sm text-slate-600">
              Code {programme.code}
              {programme.managedBy ? ` · managed by ${programme.managedBy}` : ""}
            </p>
          </>
        }
        actions={
          canManage ? (
            <>
              <Button asChild variant="secondary">
                <Link href={`/programmes/${programme.id}/edit`}>Edit programme</Link>
              </Button>
              <Button asChild>
                <Link href={`/programmes/${programme.id}/calls/new`}>New call</Link>
              </Button>
              <ConfirmActionButton
                label="Archive programme"
                title={`Archive ${programme.name}?`}
                description="The programme disappears from lists; its history is kept. A programme that still funds projects cannot be archived."
                confirmLabel="Archive"
                action={archiveProgrammeAction.bind(null, { id: programme.id })}
                redirectTo="/programmes"
                notice="archived"
              />
            </>
          ) : null
        }
      />

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
                {canManage ? <Th>Actions</Th> : null}
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
                  {canManage ? (
                    <Td>
                      <div className="flex flex-wrap gap-2">
                        <Button asChild variant="secondary">
                          <Link href={`/programmes/${programme.id}/calls/${call.id}/edit`} aria-label={`Edit call ${call.identifier}`}>
                            Edit
                          </Link>
                        </Button>
                        <ConfirmActionButton
                          label="Archive"
                          title={`Archive call ${call.identifier}?`}
                          description="The call disappears from lists; projects funded under it keep it in their history."
                          confirmLabel="Archive call"
                          action={archiveCallAction.bind(null, { id: call.id })}
                          notice="archived"
                        />
                      </div>
                    </Td>
                  ) : null}
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
