import type { getProjectBudget } from "@/lib/dal/budget";
import type { Display } from "@/lib/format/display";

export type ProjectBudget = Awaited<ReturnType<typeof getProjectBudget>>;

/** Exact decimals shown as money of the project's currency. */
export function moneyOf(display: Display, currency: string) {
  return (amount: { toFixed(digits: number): string }) => display.money(amount.toFixed(2), currency);
}
