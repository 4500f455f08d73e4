import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** The milestone forms. */
export default function MilestonesLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["Labels", "WorkPlanForms"]}>{children}</ClientMessages>;
}
