import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** Organisations with their forms, and the competence profile's. */
export default function OrganisationsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["Labels", "NetworkForms", "OrganisationForm"]}>{children}</ClientMessages>;
}
