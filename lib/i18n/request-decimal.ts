import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { decimalConventionOf, setDecimalConventionSource, type DecimalConvention } from "@/lib/format/decimal-input";
import { requestLocale } from "./request-locale";

const conventions = new AsyncLocalStorage<DecimalConvention>();
setDecimalConventionSource(() => conventions.getStore() ?? decimalConventionOf("en"));

/**
 * Runs a schema's parse with the amounts read in the decimal convention of the request's language, as the form in
 * the browser read them.
 */
export async function inReadersDecimals<Result>(parse: () => Result): Promise<Result> {
  return conventions.run(decimalConventionOf(await requestLocale()), parse);
}
