import { createDocument, type ZodOpenApiPathsObject } from "zod-openapi";
import { insatserPaths } from "./paths/insatser";
import { rapporterPaths } from "./paths/rapporter";
import { dashboardPaths } from "./paths/dashboard";
import { inskrivningarHandelserPaths } from "./paths/inskrivningar-handelser";
import { oversiktPaths } from "./paths/oversikt";
import { inskrivningarRegistreringPaths } from "./paths/inskrivningar-registrering";
import { importPaths } from "./paths/import";
import { exportPaths } from "./paths/export";
import { enkatLankarPaths } from "./paths/enkat-lankar";
import { enkatResultatPaths } from "./paths/enkat-resultat";
import { gdprPaths } from "./paths/gdpr";

/**
 * Every documented area's paths. To document new endpoints, add a file
 * lib/api/openapi/paths/<area>.ts exporting a ZodOpenApiPathsObject built from
 * the same zod schemas the route uses, and spread it here.
 * tests/unit/openapi.test.ts fails for any app/api/f route.ts (or method) not listed.
 */
const areas: ZodOpenApiPathsObject[] = [insatserPaths, dashboardPaths, inskrivningarRegistreringPaths, inskrivningarHandelserPaths, rapporterPaths, oversiktPaths, importPaths, exportPaths, gdprPaths, enkatLankarPaths, enkatResultatPaths];

/** Either an API key or a session; a request with an Authorization header is judged by the key alone (lib/api/handler.ts). */
const SECURITY: Record<string, string[]>[] = [{ bearerAuth: [] }, { session: [] }];
const HTTP_METHODS = ["get", "put", "post", "delete", "patch"] as const;

/** Every operation states how it is authenticated (tests/unit/openapi.test.ts checks it); an area may declare its own. */
function withSecurity(paths: ZodOpenApiPathsObject): ZodOpenApiPathsObject {
  for (const item of Object.values(paths)) {
    for (const method of HTTP_METHODS) {
      const op = (item as Record<string, { security?: unknown } | undefined>)[method];
      if (op) op.security ??= SECURITY;
    }
  }
  return paths;
}

export function buildOpenApiDocument() {
  return createDocument(
    {
      openapi: "3.1.0",
      info: {
        title: "Insatsportalen API",
        version: "1.0.0",
        description:
          "JSON API of Insatsportalen. Every path lives inside one förbund (`/api/f/{forbund}/…`) and follows the same access rules as the pages: " +
          "a session cookie from logging in, the caller's role in that förbund (admin, processledare, vägledare, styrelse), never another förbund's data. " +
          "Request bodies are validated with the same zod schemas as the forms; errors are `{ error: { code, message, fieldErrors? } }`.",
      },
      servers: [{ url: "/" }],
      components: {
        securitySchemes: {
          bearerAuth: {
            type: "http",
            scheme: "bearer",
            description:
              "An API key an admin created under Administration → API-nycklar (`ipk_…`), sent as `Authorization: Bearer <key>`. " +
              "It acts with the key's role in its own förbund only; a revoked or expired key gets 401, a key of another förbund 404.",
          },
          session: {
            type: "apiKey",
            in: "cookie",
            name: "next-auth.session-token",
            description: "The session cookie set by logging in (`__Secure-next-auth.session-token` over HTTPS).",
          },
        },
      },
      security: SECURITY,
      paths: withSecurity(Object.assign({}, ...areas)),
    },
  );
}
