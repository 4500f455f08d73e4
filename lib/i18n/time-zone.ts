/** The cookie in which the browser reports its IANA time zone ("Europe/Bucharest"). */
export const TIME_ZONE_COOKIE = "TZ";
