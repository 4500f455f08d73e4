"use client";

import { useRouter } from "next/navigation";
import { useTimeZone } from "next-intl";
import { useEffect } from "react";
import { TIME_ZONE_COOKIE } from "@/lib/i18n/time-zone";

/** Other names of UTC: a browser reporting one is already shown its times right. */
const UTC_ALIASES = ["Etc/UTC", "Etc/GMT", "GMT", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu"];

/**
 * Tells the server the browser's time zone, once it differs from the one the page was rendered in, and renders the
 * page again in it: times of day are then shown in the reader's zone from the first page on.
 */
export function TimeZoneReporter() {
  const router = useRouter();
  const rendered = useTimeZone();
  useEffect(() => {
    const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (
      !browser ||
      browser === rendered ||
      (rendered === "UTC" && UTC_ALIASES.includes(browser)) ||
      !/^[\w+/-]{1,64}$/.test(browser)
    )
      return;
    // Reported already: the server does not know this zone and stays in UTC; asking again would loop.
    if (document.cookie.split("; ").includes(`${TIME_ZONE_COOKIE}=${browser}`)) return;
    document.cookie = `${TIME_ZONE_COOKIE}=${browser}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  }, [rendered, router]);
  return null;
}
