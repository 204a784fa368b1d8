import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { canSeeIdentity } from "@/lib/auth/permissions";
import type { Aldersgrupp } from "@/lib/domain/kodlistor";
import { loadInsatsForDeltagare } from "./load-insats-for-deltagare";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { deltagareRadSelect, toDeltagareRad } from "./deltagare-rad";

export type InskrivningStatus = "PAGAR" | "AVSLUTAD" | "FELREGISTRERING";

export type InsatsDeltagareRad = {
  inskrivningId: string;
  deltagareId: string;
  kod: string;
  kon: "K" | "M";
  aldersgrupp: Aldersgrupp;
  startdatum: string;
  avslutsdatum: string | null;
  status: InskrivningStatus;
  grupp: string | null;
  anonymiserad: boolean;
  skyddadIdentitet: boolean;
  /** Only for a vägledare assigned to the insats; otherwise null (pseudonymised). */
  namn: string | null;
  personnummerMaskerat: string | null;
};

/**
 * The participants of one insats, as the caller may see them (DESIGN.md §5):
 * pseudonymised rows for processledare and admin, names as well for a
 * vägledare assigned to the insats. Everyone else is refused.
 */
export async function listInsatsDeltagare(ctx: TenantContext, insatsId: string) {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const insats = await loadInsatsForDeltagare(ctx, insatsId, "read", tx);
    const medIdentitet = canSeeIdentity(ctx, insatsId) && insats.matningsmetod === "PERSONUPPGIFTER";
    const rows = await tx.inskrivning.findMany({
      where: { forbundId: ctx.forbundId, insatsId },
      orderBy: [{ startdatum: "desc" }, { id: "asc" }],
      select: deltagareRadSelect(medIdentitet),
    });
    const rader = rows.map((r) => toDeltagareRad(r, medIdentitet));
    return {
      insats: { id: insats.id, namn: insats.namn, matningsmetod: insats.matningsmetod },
      medIdentitet,
      rader,
    };
  });
}
