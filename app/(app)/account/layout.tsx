import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** The account page's preferences and calendar feed forms. */
export default function AccountLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["Account"]}>{children}</ClientMessages>;
}
