import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** The partner forms. */
export default function PartnersLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["Labels", "PartnerForm"]}>{children}</ClientMessages>;
}
