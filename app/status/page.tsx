import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";

export const metadata: Metadata = { title: "Status", robots: { index: false } };

/**
 * For load balancers and uptime checks: rendered on every request by the same server and layout as every
 * page, without a session or a database query. The load benchmark uses it as the framework's floor.
 */
export default async function StatusPage() {
  await connection();
  const t = await getTranslations("Status");
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("checkedAt", { time: new Date().toISOString() })}</p>
    </main>
  );
}
