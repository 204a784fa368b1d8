import "server-only";
import { deltagareGrundSelect, identitetSelect } from "./deltagare-select";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { can, canSeeIdentity, canWriteInsatsDeltagare } from "@/lib/auth/permissions";
import { aldersgrupp, type Aldersgrupp } from "@/lib/domain/kodlistor";
import { NotFoundError } from "@/lib/errors";
import { readIdentity, type ReadIdentity } from "@/lib/identity/identity-fields";
import { toIsoDate, toIsoDateOrNull } from "@/lib/server/dates";
import { loadInsatsForDeltagare } from "./load-insats-for-deltagare";
import { withTenantTx } from "@/lib/server/tenant-tx";

/** Samtycke.registreradAvId of consents that came with imported data (prisma/seed/demo). */
export const IMPORT_USER_ID = "demo-import";

export type RecordedBy = { kind: "import" } | { kind: "user"; namn: string } | { kind: "unknown" };

/**
 * Why no identity is shown: none kept (ANONYM or VOLYM insats), skyddade
 * personuppgifter, consent withdrawn, personuppgifter erased (GDPR, lib/server/gdpr),
 * or kept but not for this caller.
 */
export type IdentityState = "visible" | "revealable" | "hidden" | "anonym" | "skyddad" | "aterkallad" | "raderad";

export type IdentityView = {
  insatsId: string;
  inskrivningId: string;
  deltagareId: string;
  kod: string;
  kon: "K" | "M";
  fodelsear: number;
  aldersgrupp: Aldersgrupp;
  matningsmetod: "VOLYM" | "ANONYM" | "PERSONUPPGIFTER";
  anonymiserad: boolean;
  state: IdentityState;
  /** Only when state is "visible": an assigned vägledare. */
  identity: ReadIdentity | null;
  samtycke: { id: string; datum: string; omfattning: string; registreradAv: RecordedBy; aterkalladDatum: string | null; aterkalladAv: RecordedBy | null } | null;
  canWithdraw: boolean;
};

/**
 * What the identity panel of one inskrivning shows to the caller (DESIGN.md §5):
 * code, kön and age band always; the identity only to a vägledare assigned to
 * the insats; a processledare may reveal it on purpose (revealIdentity).
 */
export async function getIdentityView(ctx: TenantContext, insatsId: string, inskrivningId: string): Promise<IdentityView> {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const insats = await loadInsatsForDeltagare(ctx, insatsId, "read", tx);
    const inskrivning = await tx.inskrivning.findFirst({
      where: { id: inskrivningId, insatsId, forbundId: ctx.forbundId },
      select: {
        id: true,
        startdatum: true,
        anonymiserad: true,
        deltagare: {
          select: {
            ...deltagareGrundSelect,
            raderadAt: true,
            identitet: { select: identitetSelect },
            samtycken: { where: { insatsId }, orderBy: { createdAt: "desc" }, take: 1 },
          },
        },
      },
    });
    if (!inskrivning) throw new NotFoundError("Inskrivningen");
    const d = inskrivning.deltagare;
    const samtycke = d.samtycken[0] ?? null;
    const state = identityState(ctx, insatsId, {
      metod: insats.matningsmetod,
      skyddad: d.skyddadIdentitet,
      raderad: d.raderadAt !== null,
      aterkallad: inskrivning.anonymiserad || Boolean(samtycke?.aterkalladDatum),
      harIdentitet: Boolean(d.identitet),
    });
    const names = await userNames(tx, [samtycke?.registreradAvId, samtycke?.aterkalladAvId]);
    return {
      insatsId,
      inskrivningId: inskrivning.id,
      deltagareId: d.id,
      kod: d.kod,
      kon: d.kon,
      fodelsear: d.fodelsear,
      aldersgrupp: aldersgrupp(d.fodelsear, inskrivning.startdatum.getUTCFullYear()),
      matningsmetod: insats.matningsmetod,
      anonymiserad: inskrivning.anonymiserad,
      state,
      identity: state === "visible" && d.identitet ? readIdentity(d.identitet) : null,
      samtycke: samtycke
        ? {
            id: samtycke.id,
            datum: toIsoDate(samtycke.datum),
            omfattning: samtycke.omfattning,
            registreradAv: recordedBy(samtycke.registreradAvId, names),
            aterkalladDatum: toIsoDateOrNull(samtycke.aterkalladDatum),
            aterkalladAv: samtycke.aterkalladAvId ? recordedBy(samtycke.aterkalladAvId, names) : null,
          }
        : null,
      canWithdraw: can(ctx.roll, "deltagare:write") && canWriteInsatsDeltagare(ctx, insatsId) && Boolean(d.identitet) && !samtycke?.aterkalladDatum,
    };
  });
}

function identityState(
  ctx: TenantContext,
  insatsId: string,
  d: { metod: string; skyddad: boolean; raderad: boolean; aterkallad: boolean; harIdentitet: boolean },
): IdentityState {
  if (d.skyddad) return "skyddad";
  if (d.raderad) return "raderad";
  // Identity belongs to PERSONUPPGIFTER insatser only, whatever else the person takes part in.
  if (d.harIdentitet && d.metod === "PERSONUPPGIFTER") {
    if (canSeeIdentity(ctx, insatsId)) return "visible";
    return can(ctx.roll, "identitet:reveal") ? "revealable" : "hidden";
  }
  if (d.aterkallad) return "aterkallad";
  return "anonym";
}

async function userNames(tx: Tx, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id) && id !== IMPORT_USER_ID))];
  if (wanted.length === 0) return new Map();
  const users = await tx.user.findMany({ where: { id: { in: wanted } }, select: { id: true, namn: true } });
  return new Map(users.map((u) => [u.id, u.namn]));
}

function recordedBy(id: string, names: Map<string, string>): RecordedBy {
  if (id === IMPORT_USER_ID) return { kind: "import" };
  const namn = names.get(id);
  return namn ? { kind: "user", namn } : { kind: "unknown" };
}
