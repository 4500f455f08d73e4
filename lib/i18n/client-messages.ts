import { messagesFor, type Messages } from "./messages";
import type { Locale } from "./locales";

/**
 * The namespaces every page sends the browser: those its client components read on any page (the header, the
 * notices, labels of statuses and the like). Server components translate on the server, so the rest of the catalogue
 * travels only where a client component needs it: a section's layout names those its pages' forms read
 * (<ClientMessages>), and the forms' error sentences are fetched by the forms themselves (lib/i18n/error-wording.ts).
 * client-messages.test.ts walks every page's client components and checks that what it reads is sent to it.
 */
export const SHELL_NAMESPACES = ["Common", "Errors", "Header", "Labels", "MonthHint", "Nav", "Notices"] as const;

/** The namespaces a section may add for its client components. */
export const SECTION_NAMESPACES = [
  "Account",
  "BudgetForms",
  "CallForm",
  "DeliverableList",
  "ExchangeRates",
  "Expenditure",
  "ExpenditureImport",
  "Files",
  "Import",
  "Invitation",
  "InviteForm",
  "Login",
  "NetworkForms",
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

export type SectionNamespace = (typeof SECTION_NAMESPACES)[number];

type ClientMessages = Partial<Omit<Messages, "ErrorMessages">> & {
  ErrorMessages: Pick<Messages["ErrorMessages"], "invalidValue">;
};

const picked = new Map<string, ClientMessages>();

/**
 * The client's share of a language's catalogue: the shell's namespaces, a section's own, and the one error sentence
 * a form words its messages in when the others could not be fetched. Picked once per language and section.
 */
export function clientMessagesFor(locale: Locale, sectionNamespaces: readonly SectionNamespace[] = []): ClientMessages {
  const key = `${locale}:${sectionNamespaces.join(",")}`;
  const known = picked.get(key);
  if (known) return known;
  const catalogue = messagesFor(locale);
  const messages: ClientMessages = {
    ...Object.fromEntries(
      [...SHELL_NAMESPACES, ...sectionNamespaces].map((namespace) => [namespace, catalogue[namespace]]),
    ),
    ErrorMessages: { invalidValue: catalogue.ErrorMessages.invalidValue },
  };
  picked.set(key, messages);
  return messages;
}
