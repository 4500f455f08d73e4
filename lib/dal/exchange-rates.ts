import "server-only";
import type { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { FUNDING_MANAGERS, type SessionUser } from "@/lib/access/permissions";
import type { Db } from "@/lib/db/client";
import { monthOf, type RateBook } from "@/lib/finance/conversion";
import { MAX_RATE_ROWS, readRateRows, type RateProblem, type RateRow } from "@/lib/finance/rate-file";
import { AppError } from "@/lib/errors";
import { readTable } from "@/lib/format/table-file";
import { messageText } from "@/lib/i18n/message";
import type { ZImportExchangeRatesInput, ZSaveExchangeRateInput } from "@/lib/validation/exchange-rate";
import { recordAudit, recordAudits } from "./audit";
import { db } from "./db";
import { requireRole } from "./guards";

const monthKey = (currency: string, month: Date) => `${currency}:${month.toISOString().slice(0, 7)}`;

/** The rates of these currencies in these months, loaded in one query, as a book to look them up in. */
export async function loadRateBook(
  client: Pick<Db, "exchangeRate">,
  currencies: string[],
  months: Date[],
): Promise<RateBook> {
  const wanted = [...new Set(currencies)];
  const rows = wanted.length
    ? await client.exchangeRate.findMany({
        where: { currency: { in: wanted }, month: { in: months.map(monthOf) } },
        select: { currency: true, month: true, rate: true },
      })
    : [];
  const rates = new Map(rows.map((row) => [monthKey(row.currency, row.month), row.rate]));
  return (currency, month) => rates.get(monthKey(currency, month));
}

/**
 * The rates of one year by month (newest first) and currency, for administrators and coordinators, with the years
 * that have rates, to page through.
 */
export async function listExchangeRates(user: SessionUser, year?: number) {
  requireRole(user, FUNDING_MANAGERS);
  const { _min: oldest, _max: newest } = await db.exchangeRate.aggregate({
    _min: { month: true },
    _max: { month: true },
  });
  const shownYear = year ?? newest.month?.getUTCFullYear() ?? new Date().getUTCFullYear();
  const rows = await db.exchangeRate.findMany({
    where: { month: { gte: new Date(Date.UTC(shownYear, 0, 1)), lt: new Date(Date.UTC(shownYear + 1, 0, 1)) } },
    orderBy: [{ month: "desc" }, { currency: "asc" }],
    select: { currency: true, month: true, rate: true, isDemo: true },
  });
  const months = [...new Set(rows.map((row) => row.month.getTime()))].map((time) => new Date(time));
  return {
    year: shownYear,
    years:
      newest.month && oldest.month
        ? { first: oldest.month.getUTCFullYear(), last: newest.month.getUTCFullYear() }
        : null,
    currencies: [...new Set(rows.map((row) => row.currency))].sort(),
    months: months.map((month) => ({
      month,
      rates: new Map(rows.filter((row) => row.month.getTime() === month.getTime()).map((row) => [row.currency, row])),
    })),
  };
}

/** Enters or corrects the rate of one currency in one month. */
export async function saveExchangeRate(user: SessionUser, input: z.output<typeof ZSaveExchangeRateInput>) {
  requireRole(user, FUNDING_MANAGERS);
  return db.$transaction(async (tx) => {
    const key = { currency_month: { currency: input.currency, month: input.month } };
    const before = await tx.exchangeRate.findUnique({ where: key, select: { rate: true } });
    const rate = new Prisma.Decimal(input.rate);
    const saved = await tx.exchangeRate.upsert({
      where: key,
      create: { currency: input.currency, month: input.month, rate },
      update: { rate, isDemo: false },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: before ? "rate.update" : "rate.create",
      entityType: "ExchangeRate",
      entityId: saved.id,
      before: before ? { rate: before.rate } : undefined,
      after: { currency: input.currency, month: input.month.toISOString().slice(0, 7), rate },
    });
    return { id: saved.id, month: input.month.toISOString().slice(0, 7) };
  });
}

type PlannedRate = RateRow & { current: Prisma.Decimal | null; isDemo: boolean };

/**
 * Reads a rate file and works out what importing it would do, writing nothing: each rate new, replacing the one
 * held (with that rate), or unchanged; and every problem by line.
 */
export async function planRateImport(
  user: SessionUser,
  input: z.output<typeof ZImportExchangeRatesInput>,
  client: Pick<Db, "exchangeRate"> = db,
): Promise<{ rates: PlannedRate[]; problems: RateProblem[] }> {
  requireRole(user, FUNDING_MANAGERS);
  const table = await readTable(Buffer.from(input.file), MAX_RATE_ROWS);
  if ("unreadable" in table) {
    const message =
      table.unreadable === "tooManyRows"
        ? messageText("sheetTooManyRows", { max: MAX_RATE_ROWS })
        : messageText(table.unreadable === "empty" ? "sheetEmpty" : "sheetUnreadable");
    return { rates: [], problems: [{ line: 1, column: null, message }] };
  }
  const { rows, problems } = readRateRows(table, input.month);
  const held = rows.length
    ? await client.exchangeRate.findMany({
        where: {
          currency: { in: [...new Set(rows.map((row) => row.currency))] },
          month: { in: [...new Set(rows.map((row) => row.month.getTime()))].map((time) => new Date(time)) },
        },
        select: { currency: true, month: true, rate: true, isDemo: true },
      })
    : [];
  const heldRates = new Map(held.map((row) => [monthKey(row.currency, row.month), row]));
  return {
    rates: rows.map((row) => {
      const current = heldRates.get(monthKey(row.currency, row.month));
      return { ...row, current: current?.rate ?? null, isDemo: current?.isDemo ?? false };
    }),
    problems,
  };
}

/**
 * Imports a rate file in one transaction: every rate is added or replaces the one held; a file with problems adds
 * none.
 */
export async function importRates(user: SessionUser, input: z.output<typeof ZImportExchangeRatesInput>) {
  return db.$transaction(
    async (tx) => {
      const { rates, problems } = await planRateImport(user, input, tx);
      if (problems.length > 0) throw new AppError("VALIDATION", "sheetHasProblems");
      if (rates.length === 0) throw new AppError("VALIDATION", "importHasNoItems");
      // A demo rate of the same value is written all the same: it becomes the official one.
      const changed = rates.filter((row) => !row.current || !row.current.equals(row.rate) || row.isDemo);
      const saved = [];
      for (const row of changed) {
        const key = { currency_month: { currency: row.currency, month: row.month } };
        const rate = new Prisma.Decimal(row.rate);
        const { id } = await tx.exchangeRate.upsert({
          where: key,
          create: { currency: row.currency, month: row.month, rate },
          update: { rate, isDemo: false },
          select: { id: true },
        });
        saved.push({ id, row, rate });
      }
      await recordAudits(
        tx,
        saved.map(({ id, row, rate }) => ({
          actorId: user.id,
          action: row.current ? "rate.update" : "rate.create",
          entityType: "ExchangeRate",
          entityId: id,
          before: row.current ? { rate: row.current } : undefined,
          after: { currency: row.currency, month: row.month.toISOString().slice(0, 7), rate, imported: true },
        })),
      );
      return { count: rates.length, changed: saved.length };
    },
    { timeout: 60_000 },
  );
}
