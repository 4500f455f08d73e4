import { Prisma } from "@/generated/prisma/client";
import { addDays } from "@/lib/format/project-months";
import { monthIndexOf, monthStart, type TimeWindow } from "./window";

type Money = Prisma.Decimal;
type Payment = { plannedDate: Date; plannedAmount: Money; receivedDate: Date | null; receivedAmount: Money | null };

export type CashFlowMonth = { month: Date; planned: Money; received: Money };

/**
 * Planned and received payments, cumulative, at the end of each month of the window, one series per currency (a
 * portfolio may hold projects in several). What was planned or received before the window counts from its start.
 */
export function cashFlow(
  projects: { currency: string; payments: Payment[] }[],
  window: TimeWindow,
): { currency: string; months: CashFlowMonth[] }[] {
  const currencies = [
    ...new Set(projects.filter((project) => project.payments.length).map((project) => project.currency)),
  ];
  return currencies.sort().map((currency) => {
    const payments = projects.filter((project) => project.currency === currency).flatMap((project) => project.payments);
    const months: CashFlowMonth[] = [];
    for (let index = monthIndexOf(window.from); index < monthIndexOf(window.to); index += 1) {
      const end = monthStart(index + 1);
      months.push({
        month: monthStart(index),
        planned: total(payments.filter((payment) => payment.plannedDate < end).map((payment) => payment.plannedAmount)),
        received: total(
          payments.flatMap((payment) =>
            payment.receivedDate && payment.receivedDate < end && payment.receivedAmount
              ? [payment.receivedAmount]
              : [],
          ),
        ),
      });
    }
    return { currency, months };
  });
}

const total = (amounts: Money[]) => amounts.reduce((sum, amount) => sum.plus(amount), new Prisma.Decimal(0));

export type UpcomingItem =
  | {
      kind: "payment";
      date: Date;
      projectId: string;
      acronym: string;
      currency: string;
      id: string;
      amount: Money;
      paymentKind: string;
    }
  | { kind: "deadline"; date: Date; projectId: string; acronym: string; id: string; period: number };

/**
 * What comes in the next `days` days across the projects, soonest first: payments planned and not yet received, and
 * report deadlines.
 */
export function upcoming(
  projects: {
    id: string;
    acronym: string;
    currency: string;
    payments: (Payment & { id: string; kind: string })[];
    reportDeadlines: { id: string; dueDate: Date; period: { number: number } }[];
  }[],
  today: Date,
  days = 90,
): UpcomingItem[] {
  const until = addDays(today, days);
  const within = (date: Date) => date >= today && date <= until;
  return projects
    .flatMap((project): UpcomingItem[] => [
      ...project.payments
        .filter((payment) => !payment.receivedDate && within(payment.plannedDate))
        .map((payment) => ({
          kind: "payment" as const,
          date: payment.plannedDate,
          projectId: project.id,
          acronym: project.acronym,
          currency: project.currency,
          id: payment.id,
          amount: payment.plannedAmount,
          paymentKind: payment.kind,
        })),
      ...project.reportDeadlines
        .filter((deadline) => within(deadline.dueDate))
        .map((deadline) => ({
          kind: "deadline" as const,
          date: deadline.dueDate,
          projectId: project.id,
          acronym: project.acronym,
          id: deadline.id,
          period: deadline.period.number,
        })),
    ])
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.acronym.localeCompare(b.acronym));
}
