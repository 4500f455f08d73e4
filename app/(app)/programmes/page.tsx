import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/dal/guards";
import { findProgrammes } from "@/lib/dal/programmes";

export const metadata: Metadata = { title: "Programmes" };

export default async function ProgrammesPage() {
  const user = await requireUser();
  const programmes = await findProgrammes(user);
  return (
    <div className="space-y-4">
      <PageHeader
        title="Funding programmes"
        actions={
          FUNDING_MANAGERS.includes(user.role) ? (
            <Button asChild>
              <Link href="/programmes/new">New programme</Link>
            </Button>
          ) : null
        }
      />
      {programmes.length === 0 ? (
        <EmptyState title="No funding programmes yet" />
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white">
          <Table caption="Funding programmes">
            <thead>
              <tr>
                <Th>Programme</Th>
                <Th>Code</Th>
                <Th>Managed by</Th>
                <Th className="text-right">Calls</Th>
                <Th className="text-right">Your projects</Th>
              </tr>
            </thead>
            <tbody>
              {programmes.map((programme) => (
                <tr key={programme.id}>
                  <Td>
                    <Link href={`/programmes/${programme.id}`} className="font-medium text-brand-600 underline">
                      {programme.name}
                    </Link>
                  </Td>
                  <Td>{programme.code}</Td>
                  <Td>{programme.managedBy ?? "—"}</Td>
                  <Td className="text-right">{programme._count.calls}</Td>
                  <Td className="text-right">{programme._count.projects}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
    </div>
  );
}
