import { NextResponse } from "next/server";
import { buildOpenApiDocument } from "@/lib/api/openapi/document";

// Public description of the API (no data); built once per server process.
let cached: ReturnType<typeof buildOpenApiDocument> | undefined;

export function GET() {
  cached ??= buildOpenApiDocument();
  return NextResponse.json(cached);
}
