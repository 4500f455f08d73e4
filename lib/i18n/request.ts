import { getRequestConfig } from "next-intl/server";
import { messagesFor } from "./messages";
import { requestLocale } from "./request-locale";

// Dates are calendar dates kept in UTC, so the time zone is too.
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: messagesFor(locale), timeZone: "UTC" };
});
