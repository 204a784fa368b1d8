import "server-only";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { generateDeltagareKod } from "@/lib/domain/deltagare-kod";
import { maskPersonnummer, parsePersonnummer } from "@/lib/domain/personnummer";
import { ConflictError, ValidationError } from "@/lib/errors";
import { encryptIdentity, personnummerHash } from "@/lib/identity/identity-fields";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { fromIsoDate, todayIso, toIsoDate, toIsoDateOrNull } from "@/lib/server/dates";
import { isUniqueViolation } from "@/lib/server/prisma-errors";
import { withTenantTx } from "@/lib/server/tenant-tx";
import type { RegistreraInskrivningInput } from "@/lib/validation/inskrivning-registrering";
import { loadInsatsForDeltagare, type InsatsForDeltagare } from "./load-insats-for-deltagare";

export const MSG = {
  volym: "Insatsen följs upp med volym – registrera antal per period i stället för enskilda deltagare",
  anonymIdentitet: "Insatsen registrerar inte personuppgifter – ta bort namn och personnummer",
  saknarPua: "Insatsen saknar personuppgiftsansvarig medlem – personuppgifter kan inte registreras förrän den anges på insatsen",
  personnummerKravs: "Ange personnummer eller samordningsnummer, eller markera skyddade personuppgifter",
  samtidigt: "Personen registrerades nyss av någon annan – ladda om och försök igen",
  redanInskriven: (kod: string) => `Personen är redan inskriven i insatsen (kod ${kod}) och har inte avslutats`,
} as const;

export type RegistreringResultat = {
  deltagareId: string;
  inskrivningId: string;
  kod: string;
  /** The personnummer belonged to a deltagare already in the förbund: linked, not duplicated. */
  befintligDeltagare: boolean;
  registreradSom: "ANONYM" | "PERSONUPPGIFTER";
  personnummerMaskerat: string | null;
};

/**
 * Registers a deltagare (or finds the one the personnummer already belongs to)
 * and a new inskrivning in one insats, by the insats's mätningsmetod (DESIGN.md §5).
 */
