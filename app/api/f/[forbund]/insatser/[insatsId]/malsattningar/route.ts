import { NextResponse } from "next/server";
import { withTenant, parseJsonBody } from "@/lib/api/handler";
import { NotFoundError } from "@/lib/errors";
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
  const { id } = await createMalsattning(ctx, params.insatsId, input);
  // Answer with the new target's result, from the same function as GET and the page.
  const created = (await listMalsattningarMedResultat(ctx, params.insatsId)).find((m) => m.id === id);
  if (!created) throw new NotFoundError("Målsättningen");
  return NextResponse.json(malsattningToApi(created), { status: 201 });
});
