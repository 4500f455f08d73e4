import "server-only";
import { getSessionUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/access/permissions";
import { recordRefusal } from "@/lib/dal/audit";
import { errorResponse, jsonError, refusalAsNotFoundResponse } from "@/lib/http";

export type RouteContext<Params> = { user: SessionUser; request: Request; params: Params };

type RouteOptions<Params> = {
  /** The action's name in the audit log when it is refused (`<name>.refused`); may depend on the request. */
  name: string | ((request: Request) => string);
  /** The ids the refusal record names, such as `{ projectId }`. */
  target?: (params: Params, request: Request) => Record<string, string>;
  /** Answer a refusal as a plain "not found", like the pages, so that nothing leaks about what exists. */
  hideRefusals?: boolean;
};

/**
 * Builds a route handler that needs a signed-in person: the twin of `authedAction` for downloads, uploads and
 * exports. No session → 401; the handler runs and authorises through the data layer; what it throws is
 * recorded as a refusal (forbidden, or not found for this person) and answered with its status and message,
 * and anything unexpected is logged and answered generically.
 */
export function authedRoute<Params>(
  options: RouteOptions<Params>,
  handler: (context: RouteContext<Params>) => Promise<Response>,
): (request: Request, context: { params: Promise<Params> }) => Promise<Response> {
  return async (request, { params: paramsPromise }) => {
    const user = await getSessionUser();
    if (!user) return jsonError(401, "sessionEnded");
    const params = await paramsPromise;
    try {
      return await handler({ user, request, params });
    } catch (error) {
      const name = typeof options.name === "string" ? options.name : options.name(request);
      await recordRefusal(user, name, error, options.target?.(params, request));
      return options.hideRefusals ? refusalAsNotFoundResponse(error) : errorResponse(error);
    }
  };
}
