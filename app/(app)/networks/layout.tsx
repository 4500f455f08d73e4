import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** Networks, memberships and the competence vocabulary, with their forms. */
export default function NetworksLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["Labels", "NetworkForms"]}>{children}</ClientMessages>;
}
