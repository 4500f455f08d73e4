import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Session"))("title"), robots: { index: false } };
}

/**
 * Which account this browser is signed in with, answered live: for support ("who am I signed in as?") and as the
 * load benchmark's signed-in floor (the layout and session of every page, no query of its own).
 */
export default async function SessionPage() {
  const user = await requireUser();
  const [t, labels] = await Promise.all([getTranslations("Session"), getTranslations("Labels")]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} />
      <p>{t("signedInAs", { name: user.name, email: user.email, role: labels(`userRole.${user.role}`) })}</p>
      <p className="text-slate-600">{t("checkedAt", { time: new Date().toISOString() })}</p>
    </div>
  );
}
