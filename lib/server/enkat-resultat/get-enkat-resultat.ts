import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { Roll } from "@/lib/auth/permissions";
import { beraknaEnkatResultat } from "@/lib/domain/enkat/berakna-resultat";
import { undertryckEnkatResultat } from "@/lib/domain/enkat/undertryck-resultat";
import type { EnkatResultat } from "@/lib/domain/enkat/resultat-typer";
import type { EnkatResultatFilter } from "@/lib/validation/enkat-resultat";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { loadEnkatResultatData } from "./load-enkat-resultat-data";

/** Exact figures (and free text) only for those who lead the work; everyone else reads the suppressed view. */
export function serExaktaEnkatResultat(roll: Roll): boolean {
  return roll === "ADMIN" || roll === "PROCESSLEDARE";
}

export type EnkatResultatVy = EnkatResultat & { insatser: { id: string; namn: string }[]; galler: { id: string; namn: string }[] | null };

/**
 * The results of one enkät as this caller may see them — the one function
 * the page, the API and the exports use. Suppression happens here, on the
 * server, before anything is rendered or serialised: a styrelse caller's
 * answer never holds a count under the förbund's minimum cell size.
 */
export async function getEnkatResultat(
  ctx: TenantContext,
  enkatId: string,
  filter: EnkatResultatFilter,
  opts: { undertryck?: boolean } = {},
): Promise<EnkatResultatVy> {
  const data = await withTenantTx(ctx.forbundId, (tx) => loadEnkatResultatData(tx, ctx, enkatId));
  const exakt = beraknaEnkatResultat({ ...data, filter, minCell: data.forbundMinCell });
  const undertryck = opts.undertryck === true || !serExaktaEnkatResultat(ctx.roll);
  const resultat = undertryck ? undertryckEnkatResultat(exakt, data.forbundMinCell) : exakt;
  return { ...resultat, insatser: data.insatser, galler: data.galler };
}
