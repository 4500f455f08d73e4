import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** A deliverable's documents and status change, and its form. */
export default function DeliverableLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["Files", "Labels", "StatusChange", "WorkPlanForms"]}>{children}</ClientMessages>;
}
