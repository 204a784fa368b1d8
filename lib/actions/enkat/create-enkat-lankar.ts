"use server";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { createEnkatLankarSchema } from "@/lib/validation/enkat";
import { id } from "@/lib/validation/common";
import { assertEnkatExists } from "@/lib/server/enkat/assert-enkat-exists";
import { createEnkatLankar } from "@/lib/server/enkat/create-enkat-lankar";
import { lankUtskrift, type LankUtskrift } from "@/lib/server/enkat/lank-utskrift";
import { requestOrigin } from "@/lib/server/enkat/request-origin";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";

/** Returns the links once, with their QR codes, for the printable sheet: only hashes are stored. */
export async function createEnkatLankarAction(
  forbund: string,
  enkatId: unknown,
  input: unknown,
): Promise<ActionResult<{ batchId: string; giltigTill: string; lankar: LankUtskrift[] }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "enkat:lankar");
    const enkat = parseInput(id, enkatId);
    await assertEnkatExists(ctx, enkat);
    const result = await createEnkatLankar(ctx, enkat, parseInput(createEnkatLankarSchema, input));
    return { batchId: result.batchId, giltigTill: result.expiresAt.toISOString(), lankar: await lankUtskrift(await requestOrigin(), result.tokens) };
  });
}
