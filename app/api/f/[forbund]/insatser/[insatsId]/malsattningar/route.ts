import { NextResponse } from "next/server";
import { withTenant, parseJsonBody } from "@/lib/api/handler";
import { createMalsattningSchema } from "@/lib/validation/malsattning";
import { createMalsattning } from "@/lib/server/malsattning/create-malsattning";
import { listMalsattningarMedResultat } from "@/lib/server/malsattning/list-malsattningar-med-resultat";
import { malsattningToApi } from "@/lib/server/malsattning/to-api";

type Params = { forbund: string; insatsId: string };

export const GET = withTenant<Params>("resultat:read", async ({ ctx, params }) => ({
  malsattningar: (await listMalsattningarMedResultat(ctx, params.insatsId)).map(malsattningToApi),
}));

export const POST = withTenant<Params>("malsattning:write", async ({ req, ctx, params }) => {
  const input = await parseJsonBody(req, createMalsattningSchema);
  return NextResponse.json(await createMalsattning(ctx, params.insatsId, input), { status: 201 });
});
