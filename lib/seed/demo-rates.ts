/**
 * Demo exchange rates: a plausible monthly rate (units per 1 EUR) for each currency of the Danube region outside
 * the euro area, from December 2015 to the month after the seed runs. Not official rates: they are marked as demo
 * rates, and real ones come from InforEuro (see the README).
 */
export const DEMO_RATE_CURRENCIES = {
  // Rate at the start (December 2015) and at the end of 2026; the months between follow a line with a small wave.
  RON: [4.52, 5.08],
  RSD: [121.6, 117.2],
  MKD: [61.6, 61.5],
  ALL: [137.5, 98.4],
  BAM: [1.95583, 1.95583],
  TRY: [3.18, 49.5],
  HUF: [313.4, 405.2],
  CZK: [27.03, 24.6],
  PLN: [4.26, 4.24],
  UAH: [25.9, 48.6],
  MDL: [21.7, 19.9],
} as const satisfies Record<string, readonly [number, number]>;

export type DemoCurrency = keyof typeof DEMO_RATE_CURRENCIES;
const FIRST_MONTH = Date.UTC(2015, 11, 1);
const SPAN_MONTHS = 132;

const monthIndex = (month: Date) => (month.getUTCFullYear() - 2015) * 12 + month.getUTCMonth() - 11;

/** The demo rate of a currency in a month (its first day, UTC), with four decimals. */
export function demoRate(currency: DemoCurrency, month: Date): string {
  const [start, end] = DEMO_RATE_CURRENCIES[currency];
  const index = monthIndex(month);
  const trend = start + ((end - start) * index) / SPAN_MONTHS;
  const wave = start === end ? 0 : Math.sin(index / 2) * 0.004 * trend;
  return (trend + wave).toFixed(4);
}

/** The months that get demo rates: December 2015 to the month after `today`. */
export function demoRateMonths(today: Date): Date[] {
  const months: Date[] = [];
  for (let index = 0; ; index++) {
    const month = new Date(FIRST_MONTH);
    month.setUTCMonth(month.getUTCMonth() + index);
    months.push(month);
    if (month.getUTCFullYear() * 12 + month.getUTCMonth() > today.getUTCFullYear() * 12 + today.getUTCMonth()) break;
  }
  return months;
}
