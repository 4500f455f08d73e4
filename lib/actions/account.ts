"use server";

import { appUrl } from "@/lib/app-url";
import { removeCalendarToken, replaceCalendarToken, saveAccountPreferences, saveLocale } from "@/lib/dal/account";
import { markNotificationsRead } from "@/lib/dal/notifications";
import { rememberLocale } from "@/lib/i18n/locale-cookie";
import {
  ZAccountPreferencesInput,
  ZCalendarFeedInput,
  ZChooseLocaleInput,
  ZMarkNotificationsReadInput,
} from "@/lib/validation/account";
import { authedAction } from "./builder";

export const saveAccountPreferencesAction = authedAction(
  "saveAccountPreferencesAction",
  ZAccountPreferencesInput,
  async (input, { user }) => {
    await saveAccountPreferences(user, input);
    await rememberLocale(input.locale);
    return null;
  },
);

export const chooseLocaleAction = authedAction(
  "chooseLocaleAction",
  ZChooseLocaleInput,
  async ({ locale }, { user }) => {
    await saveLocale(user, locale);
    await rememberLocale(locale);
    return null;
  },
);

/** Returns the new feed address: only its hash is stored, so this is the one time it can be shown. */
export const replaceCalendarFeedAction = authedAction(
  "replaceCalendarFeedAction",
  ZCalendarFeedInput,
  async (_input, { user }) => {
    const token = await replaceCalendarToken(user);
    return { url: `${await appUrl()}/api/calendar/${token}.ics` };
  },
);

export const removeCalendarFeedAction = authedAction(
  "removeCalendarFeedAction",
  ZCalendarFeedInput,
  async (_input, { user }) => {
    await removeCalendarToken(user);
    return null;
  },
);

export const markNotificationsReadAction = authedAction(
  "markNotificationsReadAction",
  ZMarkNotificationsReadInput,
  async (input, { user }) => ({
    marked: await markNotificationsRead(user, "all" in input ? "all" : input.ids),
  }),
);
