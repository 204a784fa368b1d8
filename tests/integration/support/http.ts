import { NextRequest } from "next/server";

type Handler<P> = (req: NextRequest, ctx: { params: Promise<P> }) => Promise<Response>;

/** Calls a route handler as Next would, returning status and parsed JSON. */
export async function call<P>(handler: Handler<P>, params: P, init: { method?: string; body?: unknown; rawBody?: string | Uint8Array; url?: string; headers?: Record<string, string> } = {}) {
  const body: BodyInit | undefined = typeof init.rawBody === "object" ? new Blob([init.rawBody as Uint8Array<ArrayBuffer>]) : (init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body)));
  const req = new NextRequest(init.url ?? "http://localhost/api/test", {
    method: init.method ?? (body ? "POST" : "GET"),
    body,
    headers: { ...(body ? { "content-type": "application/json" } : {}), ...init.headers },
  });
  const res = await handler(req, { params: Promise.resolve(params) });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  // Tests read arbitrary response shapes; a typed view would only restate each assertion.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: res.status, json: json as Record<string, any> };
}
