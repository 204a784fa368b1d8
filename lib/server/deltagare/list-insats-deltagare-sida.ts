import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { canSeeIdentity } from "@/lib/auth/permissions";
import type { DeltagareListaFraga, DeltagareSortering } from "@/lib/validation/deltagare-lista";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { loadInsatsForDeltagare } from "./load-insats-for-deltagare";
import { deltagareRadSelect, toDeltagareRad } from "./deltagare-rad";

export const DELTAGARE_PER_SIDA = 50;

type Dir = "asc" | "desc";

function orderBy(sortera: DeltagareSortering, ordning: Dir) {
  const flip: Dir = ordning === "asc" ? "desc" : "asc";
  switch (sortera) {
    case "kod":
      return { deltagare: { kod: ordning } };
    case "kon":
      return { deltagare: { kon: ordning } };
    case "aldersgrupp":
      // A younger age group is a later birth year.
      return { deltagare: { fodelsear: flip } };
    case "startdatum":
      return { startdatum: ordning };
    case "avslutsdatum":
      return { avslutsdatum: { sort: ordning, nulls: ordning === "asc" ? "last" : "first" } } as const;
  }
}

/**
 * One page of an insats's participants, sorted and searched (by code) in the database, with the
 * same access rules as listInsatsDeltagare. Identities are decrypted for the rows of this page
 * only, so a large insats costs a page of decryption, not thousands.
 */
export async function listInsatsDeltagareSida(ctx: TenantContext, insatsId: string, fraga: DeltagareListaFraga, perSida = DELTAGARE_PER_SIDA) {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const insats = await loadInsatsForDeltagare(ctx, insatsId, "read", tx);
    const medIdentitet = canSeeIdentity(ctx, insatsId) && insats.matningsmetod === "PERSONUPPGIFTER";
    const where = {
      forbundId: ctx.forbundId,
      insatsId,
      ...(fraga.sok ? { deltagare: { kod: { contains: fraga.sok, mode: "insensitive" as const } } } : {}),
    };
    const total = await tx.inskrivning.count({ where });
    const sidor = Math.max(1, Math.ceil(total / perSida));
    const sida = Math.min(fraga.sida, sidor);
    const rows = await tx.inskrivning.findMany({
      where,
      orderBy: [orderBy(fraga.sortera, fraga.ordning), { id: "asc" }],
      skip: (sida - 1) * perSida,
      take: perSida,
      select: deltagareRadSelect(medIdentitet),
    });
    return {
      insats: { id: insats.id, namn: insats.namn, matningsmetod: insats.matningsmetod },
      medIdentitet,
      rader: rows.map((r) => toDeltagareRad(r, medIdentitet)),
      total,
      sida,
      sidor,
    };
  });
}
