import { messagesFor, type Messages } from "./messages";
import type { Locale } from "./locales";

/**
 * The namespaces the browser needs: those read with useTranslations by client components (and the modules they
 * import). Server components translate on the server, so the rest of the catalogue never travels; the forms' error
 * sentences are fetched by the forms themselves (lib/i18n/error-wording.ts). client-messages.test.ts walks the
 * client modules and checks this list.
 */
export const CLIENT_NAMESPACES = [
  "Account",
  "BudgetForms",
  "CallForm",
  "Common",
  "DeliverableList",
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

type ClientMessages = Pick<Messages, (typeof CLIENT_NAMESPACES)[number]> & {
  ErrorMessages: Pick<Messages["ErrorMessages"], "invalidValue">;
};

const picked = new Map<Locale, ClientMessages>();

/**
 * The client's share of a language's catalogue, picked once per language; with the one error sentence a form words
 * its messages in when the others could not be fetched.
 */
export function clientMessagesFor(locale: Locale): ClientMessages {
  let messages = picked.get(locale);
  if (!messages) {
    const catalogue = messagesFor(locale);
    messages = {
      ...(Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, catalogue[namespace]])) as Pick<
        Messages,
        (typeof CLIENT_NAMESPACES)[number]
      >),
      ErrorMessages: { invalidValue: catalogue.ErrorMessages.invalidValue },
    };
    picked.set(locale, messages);
  }
  return messages;
}
