import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** Accepting an invitation: the account form. */
export default function InvitationsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["Invitation"]}>{children}</ClientMessages>;
}
