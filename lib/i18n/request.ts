import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isTimeZone } from "@/lib/format/display";
import { messagesFor } from "./messages";
import { requestLocale } from "./request-locale";
import { TIME_ZONE_COOKIE } from "./time-zone";

// Moments are shown in the reader's time zone, which the browser reports in a cookie (components/layout/
// time-zone-reporter.tsx); calendar dates are formatted in UTC whatever it is (lib/format/display.ts).
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  const reported = await cookies()
    .then((store) => store.get(TIME_ZONE_COOKIE)?.value)
    .catch(() => undefined);
  return { locale, messages: messagesFor(locale), timeZone: isTimeZone(reported) ? reported : "UTC" };
});
