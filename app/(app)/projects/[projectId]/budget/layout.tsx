import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** The budget's lines and payments forms. */
export default function BudgetLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["BudgetForms", "Labels"]}>{children}</ClientMessages>;
}
