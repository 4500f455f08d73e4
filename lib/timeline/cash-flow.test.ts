import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { cashFlow, upcoming } from "./cash-flow";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const money = (amount: string) => new Prisma.Decimal(amount);
const payment = (id: string, planned: string, amount: string, received: string | null = null) => ({
  id,
  kind: "INTERIM",
  plannedDate: day(planned),
  plannedAmount: money(amount),
  receivedDate: received ? day(received) : null,
  receivedAmount: received ? money(amount) : null,
});

const projects = [
  {
    id: "a",
    acronym: "ALPHA",
    currency: "EUR",
    payments: [payment("a1", "2026-01-15", "1000.00", "2026-02-03"), payment("a2", "2026-12-20", "500.50")],
    reportDeadlines: [{ id: "a-p1", dueDate: day("2027-01-31"), period: { number: 1 } }],
  },
  {
    id: "b",
    acronym: "BETA",
    currency: "RON",
    payments: [payment("b1", "2027-02-10", "200.00")],
    reportDeadlines: [{ id: "b-p3", dueDate: day("2027-06-30"), period: { number: 3 } }],
  },
];

describe("the portfolio's cash flow", () => {
  it("adds planned and received payments up month by month, per currency, counting what came before", () => {
    const [eur, ron] = cashFlow(projects, { from: day("2026-02-01"), to: day("2027-01-01") });
    expect(eur!.currency).toBe("EUR");
    expect(eur!.months[0]).toEqual({ month: day("2026-02-01"), planned: money("1000"), received: money("1000") });
    expect(eur!.months.at(-1)!.planned.toFixed(2)).toBe("1500.50");
    expect(eur!.months.at(-1)!.received.toFixed(2)).toBe("1000.00");
    expect(eur!.months).toHaveLength(11);
    expect(ron!.months.every((month) => month.planned.isZero())).toBe(true);
  });

  it("lists the payments not yet received and the report deadlines of the next 90 days, soonest first", () => {
    expect(upcoming(projects, day("2026-12-02")).map((item) => [item.kind, item.acronym, item.date])).toEqual([
      ["payment", "ALPHA", day("2026-12-20")],
      ["deadline", "ALPHA", day("2027-01-31")],
      ["payment", "BETA", day("2027-02-10")],
    ]);
  });
});
