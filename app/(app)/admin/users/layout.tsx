import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** The administration of users: the list's controls and the invitation form. */
export default function AdminUsersLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["InviteForm", "Labels", "Users"]}>{children}</ClientMessages>;
}
