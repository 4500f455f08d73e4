import { messagesFor, type Messages } from "./messages";
import type { Locale } from "./locales";

/**
 * The namespaces every page sends the browser: those its client components read on any page (the header, the
 * notices, the words of common buttons). Server components translate on the server, so the rest of the catalogue
 * travels only where a client component needs it: a section's layout names those its pages' forms read
 * (<ClientMessages>), and the forms' error sentences are fetched by the forms themselves (lib/i18n/error-wording.ts).
 * client-messages.test.ts walks every page's client components and checks that what it reads is sent to it.
 */
export const SHELL_NAMESPACES = ["Common", "Errors", "Header", "MonthHint", "Nav", "Notices"] as const;

/**
 * Of the labels of statuses, types and categories, every page sends only the deliverable statuses (the status badge
 * stands on pages everywhere); a section whose forms offer other choices sends all of them ("Labels").
 */
export const SHELL_LABELS = ["deliverableStatus"] as const;

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
  "Labels",
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

type ClientMessages = Partial<Omit<Messages, "ErrorMessages" | "Labels">> & {
  ErrorMessages: Pick<Messages["ErrorMessages"], "invalidValue">;
  Labels: Partial<Messages["Labels"]>;
};

const picked = new Map<string, ClientMessages>();

/**
 * The client's share of a language's catalogue: the shell's namespaces and labels, a section's own, and the one error
 * sentence a form words its messages in when the others could not be fetched. Picked once per language and section.
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
    Labels: sectionNamespaces.includes("Labels")
      ? catalogue.Labels
      : Object.fromEntries(SHELL_LABELS.map((group) => [group, catalogue.Labels[group]])),
  };
  picked.set(key, messages);
  return messages;
}
