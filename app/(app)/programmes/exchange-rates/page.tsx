import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ExchangeRateForm } from "@/components/finance/exchange-rate-form";
import { RateImportForm } from "@/components/finance/rate-import-form";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { listExchangeRates } from "@/lib/dal/exchange-rates";
import { getDisplay } from "@/lib/i18n/display";
import { orNotFound } from "@/lib/pages/or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ExchangeRates"))("title") };
}

export default async function ExchangeRatesPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const [t, display] = await Promise.all([getTranslations("ExchangeRates"), getDisplay()]);
  const user = await requireUser();
  const requested = Number((await searchParams).year);
  const year = Number.isInteger(requested) && requested >= 1990 && requested <= 2100 ? requested : undefined;
  const rates = await orNotFound(listExchangeRates(user, year));
  const yearLink = (shown: number, label: string) => (
    <Link href={`/programmes/exchange-rates?year=${shown}`} className="text-brand-700 underline">
      {label}
    </Link>
  );
  const hasDemoRates = rates.months.some((month) => [...month.rates.values()].some((rate) => rate.isDemo));

  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={[{ href: "/programmes", section: "programmes" }]}
        title={t("heading")}
        subtitle={<p className="mt-1 text-sm text-slate-600">{t("intro")}</p>}
      />
      <Card aria-labelledby="enter-rate">
        <CardTitle id="enter-rate">{t("enter")}</CardTitle>
        <ExchangeRateForm rate={{ currency: "", month: "", rate: "" }} />
      </Card>
      <Card aria-labelledby="import-rates" className="space-y-3">
        <CardTitle id="import-rates">{t("importHeading")}</CardTitle>
        <p className="text-sm text-slate-600">{t("importIntro")}</p>
        <RateImportForm />
      </Card>
      <Card aria-labelledby="rates-heading" className="space-y-3">
        <CardTitle id="rates-heading">{t("ratesOf", { year: rates.year })}</CardTitle>
        {rates.years ? (
          <nav aria-label={t("years")} className="flex gap-4 text-sm">
            {rates.year > rates.years.first
              ? yearLink(rates.year - 1, t("previousYear", { year: rates.year - 1 }))
              : null}
            {rates.year < rates.years.last ? yearLink(rates.year + 1, t("nextYear", { year: rates.year + 1 })) : null}
          </nav>
        ) : null}
        {hasDemoRates ? <p className="text-sm text-slate-600">{t("demoNote")}</p> : null}
        {rates.months.length === 0 ? (
          <EmptyState title={t("none", { year: rates.year })} />
        ) : (
          <Table caption={t("ratesOf", { year: rates.year })}>
            <thead>
              <tr>
                <Th>{t("month")}</Th>
                {rates.currencies.map((currency) => (
                  <Th key={currency} className="text-right">
                    {currency}
                  </Th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rates.months.map(({ month, rates: ofMonth }) => (
                <tr key={month.toISOString()}>
                  <Th scope="row" className="whitespace-nowrap font-normal">
                    {display.monthYear(month)}
                  </Th>
                  {rates.currencies.map((currency) => {
                    const rate = ofMonth.get(currency);
                    return (
                      <Td key={currency} className="text-right tabular-nums">
                        {rate ? rate.rate.toFixed(4) : "—"}
                        {rate?.isDemo ? (
                          <Badge tone="neutral" className="ml-1">
                            {t("demo")}
                          </Badge>
                        ) : null}
                      </Td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
