import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { AppError, ForbiddenError, httpStatus, NotFoundError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { can, type Permission } from "@/lib/auth/permissions";
import { resolveTenant } from "@/lib/auth/resolve-tenant";
import { getSessionIdentity } from "@/lib/auth/session";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { PASSWORD_CHANGE_REQUIRED } from "@/lib/auth/paths";
import { parseInput } from "@/lib/actions/result";
import { logger } from "@/lib/logger";
import { bearerToken } from "@/lib/server/apinycklar/token";
import { resolveApiNyckel } from "@/lib/server/apinycklar/resolve-api-nyckel";

type RouteParams = Record<string, string>;
type Handler<P extends RouteParams> = (args: { req: NextRequest; ctx: TenantContext; params: P }) => Promise<Response | unknown>;

const MAX_BODY_BYTES = 1_000_000;

/**
 * The one wrapper of every /api/f/[forbund]/… route: resolve the caller (an
 * `Authorization: Bearer` API key, else the session) and the förbund, check
 * the permission, run, and answer JSON. Errors are
 * { error: { code, message, fieldErrors? } } with the right status; an
 * unexpected error is logged and answered 500 without its message.
 */
export function withTenant<P extends RouteParams & { forbund: string }>(permission: Permission, handler: Handler<P>) {
  return async (req: NextRequest, { params }: { params: Promise<P> }) => {
    try {
      const p = await params;
      const resolution = await resolveCaller(req, p.forbund);
      if (!resolution.ok) {
        if (resolution.reason === "unauthenticated") throw new UnauthorizedError();
        if (resolution.reason === "password_change_required") throw new ForbiddenError(PASSWORD_CHANGE_REQUIRED);
        throw new NotFoundError("Förbundet");
      }
      if (!can(resolution.ctx.roll, permission)) throw new ForbiddenError();
      const result = await handler({ req, ctx: resolution.ctx, params: p });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * A request that sends an Authorization header is judged by it alone: a bad
 * or revoked key is 401 even if a session cookie came along, so an
 * integration never acts with a person's rights by accident.
 */
async function resolveCaller(req: NextRequest, slug: string) {
  const token = bearerToken(req.headers.get("authorization"));
  if (token === undefined) throw new UnauthorizedError("Ogiltig Authorization-rubrik: ange Bearer och en API-nyckel");
  if (token !== null) {
    const resolution = await resolveApiNyckel(token, slug);
    if (!resolution.ok && resolution.reason === "unauthenticated") throw new UnauthorizedError("API-nyckeln är ogiltig, återkallad eller har gått ut");
    return resolution;
  }
  return resolveTenant(await getSessionIdentity(), slug);
}

export function errorResponse(error: unknown): NextResponse {
  if (error instanceof AppError) {
    return NextResponse.json(
      { error: { code: error.code, message: error.message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) } },
      { status: httpStatus[error.code] },
    );
  }
  logger.error({ err: error }, "unexpected error in route handler");
  return NextResponse.json({ error: { code: "unexpected", message: "Något gick fel. Felet har loggats." } }, { status: 500 });
}

/** Reads and validates a JSON body: bad JSON, too large, or invalid → ValidationError (400). */
export async function parseJsonBody<S extends z.ZodType>(req: NextRequest, schema: S): Promise<z.infer<S>> {
  const text = await req.text();
  if (text.length > MAX_BODY_BYTES) throw new ValidationError("Förfrågan är för stor (högst 1 MB).");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ValidationError("Förfrågan är inte giltig JSON.");
  }
  return parseInput(schema, json);
}
