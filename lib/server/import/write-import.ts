import "server-only";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { generateDeltagareKod } from "@/lib/domain/deltagare-kod";
import { ConflictError } from "@/lib/errors";
import { encryptIdentity } from "@/lib/identity/identity-fields";
import { insertRows, selectIn } from "./bulk-sql";
import type { ImportInsats } from "./load-import-insats";
import type { ImportPlan } from "./plan-import";
import { tidsordnatId } from "./tidsordnat-id";

/** Free deltagarkoder for the new deltagare without one: drawn at random, clashes with stored or file codes redrawn. */
async function freeKoder(tx: Tx, forbundId: string, antal: number, upptagna: Set<string>): Promise<string[]> {
  const koder = new Set<string>();
  for (let varv = 0; varv < 10 && koder.size < antal; varv++) {
    const kandidater = new Set<string>();
    while (kandidater.size < antal - koder.size) {
      const k = generateDeltagareKod();
      if (!upptagna.has(k) && !koder.has(k)) kandidater.add(k);
    }
    const tagna = new Set((await selectIn<{ kod: string }>(tx, "Deltagare", ["kod"], forbundId, "kod", [...kandidater])).map((r) => r.kod));
    for (const k of kandidater) if (!tagna.has(k)) koder.add(k);
  }
  if (koder.size < antal) throw new ConflictError("Kunde inte skapa lediga deltagarkoder – försök igen");
  return [...koder];
}

/** Writes a checked plan with multi-row inserts (lib/server/import/bulk-sql.ts). Call inside the import's one transaction. */
export async function writeImport(tx: Tx, ctx: TenantContext, insats: ImportInsats, plan: ImportPlan): Promise<void> {
  const forbundId = ctx.forbundId;
  const utanKod = plan.nyaDeltagare.filter((d) => d.kod === null);
  const filKoder = new Set(plan.nyaDeltagare.flatMap((d) => (d.kod ? [d.kod] : [])));
  const dragna = await freeKoder(tx, forbundId, utanKod.length, filKoder);
  utanKod.forEach((d, i) => (d.kod = dragna[i]!));

  await insertRows(
    tx,
    "Deltagare",
    [{ namn: "forbundId", typ: "text" }, { namn: "id", typ: "text" }, { namn: "kod", typ: "text" }, { namn: "kon", typ: "text", cast: "Kon" }, { namn: "fodelsear", typ: "int" }, { namn: "skyddadIdentitet", typ: "bool" }],
    plan.nyaDeltagare.map((d) => ({ forbundId, id: d.id, kod: d.kod, kon: d.kon, fodelsear: d.fodelsear, skyddadIdentitet: d.skyddad })),
  );
  await insertRows(
    tx,
    "DeltagareIdentitet",
    [{ namn: "forbundId", typ: "text" }, { namn: "deltagareId", typ: "text" }, { namn: "personnummerEnc", typ: "text" }, { namn: "personnummerHash", typ: "text" }, { namn: "kontaktEnc", typ: "text" }],
    plan.nyaDeltagare.flatMap((d) => (d.identitet ? [{ forbundId, deltagareId: d.id, ...encryptIdentity(d.identitet.personnummer, d.identitet.kontakt) }] : [])),
    { updatedAt: true },
  );
  await insertRows(
    tx,
    "Samtycke",
    [{ namn: "forbundId", typ: "text" }, { namn: "id", typ: "text" }, { namn: "deltagareId", typ: "text" }, { namn: "insatsId", typ: "text" }, { namn: "datum", typ: "date" }, { namn: "omfattning", typ: "text" }, { namn: "registreradAvId", typ: "text" }],
    plan.samtycken.map((s) => ({ forbundId, id: tidsordnatId(), deltagareId: s.deltagareId, insatsId: insats.id, datum: s.datum, omfattning: s.omfattning, registreradAvId: ctx.userId })),
  );

  const gruppId = new Map(insats.grupper.map((g) => [g.namn, g.id]));
  await insertRows(
    tx,
    "Inskrivning",
    [
      { namn: "forbundId", typ: "text" },
      { namn: "id", typ: "text" },
      { namn: "insatsId", typ: "text" },
      { namn: "deltagareId", typ: "text" },
      { namn: "gruppId", typ: "text" },
      { namn: "startdatum", typ: "date" },
      { namn: "remittent", typ: "text" },
      { namn: "aktuellHos", typ: "text[]" },
      { namn: "forsorjningStart", typ: "text[]" },
      { namn: "sysselsattningStart", typ: "text[]" },
      { namn: "utbildningsniva", typ: "text" },
      { namn: "folkbokforingskommun", typ: "text" },
      { namn: "tidIOffentligForsorjning", typ: "text" },
      { namn: "spar", typ: "text" },
      { namn: "avslutsdatum", typ: "date" },
      { namn: "avslutsorsak", typ: "text" },
      { namn: "forsorjningAvslut", typ: "text[]" },
      { namn: "sysselsattningAvslut", typ: "text[]" },
    ],
    plan.rader.map(({ rad, deltagareId, inskrivningId }) => ({
      ...rad.inskrivning,
      forbundId,
      id: inskrivningId,
      insatsId: insats.id,
      deltagareId,
      gruppId: rad.inskrivning.grupp ? (gruppId.get(rad.inskrivning.grupp) ?? null) : null,
    })),
    { updatedAt: true },
  );

  const variabelId = new Map(insats.matvariabler.map((m) => [m.kod, m.id]));
  await insertRows(
    tx,
    "Matning",
    [
      { namn: "forbundId", typ: "text" },
      { namn: "id", typ: "text" },
      { namn: "inskrivningId", typ: "text" },
      { namn: "matvariabelId", typ: "text" },
      { namn: "tidpunkt", typ: "text", cast: "Tidpunkt" },
      { namn: "datum", typ: "date" },
      { namn: "varde", typ: "float8" },
      { namn: "kalla", typ: "text", cast: "MatningKalla" },
    ],
    plan.rader.flatMap(({ rad, inskrivningId }) =>
      rad.matningar.map((m) => ({ forbundId, id: tidsordnatId(), inskrivningId, matvariabelId: variabelId.get(m.variabelKod)!, tidpunkt: m.tidpunkt, datum: m.datum, varde: m.varde, kalla: "IMPORT" })),
    ),
  );
  await insertRows(
    tx,
    "Uppfoljning",
    [
      { namn: "forbundId", typ: "text" },
      { namn: "id", typ: "text" },
      { namn: "inskrivningId", typ: "text" },
      { namn: "datum", typ: "date" },
      { namn: "status", typ: "text" },
      { namn: "forsorjning", typ: "text[]" },
      { namn: "sysselsattning", typ: "text[]" },
      { namn: "kommentar", typ: "text" },
    ],
    plan.rader.flatMap(({ rad, inskrivningId }) => (rad.uppfoljning ? [{ forbundId, id: tidsordnatId(), inskrivningId, ...rad.uppfoljning }] : [])),
  );
}
