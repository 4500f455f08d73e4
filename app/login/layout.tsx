import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** The sign-in form. */
export default function LoginLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["Login"]}>{children}</ClientMessages>;
}
