import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** The form of a new deliverable. */
export default function NewDeliverableLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["Labels", "WorkPlanForms"]}>{children}</ClientMessages>;
}
