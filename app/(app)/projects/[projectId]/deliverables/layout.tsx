import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** The deliverables list with its bulk change, each deliverable's documents and status change, and the forms. */
export default function DeliverablesLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["DeliverableList", "Files", "StatusChange", "WorkPlanForms"]}>
      {children}
    </ClientMessages>
  );
}
