import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";

export default function NotFound() {
  const t = useTranslations("Errors");
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t("notFound")}</h1>
      <p className="mt-2 text-slate-600">{t("notFoundDescription")}</p>
      <Link href="/dashboard" className="mt-4 inline-block link">
        {t("backToDashboard")}
      </Link>
    </div>
  );
}
