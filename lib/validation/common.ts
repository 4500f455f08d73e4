import { z } from "zod";
import { normaliseAmount } from "@/lib/format/decimal-input";
import { messageText, term, type ErrorKey, type TermKey } from "@/lib/i18n/message";

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
const currencies = new Set(Intl.supportedValuesOf("currency"));

// zod's own wording of a failure (a hand-made request's wrong type, say) is English: such failures read as one
// message in the reader's language instead. The schemas' own messages are keys (see lib/i18n/message.ts).
z.config({ customError: () => messageText("invalidValue") });

/** The values of a message about a field: `field` inside a sentence, `Field` at its start. */
const about = (label: TermKey) => ({ field: term(label), Field: term(label, true) });

const enterField = (label: TermKey) => messageText("enterField", about(label));
/** "Keep the comment to 4000 characters or fewer." */
export const tooLong = (label: TermKey, max: number) => messageText("fieldTooLong", { ...about(label), max });

/** Required text: trimmed, not empty, bounded. `label` is the field as a sentence names it ("a title"). */
export const zText = (label: TermKey, max: number) =>
  z
    .string({ error: enterField(label) })
    .trim()
    .min(1, enterField(label))
    .max(max, tooLong(label, max));

/** Optional text: empty becomes null, so that clearing a field clears the value. */
export const zOptionalText = (label: TermKey, max: number) =>
  z
    .string()
    .trim()
    .max(max, tooLong(label, max))
    .optional()
    .nullable()
    .transform((value) => value || null);

/** A record id from a select or a hidden field. */
/** Record ids: cuids and the demo data's readable ids. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export const zId = (key: ErrorKey = "chooseOne") => {
  const message = messageText(key);
  return z.string({ error: message }).trim().min(1, message).max(64, message).regex(ID_PATTERN, message);
};

export const zOptionalId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .nullable()
  .transform((value) => value || null);

/** Form inputs send numbers as strings; a blank is "missing", not zero. */
/**
 * A number as a form holds it: a number, or the text of a number input, which is "" while the field is empty.
 * Typed so, a form's empty default needs no cast.
 */
const numberFromInput = (message: string) =>
  z.union([z.number(), z.string()], { error: message }).transform((value, context) => {
    const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
    if (typeof number === "number" && !Number.isNaN(number)) return number;
    context.addIssue({ code: "custom", message });
    return z.NEVER;
  });

/**
 * A project month: a whole number from 1 (the start month). The upper bound is the project's duration, checked by the
 * server.
 */
export const zMonth = (label: TermKey) =>
  numberFromInput(messageText("enterMonth", about(label))).pipe(
    z
      .number()
      .int(messageText("monthWhole", about(label)))
      .min(1, messageText("monthTooEarly", about(label)))
      .max(600, messageText("monthTooLate", about(label))),
  );

/** A whole number; `label` reads inside a sentence, such as "the duration". */
export const zWholeNumber = (label: TermKey, min: number, max: number) =>
  numberFromInput(enterField(label)).pipe(
    z
      .number()
      .int(messageText("numberWhole", about(label)))
      .min(min, messageText("numberTooSmall", { ...about(label), min }))
      .max(max, messageText("numberTooLarge", { ...about(label), max })),
  );

/**
 * Money as an exact decimal string (never a float): up to 13 digits and 2 decimals, not negative. Typed in the
 * reader's decimal convention ("1.234,56" in Romanian, "1,234.56" in English).
 */
export const zMoney = (label: TermKey) =>
  z
    .union([z.string(), z.number()])
    .transform((value) => normaliseAmount(String(value)))
    .pipe(
      z
        .string()
        .min(1, enterField(label))
        .regex(/^\d{1,13}(\.\d{1,2})?$/, messageText("enterAmount", about(label))),
    );

export const zOptionalMoney = (label: TermKey) =>
  z
    .union([z.string(), z.number()])
    .optional()
    .nullable()
    .transform((value) => (value === undefined || value === null ? "" : normaliseAmount(String(value))))
    .pipe(
      z.union([z.literal(""), z.string().regex(/^\d{1,13}(\.\d{1,2})?$/, messageText("enterAmount", about(label)))]),
    )
    .transform((value) => value || null);

/** A calendar date from an <input type="date">, kept at midnight UTC so that it never shifts a day. */
export const zCalendarDate = (label: TermKey) =>
  z
    .string({ error: enterField(label) })
    .trim()
    .min(1, enterField(label))
    .pipe(z.iso.date(messageText("enterDate", about(label))))
    .transform((value) => new Date(`${value}T00:00:00Z`))
    .refine(
      (date) => date.getUTCFullYear() >= 1990 && date.getUTCFullYear() <= 2100,
      messageText("dateOutOfRange", about(label)),
    );

/** An optional calendar date: blank becomes null. */
export const zOptionalCalendarDate = (label: TermKey) =>
  z
    .string()
    .trim()
    .optional()
    .nullable()
    .transform((value) => value || null)
    .pipe(z.union([z.null(), zCalendarDate(label)]));

export const zCountry = z
  .string({ error: messageText("chooseCountry") })
  .trim()
  .toUpperCase()
  .refine((code) => /^[A-Z]{2}$/.test(code) && regionNames.of(code) !== code, messageText("chooseCountry"));

export const zCurrency = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => currencies.has(code), messageText("chooseCurrency"));

/** Date to the yyyy-mm-dd an <input type="date"> expects. */
export function toDateInput(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

/** For actions on one record: archive, remove, and the like. */
export const ZByIdInput = z.object({ id: zId() });

/**
 * One value of an enum, picked in a select whose empty first option means "not chosen yet": the form's
 * empty default ("") is a valid input type, and an error until something is chosen.
 */
export const zChoice = <Values extends Record<string, string>>(values: Values, key: ErrorKey) => {
  const message = messageText(key);
  return z.union([z.literal(""), z.enum(values)], { error: message }).transform((value, context) => {
    if (value !== "") return value as Values[keyof Values];
    context.addIssue({ code: "custom", message });
    return z.NEVER;
  });
};

/** The largest spreadsheet an import reads: a thousand items fit in a tenth of it. */
export const MAX_IMPORT_FILE_BYTES = 512 * 1024;

/** A spreadsheet (XLSX or CSV) as read in the browser: its bytes in base64, bounded before it is decoded. */
export const zSpreadsheetFile = z
  .string({ error: messageText("chooseSpreadsheet") })
  .min(1, messageText("chooseSpreadsheet"))
  .max(Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4, messageText("spreadsheetTooLarge", { max: "512 KB" }))
  .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, messageText("chooseSpreadsheet"))
  // atob, not Buffer: the form's resolver runs this schema in the browser too.
  .transform((base64) => Uint8Array.from(atob(base64), (character) => character.charCodeAt(0)));
