import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { messageText } from "@/lib/i18n/message";
import "./common";

export const ZAccountPreferencesInput = z.strictObject({
  locale: z.enum(LOCALES, { error: messageText("chooseLanguage") }),
  emailReminders: z.boolean({ error: messageText("chooseReminders") }),
});
export type TAccountPreferencesInput = z.input<typeof ZAccountPreferencesInput>;

/** One language switch, from the menu in the header. */
export const ZChooseLocaleInput = z.strictObject({ locale: z.enum(LOCALES, { error: messageText("chooseLanguage") }) });

export const ZMarkNotificationsReadInput = z.union([
  z.strictObject({ ids: z.array(z.string().trim().min(1).max(64)).min(1).max(100) }),
  z.strictObject({ all: z.literal(true) }),
]);

/** Creating or replacing the calendar feed address takes no input. */
export const ZCalendarFeedInput = z.strictObject({});
