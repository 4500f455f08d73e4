/** Exact decimal sums of money, as the budget and the reports' finance add them up. */
import { Prisma } from "@/generated/prisma/client";

export const ZERO = new Prisma.Decimal(0);

export function sumOf(values: Prisma.Decimal[]): Prisma.Decimal {
  return values.reduce((total, value) => total.plus(value), ZERO);
}
