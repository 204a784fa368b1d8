import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { can } from "@/lib/auth/permissions";
import { parsePersonnummer } from "@/lib/domain/personnummer";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { encryptIdentity, personnummerHash, type Kontakt } from "@/lib/identity/identity-fields";
import { readIdentityInFull } from "@/lib/identity/read-identity-in-full";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { withTenantTx } from "@/lib/server/tenant-tx";
import type { RattaDeltagareInput } from "@/lib/validation/gdpr";
import { loadDeltagareForGdpr } from "./load-deltagare-for-gdpr";

export const MSG = {
  raderad: "Personuppgifterna är raderade och kan inte rättas",
  andradAvAnnan: "Någon annan har ändrat deltagaren sedan du öppnade sidan. Ladda om sidan och gör ändringen igen.",
  ingenIdentitet: "Deltagaren har inga namn eller personnummer i registret",
  upptaget: "Personnumret tillhör redan en annan deltagare i förbundet",
  konPnr: "Kön stämmer inte med personnumret",
  arPnr: "Födelseåret stämmer inte med personnumret",
} as const;

const IDENTITY_FIELDS = ["personnummer", "fornamn", "efternamn", "telefon", "epost"] as const;

/**
 * Corrects kön, födelseår and identity fields of one deltagare (GDPR art. 16).
 * Optimistic concurrency on Deltagare.version. The audit row names the fields
 * that changed, with old and new values only for kön and födelseår: identity
 * values never reach the log.
 */
export async function rattaDeltagare(ctx: TenantContext, deltagareId: string, input: RattaDeltagareInput) {
  if (!can(ctx.roll, "deltagare:write")) throw new ForbiddenError();
  return withTenantTx(ctx.forbundId, async (tx) => {
    const d = await loadDeltagareForGdpr(tx, ctx, deltagareId, "write");
    if (d.raderadAt) throw new ConflictError(MSG.raderad);
    if (d.version !== input.version) throw new ConflictError(MSG.andradAvAnnan);

    const row = await tx.deltagareIdentitet.findUnique({
      where: { forbundId_deltagareId: { forbundId: ctx.forbundId, deltagareId: d.id } },
      select: { personnummerEnc: true, kontaktEnc: true },
    });
    const sent = Object.fromEntries(Object.entries(input.identitet ?? {}).filter(([, v]) => v !== undefined)) as Partial<Record<(typeof IDENTITY_FIELDS)[number], string>>;
    if (Object.keys(sent).length > 0 && !row) throw new ValidationError("Kontrollera de markerade fälten.", { identitet: [MSG.ingenIdentitet] });

    const old = row ? readIdentityInFull(row) : null;
    const next = old ? { ...old, ...sent } : null;
    const andradeFalt = old ? IDENTITY_FIELDS.filter((f) => sent[f] !== undefined && sent[f] !== (old[f] ?? undefined)).map((f) => `identitet.${f}`) : [];

    // Where a personnummer is kept, kön and födelseår follow from it.
    const pnr = next ? parsePersonnummer(next.personnummer) : null;
    if (pnr?.ok) {
      const fel: Record<string, string[]> = {};
      if (pnr.kon !== input.kon) fel.kon = [MSG.konPnr];
      if (Number(pnr.birthDate.slice(0, 4)) !== input.fodelsear) fel.fodelsear = [MSG.arPnr];
      if (Object.keys(fel).length > 0) throw new ValidationError("Kontrollera de markerade fälten.", fel);
    }

    if (next && andradeFalt.length > 0) {
      const hash = personnummerHash(next.personnummer);
      if (andradeFalt.includes("identitet.personnummer")) {
        const taken = await tx.deltagareIdentitet.findUnique({ where: { forbundId_personnummerHash: { forbundId: ctx.forbundId, personnummerHash: hash } }, select: { deltagareId: true } });
        if (taken && taken.deltagareId !== d.id) throw new ConflictError(MSG.upptaget, { "identitet.personnummer": [MSG.upptaget] });
      }
      const kontakt: Kontakt = { fornamn: next.fornamn, efternamn: next.efternamn, ...(next.telefon ? { telefon: next.telefon } : {}), ...(next.epost ? { epost: next.epost } : {}) };
      await tx.deltagareIdentitet.update({
        where: { forbundId_deltagareId: { forbundId: ctx.forbundId, deltagareId: d.id } },
        data: encryptIdentity(next.personnummer, kontakt),
      });
    }

    const bas: Record<string, { fran: string | number; till: string | number }> = {};
    if (input.kon !== d.kon) bas.kon = { fran: d.kon, till: input.kon };
    if (input.fodelsear !== d.fodelsear) bas.fodelsear = { fran: d.fodelsear, till: input.fodelsear };
    const alla = [...Object.keys(bas), ...andradeFalt];
    if (alla.length === 0) return { deltagareId: d.id, version: d.version, andradeFalt: [] as string[] };

    const updated = await tx.deltagare.updateMany({
      where: { forbundId: ctx.forbundId, id: d.id, version: input.version },
      data: { kon: input.kon, fodelsear: input.fodelsear, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError(MSG.andradAvAnnan);
    await recordAudit(tx, {
      forbundId: ctx.forbundId,
      userId: ctx.userId,
      action: "deltagare.ratta",
      entity: "Deltagare",
      entityId: d.id,
      details: { andradeFalt: alla, ...bas },
    });
    return { deltagareId: d.id, version: d.version + 1, andradeFalt: alla };
  });
}
