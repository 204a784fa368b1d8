import "server-only";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { ImportRad, RadFel } from "@/lib/domain/import/validera";
import { overlappar } from "@/lib/domain/import/validera";
import type { ImportSammanfattning } from "@/lib/domain/import/rapport";
import { personnummerHash } from "@/lib/identity/identity-fields";
import { toIsoDate } from "@/lib/server/dates";
import { selectIn } from "./bulk-sql";
import { tidsordnatId } from "./tidsordnat-id";
import type { ImportInsats } from "./load-import-insats";

type Reader = Pick<Tx, "$queryRawUnsafe">;

/** A DATE from a raw query: a Date at UTC midnight, or already "YYYY-MM-DD". */
const iso = (v: unknown): string | null => (v == null ? null : v instanceof Date ? toIsoDate(v) : String(v).slice(0, 10));

export type NyDeltagare = {
  id: string;
  /** Given in the file, or null: a free code is drawn when writing. */
  kod: string | null;
  kon: "K" | "M";
  fodelsear: number;
  skyddad: boolean;
  identitet: { personnummer: string; kontakt: { fornamn: string; efternamn: string } } | null;
};

export type ImportPlan = {
  nyaDeltagare: NyDeltagare[];
  /** Per valid row, in file order: the deltagare it belongs to. */
  rader: { rad: ImportRad; deltagareId: string; inskrivningId: string }[];
  samtycken: { deltagareId: string; datum: string; omfattning: string }[];
  sammanfattning: ImportSammanfattning;
};

/**
 * The checks that need stored data, and which rows become new deltagare: a
 * personnummer already in the förbund (by its keyed hash) or a deltagarkod
 * already in use links to that deltagare instead of creating a second one. A
 * linked deltagare may not get an inskrivning overlapping one it already has in
 * the insats. Reads only; run inside the write transaction for a real import.
 */
export async function planImport(client: Reader, ctx: TenantContext, insats: ImportInsats, rader: ImportRad[]): Promise<{ fel: RadFel[]; plan: ImportPlan }> {
  const fel: RadFel[] = [];
  const forbundId = ctx.forbundId;

  const koder = [...new Set(rader.flatMap((r) => (r.deltagare.typ === "ANONYM" && r.deltagare.kod ? [r.deltagare.kod] : [])))];
  const befintligaKoder = new Map(
    (await selectIn<{ id: string; kod: string; kon: string; fodelsear: number }>(client, "Deltagare", ["id", "kod", "kon", "fodelsear"], forbundId, "kod", koder)).map((d) => [d.kod, d]),
  );
  const hashPerPnr = new Map<string, string>();
  for (const r of rader) if (r.deltagare.typ === "PERSON" && !hashPerPnr.has(r.deltagare.personnummer)) hashPerPnr.set(r.deltagare.personnummer, personnummerHash(r.deltagare.personnummer));
  const deltagarePerHash = new Map(
    (
      await selectIn<{ deltagareId: string; personnummerHash: string }>(client, "DeltagareIdentitet", ["deltagareId", "personnummerHash"], forbundId, "personnummerHash", [
        ...hashPerPnr.values(),
      ])
    ).map((i) => [i.personnummerHash, i.deltagareId]),
  );

  const nyaDeltagare = new Map<string, NyDeltagare>();
  const planRader: ImportPlan["rader"] = [];
  const befintligaRader: { rad: ImportRad; deltagareId: string }[] = [];
  for (const r of rader) {
    const d = r.deltagare;
    let deltagareId: string | undefined;
    let nyckel: string;
    if (d.typ === "PERSON") {
      nyckel = `P:${d.personnummer}`;
      deltagareId = deltagarePerHash.get(hashPerPnr.get(d.personnummer)!);
    } else if (d.kod) {
      nyckel = `K:${d.kod}`;
      const b = befintligaKoder.get(d.kod);
      if (b && (b.kon !== d.kon || b.fodelsear !== d.fodelsear)) {
        fel.push({ rad: r.rad, kolumn: "Deltagarkod", meddelande: `Deltagarkoden ${d.kod} finns redan i förbundet med annat kön eller födelseår` });
        continue;
      }
      deltagareId = b?.id;
    } else nyckel = `R:${r.rad}`;

    if (deltagareId) befintligaRader.push({ rad: r, deltagareId });
    else {
      let ny = nyaDeltagare.get(nyckel);
      if (!ny) {
        ny = {
          id: tidsordnatId(),
          kod: d.typ === "ANONYM" ? d.kod : null,
          kon: d.kon,
          fodelsear: d.fodelsear,
          skyddad: d.typ === "ANONYM" && d.skyddad,
          identitet: d.typ === "PERSON" ? { personnummer: d.personnummer, kontakt: d.kontakt } : null,
        };
        nyaDeltagare.set(nyckel, ny);
      }
      deltagareId = ny.id;
    }
    planRader.push({ rad: r, deltagareId, inskrivningId: tidsordnatId() });
  }

  // A linked person must not get a second, overlapping participation in the same insats.
  const lankade = [...new Set(befintligaRader.map((b) => b.deltagareId))];
  const befintligaInskrivningar = (
    await selectIn<{ deltagareId: string; startdatum: unknown; avslutsdatum: unknown }>(client, "Inskrivning", ["deltagareId", "startdatum", "avslutsdatum"], forbundId, "deltagareId", lankade, {
      kolumn: "insatsId",
      varde: insats.id,
    })
  ).map((i) => ({ deltagareId: i.deltagareId, startdatum: iso(i.startdatum)!, avslutsdatum: iso(i.avslutsdatum) }));
  for (const { rad, deltagareId } of befintligaRader) {
    const krock = befintligaInskrivningar.find(
      (i) => i.deltagareId === deltagareId && overlappar(i, rad.inskrivning),
    );
    if (krock) {
      const period = `${krock.startdatum} – ${krock.avslutsdatum ?? "pågår"}`;
      fel.push({ rad: rad.rad, kolumn: "Startdatum", meddelande: `Deltagaren har redan en inskrivning i insatsen som överlappar (${period})` });
    }
  }

  // Consent is per deltagare and insats: one per person, unless an active one is already stored.
  const medSamtycke = new Set(
    (
      await selectIn<{ deltagareId: string }>(client, "Samtycke", ["deltagareId"], forbundId, "deltagareId", lankade, { kolumn: "insatsId", varde: insats.id }, ' AND "aterkalladDatum" IS NULL')
    ).map((s) => s.deltagareId),
  );
  const samtycken: ImportPlan["samtycken"] = [];
  for (const { rad, deltagareId } of planRader) {
    if (rad.deltagare.typ !== "PERSON" || medSamtycke.has(deltagareId)) continue;
    medSamtycke.add(deltagareId);
    samtycken.push({ deltagareId, ...rad.deltagare.samtycke });
  }

  return {
    fel,
    plan: {
      nyaDeltagare: [...nyaDeltagare.values()],
      rader: planRader,
      samtycken,
      sammanfattning: {
        nyaDeltagare: nyaDeltagare.size,
        befintligaDeltagare: befintligaRader.length,
        inskrivningar: planRader.length,
        avslutade: planRader.filter((r) => r.rad.inskrivning.avslutsdatum !== null).length,
        matningar: planRader.reduce((n, r) => n + r.rad.matningar.length, 0),
        uppfoljningar: planRader.filter((r) => r.rad.uppfoljning !== null).length,
        samtycken: samtycken.length,
      },
    },
  };
}
