import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** The reporting period forms. */
export default function PeriodsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["Labels", "WorkPlanForms"]}>{children}</ClientMessages>;
}
