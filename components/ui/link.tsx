"use client";

import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * Next.js's link, without prefetching. Every page here is rendered for its reader, so a prefetch can fetch no more
 * than the route's outline; yet it is one request for every link in view, more than fifty on a project page, and
 * together they cost the server more than the page itself. Followed, a link fetches its page in one request either
 * way. A client component, so that the choice does not travel in the page's payload with every link.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
