import type en from "@/messages/en.json";

/** A sentence of the ErrorMessages namespace: what went wrong and what to do. */
export type ErrorKey = keyof (typeof en)["ErrorMessages"];
/** A phrase of the ErrorTerms namespace that a sentence takes as a value: "the total cost", "draft". */
export type TermKey = keyof (typeof en)["ErrorTerms"];

/**
 * A value in a message: shown as it is, a phrase translated first (capitalised where it starts a sentence), or a
 * whole message worded first ("D1.3: {reason}").
 */
export type MessageValue = string | number | { term: TermKey; capitalised?: boolean } | Message;
export type MessageValues = { [name: string]: MessageValue };

/**
 * A message for a person as a key and its values. The server and the shared schemas speak in these; they are
 * worded in the reader's language only where they are shown.
 */
export type Message = { key: ErrorKey; values?: MessageValues };

export const term = (key: TermKey, capitalised = false): MessageValue =>
  capitalised ? { term: key, capitalised } : { term: key };

/** zod carries messages as text: a message travels inside it as its key, then its values as JSON. */
export function messageText(key: ErrorKey, values?: MessageValues): string {
  return values ? `${key} ${JSON.stringify(values)}` : key;
}

export function parseMessageText(text: string): Message {
  const space = text.indexOf(" ");
  if (space < 0) return { key: text as ErrorKey };
  try {
    return { key: text.slice(0, space) as ErrorKey, values: JSON.parse(text.slice(space + 1)) as MessageValues };
  } catch {
    return { key: "invalidValue" };
  }
}

/**
 * A next-intl translator over the whole catalogue (`useTranslations()`, `createTranslator` without namespace).
 * next-intl types its keys by the catalogue; a message names its key at run time, hence the cast where one is made.
 */
export type Translate = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

/** Words a message; a key that is not in the catalogue (zod's own wording) reads as "not a valid value". */
export function formatMessage(translate: Translate, message: Message | string): string {
  const { key, values } = typeof message === "string" ? parseMessageText(message) : message;
  if (!translate.has(`ErrorMessages.${key}`)) return translate("ErrorMessages.invalidValue");
  const worded = Object.fromEntries(
    Object.entries(values ?? {}).map(([name, value]) => [name, wordValue(translate, value)]),
  );
  return translate(`ErrorMessages.${key}`, worded);
}

function wordValue(translate: Translate, value: MessageValue): string | number {
  if (typeof value !== "object") return value;
  if ("key" in value) return formatMessage(translate, value);
  const phrase = translate(`ErrorTerms.${value.term}`);
  return value.capitalised ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase;
}
