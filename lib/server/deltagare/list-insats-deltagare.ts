import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { canSeeIdentity } from "@/lib/auth/permissions";
import { aldersgrupp, type Aldersgrupp } from "@/lib/domain/kodlistor";
import { readIdentity } from "@/lib/identity/identity-fields";
import { toIsoDate, toIsoDateOrNull } from "@/lib/server/dates";
import { loadInsatsForDeltagare } from "./load-insats-for-deltagare";
import { withTenantTx } from "@/lib/server/tenant-tx";

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
      select: {
        id: true,
        startdatum: true,
        avslutsdatum: true,
        avslutsorsak: true,
        anonymiserad: true,
        grupp: { select: { namn: true } },
        deltagare: {
          select: {
            id: true,
            kod: true,
            kon: true,
            fodelsear: true,
            skyddadIdentitet: true,
            // Never selected for a caller who may not see it: ciphertext stays in the database.
            identitet: medIdentitet ? { select: { personnummerEnc: true, kontaktEnc: true } } : false,
          },
        },
      },
    });
    const rader: InsatsDeltagareRad[] = rows.map((r) => {
      const identitet = medIdentitet && r.deltagare.identitet ? readIdentity(r.deltagare.identitet) : null;
      return {
        inskrivningId: r.id,
        deltagareId: r.deltagare.id,
        kod: r.deltagare.kod,
        kon: r.deltagare.kon,
        aldersgrupp: aldersgrupp(r.deltagare.fodelsear, r.startdatum.getUTCFullYear()),
        startdatum: toIsoDate(r.startdatum),
        avslutsdatum: toIsoDateOrNull(r.avslutsdatum),
        status: r.avslutsorsak === "FELREGISTRERING" ? "FELREGISTRERING" : r.avslutsdatum ? "AVSLUTAD" : "PAGAR",
        grupp: r.grupp?.namn ?? null,
        anonymiserad: r.anonymiserad,
        skyddadIdentitet: r.deltagare.skyddadIdentitet,
        namn: identitet?.namn ?? null,
        personnummerMaskerat: identitet?.personnummerMaskerat ?? null,
      };
    });
    return {
      insats: { id: insats.id, namn: insats.namn, matningsmetod: insats.matningsmetod },
      medIdentitet,
      rader,
    };
  });
}
