import { NextResponse } from "next/server";
import { withTenant } from "@/lib/api/handler";
import { importQuerySchema } from "@/lib/validation/import";
import { parseInput } from "@/lib/actions/result";
import { loadImportInsats } from "@/lib/server/import/load-import-insats";
import { readUpload } from "@/lib/server/import/read-upload";
import { runImport } from "@/lib/server/import/run-import";

type Params = { forbund: string; insatsId: string };

/**
 * POST the file itself as the body (text/csv or .xlsx). dryRun=true (the
 * default) only checks; dryRun=false writes every row or none. 200 for a dry
 * run, 201 when written, 422 when row errors stopped the import — each with
 * the row report as the body.
 */
export const POST = withTenant<Params>("deltagare:write", async ({ req, ctx, params }) => {
  // Who may import is decided before anything is read: a refused caller learns nothing from validation.
  await loadImportInsats(ctx, params.insatsId);
  const query = parseInput(importQuerySchema, Object.fromEntries(req.nextUrl.searchParams));
  const upload = await readUpload(req);
  if (!upload.ok) return NextResponse.json({ error: { code: upload.code, message: upload.message } }, { status: upload.status });
  const rapport = await runImport(ctx, params.insatsId, { namn: query.filnamn, typ: upload.typ, bytes: upload.bytes }, { dryRun: query.dryRun });
  const status = rapport.dryRun ? 200 : rapport.sparad ? 201 : 422;
  return NextResponse.json(rapport, { status });
});
