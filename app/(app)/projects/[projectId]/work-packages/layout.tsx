import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** The work package forms. */
export default function WorkPackagesLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["Labels", "WorkPlanForms"]}>{children}</ClientMessages>;
}
