import { messagesFor, type Messages } from "./messages";
import type { Locale } from "./locales";

/**
 * The namespaces the browser needs: those read with useTranslations by client components (and the modules they
 * import), and the error sentences and terms the forms' resolver words. Server components translate on the server,
 * so the rest of the catalogue never travels. client-messages.test.ts walks the client modules and checks this list.
 */
export const CLIENT_NAMESPACES = [
  "Account",
  "BudgetForms",
  "CallForm",
  "Common",
  "DeliverableList",
  "ErrorMessages",
  "ErrorTerms",
  "Errors",
  "ExchangeRates",
  "Expenditure",
  "ExpenditureImport",
  "Files",
  "Header",
  "Import",
  "Invitation",
  "InviteForm",
  "Labels",
  "Login",
  "MonthHint",
  "Nav",
  "NetworkForms",
  "Notices",
  "Notifications",
  "OrganisationForm",
  "PartnerForm",
  "ProgrammeForm",
  "ProjectForm",
  "ReportForms",
  "SpreadsheetImport",
  "StatusChange",
  "Users",
  "WorkPlanForms",
] as const satisfies readonly (keyof Messages)[];

const picked = new Map<Locale, Pick<Messages, (typeof CLIENT_NAMESPACES)[number]>>();

/** The client's share of a language's catalogue, picked once per language. */
export function clientMessagesFor(locale: Locale) {
  let messages = picked.get(locale);
  if (!messages) {
    const catalogue = messagesFor(locale);
    messages = Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, catalogue[namespace]])) as Pick<
      Messages,
      (typeof CLIENT_NAMESPACES)[number]
    >;
    picked.set(locale, messages);
  }
  return messages;
}
