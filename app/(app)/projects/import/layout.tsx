import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** The CORDIS import's preview and confirmation. */
export default function ImportProjectsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["Import"]}>{children}</ClientMessages>;
}
