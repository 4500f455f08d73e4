import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** The notifications list and its mark-as-read controls. */
export default function NotificationsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["Notifications"]}>{children}</ClientMessages>;
}
