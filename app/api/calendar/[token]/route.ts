import { appUrl } from "@/lib/app-url";
import { deadlinesCalendar } from "@/lib/calendar/feed";
import { findCalendarFeed } from "@/lib/dal/account";
import { jsonError } from "@/lib/http";

/**
 * A user's personal calendar feed. Calendar programs cannot sign in, so the secret in the address is the
 * credential: it is long and random, only its hash is stored, and the user can replace it at any time.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const feed = await findCalendarFeed(token.replace(/\.ics$/, ""));
  if (!feed) return jsonError(404, "calendarFeedGone");
  const body = deadlinesCalendar({
    deadlines: feed.deadlines,
    locale: feed.user.locale,
    appUrl: await appUrl(request),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="consortia-deadlines.ics"',
      "Cache-Control": "private, no-store",
    },
  });
}
