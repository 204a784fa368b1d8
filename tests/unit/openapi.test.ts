import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi/document";
import { seedTargets } from "@/lib/domain/goals/seed-targets";
import { createMalsattningSchema } from "@/lib/validation/malsattning";
import { GET } from "@/app/api/openapi.json/route";

const root = path.resolve(import.meta.dirname, "../..");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every route.ts under app/api/f, as its OpenAPI path and the methods it exports. */
function apiRoutes(): { path: string; methods: string[] }[] {
  const dir = path.join(root, "app/api/f");
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => path.basename(f) === "route.ts")
    .map((f) => {
      const source = readFileSync(path.join(dir, f), "utf8");
      const segments = path.dirname(f).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, "{$1}"));
      const methods = METHODS.filter((m) => new RegExp(`export (const|async function|function) ${m}\\b`).test(source)).map((m) => m.toLowerCase());
      return { path: `/api/f/${segments.join("/")}`, methods };
    });
}

describe("GET /api/openapi.json", () => {
  const doc = buildOpenApiDocument();

  it("is served as JSON at /api/openapi.json, without a session", async () => {
    const res = GET();
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.openapi).toBe("3.1.0");
    expect(body.components.schemas.Error).toBeDefined();
  });

  it("is an OpenAPI 3.1 document", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths ?? {}).length).toBeGreaterThan(0);
    expect(() => JSON.stringify(doc)).not.toThrow();
  });

  it("documents every route.ts under app/api/f with each method it exports", () => {
    const routes = apiRoutes();
    expect(routes.length).toBeGreaterThan(0);
    const missing = routes.flatMap((r) =>
      r.methods.filter((m) => !(doc.paths?.[r.path] as Record<string, unknown> | undefined)?.[m]).map((m) => `${m.toUpperCase()} ${r.path}`),
    );
    // A new route must add its paths to lib/api/openapi/paths/<area>.ts.
    expect(missing).toEqual([]);
  });

  it("declares the API-key and session security schemes, and every operation states its security", () => {
    expect(doc.components?.securitySchemes).toMatchObject({
      bearerAuth: { type: "http", scheme: "bearer" },
      session: { type: "apiKey", in: "cookie" },
    });
    const undeclared: string[] = [];
    for (const [p, item] of Object.entries(doc.paths ?? {})) {
      for (const [method, op] of Object.entries(item as Record<string, { security?: Record<string, string[]>[] }>)) {
        if (!METHODS.includes(method.toUpperCase() as (typeof METHODS)[number])) continue;
        const schemes = (op.security ?? []).flatMap((s) => Object.keys(s));
        if (!schemes.includes("bearerAuth") || !schemes.includes("session")) undeclared.push(`${method.toUpperCase()} ${p}`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it("describes the error responses of every operation", () => {
    for (const [p, item] of Object.entries(doc.paths ?? {})) {
      for (const [method, op] of Object.entries(item as Record<string, { responses: Record<string, unknown> }>)) {
        if (!METHODS.includes(method.toUpperCase() as (typeof METHODS)[number])) continue;
        expect(Object.keys(op.responses), `${method} ${p}`).toEqual(expect.arrayContaining(["401", "403", "404"]));
        if (method !== "get") expect(Object.keys(op.responses), `${method} ${p}`).toContain("400");
      }
    }
  });

  it("has an example for every seed target, each valid against the schema the route uses", () => {
    const post = doc.paths?.["/api/f/{forbund}/insatser/{insatsId}/malsattningar"]?.post as { requestBody: { content: Record<string, { examples: Record<string, { value: unknown }> }> } };
    const examples = Object.values(post.requestBody.content["application/json"]!.examples);
    expect(examples).toHaveLength(seedTargets.length);
    for (const e of examples) expect(createMalsattningSchema.safeParse(e.value).success).toBe(true);
  });
});
