import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** Partner reports: their forms, files, expenditure and its import. */
export default function ReportsLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages
      namespaces={["Expenditure", "ExpenditureImport", "Files", "Labels", "ReportForms", "SpreadsheetImport"]}
    >
      {children}
    </ClientMessages>
  );
}
