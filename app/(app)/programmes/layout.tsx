import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** Programmes and calls with their forms, and the exchange rates with their import. */
export default function ProgrammesLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["CallForm", "ExchangeRates", "ProgrammeForm", "SpreadsheetImport"]}>
      {children}
    </ClientMessages>
  );
}
