import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** The deliverables list with its bulk change; a deliverable's own pages and the new one's form name their own. */
export default function DeliverablesLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["DeliverableList"]}>{children}</ClientMessages>;
}