export async function registerInskrivning(ctx: TenantContext, insatsId: string, input: RegistreraInskrivningInput): Promise<RegistreringResultat> {
  try {
    return await withTenantTx(ctx.forbundId, async (tx) => {
      const insats = await loadInsatsForDeltagare(ctx, insatsId, "write", tx);
      checkAgainstInsats(insats, input);
      const pnr = input.identitet ? parsePersonnummer(input.identitet.personnummer) : null;
      if (pnr && !pnr.ok) throw new ValidationError("Kontrollera de markerade fälten.", { "identitet.personnummer": [pnr.error] });
      const kon = pnr?.ok ? pnr.kon : input.kon!;
      const fodelsear = pnr?.ok ? Number(pnr.birthDate.slice(0, 4)) : input.fodelsear!;
      let deltagare: { id: string; kod: string } | null = null;
      let befintlig = false;
      if (input.identitet && pnr?.ok) {
        const found = await tx.deltagareIdentitet.findUnique({
          where: { forbundId_personnummerHash: { forbundId: ctx.forbundId, personnummerHash: personnummerHash(pnr.normalized) } },
          select: { deltagare: { select: { id: true, kod: true } } },
        });
        if (found) {
          deltagare = found.deltagare;
          befintlig = true;
          const open = await tx.inskrivning.count({ where: { forbundId: ctx.forbundId, insatsId, deltagareId: deltagare.id, avslutsdatum: null } });
          if (open > 0) throw new ConflictError(MSG.redanInskriven(deltagare.kod), { "identitet.personnummer": [MSG.redanInskriven(deltagare.kod)] });
        }
      }
      if (!deltagare) {
        deltagare = await tx.deltagare.create({
          data: { forbundId: ctx.forbundId, kod: await freeKod(tx, ctx.forbundId), kon, fodelsear, skyddadIdentitet: input.skyddadIdentitet },
          select: { id: true, kod: true },
        });
        if (input.identitet && pnr?.ok) {
          const { fornamn, efternamn, telefon, epost } = input.identitet;
          await tx.deltagareIdentitet.create({
            data: {
              forbundId: ctx.forbundId,
              deltagareId: deltagare.id,
              ...encryptIdentity(pnr.normalized, { fornamn, efternamn, ...(telefon ? { telefon } : {}), ...(epost ? { epost } : {}) }),
            },
          });
        }
      }
      if (input.samtycke && insats.matningsmetod === "PERSONUPPGIFTER") {
        await tx.samtycke.create({
          data: {
            forbundId: ctx.forbundId,
            deltagareId: deltagare.id,
            insatsId,
            datum: fromIsoDate(input.samtycke.datum),
            omfattning: input.samtycke.omfattning,
            registreradAvId: ctx.userId,
          },
        });
      }
      const inskrivning = await tx.inskrivning.create({
        data: {
          forbundId: ctx.forbundId,
          insatsId,
          deltagareId: deltagare.id,
          gruppId: input.gruppId ?? null,
          startdatum: fromIsoDate(input.startdatum),
          remittent: input.remittent ?? null,
          aktuellHos: input.aktuellHos,
          forsorjningStart: input.forsorjningStart,
          sysselsattningStart: input.sysselsattningStart,
          utbildningsniva: input.utbildningsniva ?? null,
          folkbokforingskommun: input.folkbokforingskommun || null,
          tidIOffentligForsorjning: input.tidIOffentligForsorjning ?? null,
          spar: input.spar || null,
        },
        select: { id: true },
      });
      const registreradSom = input.identitet ? "PERSONUPPGIFTER" : "ANONYM";
      // No identity in the audit log: the code and the facts of the registration are enough.
      await recordAudit(tx, {
        forbundId: ctx.forbundId,
        userId: ctx.userId,
        action: "inskrivning.create",
        entity: "Inskrivning",
        entityId: inskrivning.id,
        details: { insatsId, deltagareId: deltagare.id, kod: deltagare.kod, registreradSom, befintligDeltagare: befintlig, skyddadIdentitet: input.skyddadIdentitet, samtycke: Boolean(input.samtycke) },
      });
      return {
        deltagareId: deltagare.id,
        inskrivningId: inskrivning.id,
        kod: deltagare.kod,
        befintligDeltagare: befintlig,
        registreradSom,
        personnummerMaskerat: pnr?.ok ? maskPersonnummer(pnr.normalized) : null,
      };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(MSG.samtidigt);
    throw error;
  }
}

/** The rules that need the insats; field paths match the form's. */
function checkAgainstInsats(insats: InsatsForDeltagare, input: RegistreraInskrivningInput): void {
  if (insats.matningsmetod === "VOLYM") throw new ValidationError(MSG.volym);
  if (insats.matningsmetod === "ANONYM" && (input.identitet || input.samtycke)) {
    throw new ValidationError(MSG.anonymIdentitet, { identitet: [MSG.anonymIdentitet] });
  }
  if (insats.matningsmetod === "PERSONUPPGIFTER" && input.identitet && !insats.puaMedlemId) throw new ConflictError(MSG.saknarPua);
  const fieldErrors: Record<string, string[]> = {};
  if (insats.matningsmetod === "PERSONUPPGIFTER" && !input.skyddadIdentitet && !input.identitet) {
    fieldErrors["identitet.personnummer"] = [MSG.personnummerKravs];
  }
  const start = input.startdatum;
  const [fran, till] = [toIsoDate(insats.startdatum), toIsoDateOrNull(insats.slutdatum)];
  if (start < fran || (till && start > till)) {
    fieldErrors.startdatum = [till ? `Startdatum ska ligga inom insatsens period (${fran} – ${till})` : `Startdatum kan inte vara före insatsens start (${fran})`];
  } else if (start > todayIso()) {
    fieldErrors.startdatum = ["Startdatum kan inte ligga i framtiden"];
  }
  if (input.samtycke && input.samtycke.datum > todayIso()) fieldErrors["samtycke.datum"] = ["Samtyckets datum kan inte ligga i framtiden"];
  if (input.gruppId && !insats.grupper.some((g) => g.id === input.gruppId)) fieldErrors.gruppId = ["Gruppen hör inte till insatsen"];
  if (Object.keys(fieldErrors).length > 0) throw new ValidationError("Kontrollera de markerade fälten.", fieldErrors);
}

/** A deltagarkod not yet used in the förbund (31⁶ codes: a clash is rare, checked anyway). */
async function freeKod(tx: Tx, forbundId: string): Promise<string> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const kod = generateDeltagareKod();
    if (!(await tx.deltagare.findUnique({ where: { forbundId_kod: { forbundId, kod } }, select: { id: true } }))) return kod;
  }
  throw new ConflictError("Kunde inte skapa en ledig deltagarkod – försök igen");
}
