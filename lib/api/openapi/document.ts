import { createDocument, type ZodOpenApiPathsObject } from "zod-openapi";
import { insatserPaths } from "./paths/insatser";
import { rapporterPaths } from "./paths/rapporter";
import { dashboardPaths } from "./paths/dashboard";
import { inskrivningarHandelserPaths } from "./paths/inskrivningar-handelser";
import { oversiktPaths } from "./paths/oversikt";
import { inskrivningarRegistreringPaths } from "./paths/inskrivningar-registrering";
import { importPaths } from "./paths/import";

/**
 * Every documented area's paths. To document new endpoints, add a file
 * lib/api/openapi/paths/<area>.ts exporting a ZodOpenApiPathsObject built from
 * the same zod schemas the route uses, and spread it here.
 * tests/unit/openapi.test.ts fails for any app/api/f route.ts (or method) not listed.
 */
const areas: ZodOpenApiPathsObject[] = [insatserPaths, dashboardPaths, inskrivningarRegistreringPaths, inskrivningarHandelserPaths, rapporterPaths, oversiktPaths, importPaths];

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
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The session cookie set by logging in." } },
      },
      security: [{ session: [] }],
      paths: Object.assign({}, ...areas),
    },
  );
}
