import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** The project form. */
export default function NewProjectLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["Labels", "ProjectForm"]}>{children}</ClientMessages>;
}
