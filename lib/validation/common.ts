import { z } from "zod";

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
const currencies = new Set(Intl.supportedValuesOf("currency"));

/** Required text: trimmed, not empty, bounded. */
export const zText = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .max(max, `Keep ${label} to ${max} characters or fewer.`);

/** Optional text: empty becomes null, so that clearing a field clears the value. */
export const zOptionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep ${label} to ${max} characters or fewer.`)
    .optional()
    .nullable()
    .transform((value) => value || null);

/** A record id from a select or a hidden field. */
/** Record ids: cuids and the demo data's readable ids. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export const zId = (message = "Choose one.") =>
  z.string({ error: message }).trim().min(1, message).max(64, message).regex(ID_PATTERN, message);

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
export const zMonth = (label: string) =>
  numberFromInput(`Enter the ${label} as a month number, such as 6 for M6.`).pipe(
    z
      .number()
      .int(`The ${label} is a whole month number.`)
      .min(1, `The ${label} is M1 or later.`)
      .max(600, `The ${label} is at most M600.`),
  );

/** A whole number; `label` reads inside a sentence, such as "the duration". */
export const zWholeNumber = (label: string, min: number, max: number) => {
  const subject = label.charAt(0).toUpperCase() + label.slice(1);
  return numberFromInput(`Enter ${label}.`).pipe(
    z
      .number()
      .int(`${subject} is a whole number.`)
      .min(min, `${subject} is at least ${min}.`)
      .max(max, `${subject} is at most ${max}.`),
  );
};

/** Money as an exact decimal string (never a float): up to 13 digits and 2 decimals, not negative. */
export const zMoney = (label: string) =>
  z
    .union([z.string(), z.number()])
    .transform((value) => String(value).trim().replace(/[\s,]/g, ""))
    .pipe(
      z
        .string()
        .min(1, `Enter ${label}.`)
        .regex(/^\d{1,13}(\.\d{1,2})?$/, `Enter ${label} as an amount such as 12500 or 12500.50.`),
    );

export const zOptionalMoney = (label: string) =>
  z
    .union([z.string(), z.number()])
    .optional()
    .nullable()
    .transform((value) => (value === undefined || value === null ? "" : String(value).trim().replace(/[\s,]/g, "")))
    .pipe(
      z.union([
        z.literal(""),
        z.string().regex(/^\d{1,13}(\.\d{1,2})?$/, `Enter ${label} as an amount such as 12500 or 12500.50.`),
      ]),
    )
    .transform((value) => value || null);

/** A calendar date from an <input type="date">, kept at midnight UTC so that it never shifts a day. */
export const zCalendarDate = (label: string) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .pipe(z.iso.date(`Enter ${label} as a date.`))
    .transform((value) => new Date(`${value}T00:00:00Z`))
    .refine(
      (date) => date.getUTCFullYear() >= 1990 && date.getUTCFullYear() <= 2100,
      `${label[0]?.toUpperCase()}${label.slice(1)} must be between 1990 and 2100.`,
    );

export const zCountry = z
  .string({ error: "Choose a country." })
  .trim()
  .toUpperCase()
  .refine((code) => /^[A-Z]{2}$/.test(code) && regionNames.of(code) !== code, "Choose a country.");

export const zCurrency = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => currencies.has(code), "Choose a currency such as EUR.");

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
export const zChoice = <Values extends Record<string, string>>(values: Values, message: string) =>
  z.union([z.literal(""), z.enum(values)], { error: message }).transform((value, context) => {
    if (value !== "") return value as Values[keyof Values];
    context.addIssue({ code: "custom", message });
    return z.NEVER;
  });
