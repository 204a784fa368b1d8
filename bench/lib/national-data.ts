// Deterministic synthetic förbund for the national scale: the same shape as
// the demo data (ANONYM insatser with the Friska Vindar 2.0 targets, VAS and
// steg at start and avslut, follow-ups, plans), generated one förbund at a
// time so memory stays flat, written with multi-row INSERTs.
import type pg from "pg";
import { mulberry32, seedFrom } from "../../prisma/seed/demo/rng";
import { DEFAULT_MATVARIABLER } from "../../lib/domain/matvariabler";
import { SEED_INSATSER, seedTargets } from "../../lib/domain/goals/seed-targets";
import { insertMany, type Row } from "./insert-many";
import type { Scale } from "./scales";

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const FORSORJNING = ["SJUKPENNING", "AKTIVITETSERSATTNING", "A_KASSA", "AKTIVITETSSTOD", "FORSORJNINGSSTOD", "INGEN"];
const ORSAKER = ["ARBETE", "STUDIER", "ANNAN_ARBETSFORBEREDANDE_INSATS", "ARBETSSOKANDE", "OHALSA", "AVBROTT", "FLYTTAT", "OVRIGT"];
const UPPFOLJNING = ["ARBETE", "STUDIER", "ARBETSSOKANDE", "RATT_ERSATTNING", "EJ_NADD"];

export const benchSlug = (i: number) => `bench-${String(i + 1).padStart(2, "0")}`;

/** Rows written per table for one förbund; the caller reports progress. */
export async function writeForbund(client: pg.ClientBase, index: number, scale: Scale, onRows: (n: number) => void): Promise<void> {
  const rnd = mulberry32(seedFrom(`national:${index}`));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const f = `bf${index}`;
  const now = new Date();
  const per = (total: number) => Math.floor(total / scale.forbund) + (index < total % scale.forbund ? 1 : 0);
  const nInsatser = per(scale.insatser);
  const nDeltagare = per(scale.deltagare);
  const nInskrivningar = per(scale.inskrivningar);
  const matningarPerInskrivning = scale.matningar / scale.inskrivningar;

  await client.query("BEGIN");
  await insertMany(client, "Forbund", ["id", "slug", "namn", "updatedAt"], [[f, benchSlug(index), `Benchmarkförbund ${index + 1}`, now]]);
  const mv = (kod: string) => `${f}-mv-${kod}`;
  await insertMany(
    client,
    "Matvariabel",
    ["forbundId", "id", "kod", "namn", "beskrivning", "typ", "min", "max"],
    DEFAULT_MATVARIABLER.map((m) => [f, mv(m.kod), m.kod, m.namn, m.beskrivning, m.typ, m.min, m.max]),
  );
  const insatser: Row[] = [];
  const mal: Row[] = [];
  const targets = seedTargets.filter((t) => t.insats === SEED_INSATSER.FRISKA_VINDAR);
  for (let i = 0; i < nInsatser; i++) {
    const start = Date.parse("2019-01-01T00:00:00Z") + Math.floor(rnd() * 1400) * DAY;
    insatser.push([f, `${f}-i${i}`, `Insats ${i + 1}`, "INDIVIDINRIKTAD", rnd() < 0.7 ? "PAGAENDE" : "AVSLUTAD", "ANONYM", iso(start), iso(start + 1460 * DAY), 100, now]);
    targets.forEach((t, k) => mal.push([f, `${f}-i${i}-m${k}`, `${f}-i${i}`, t.definition.typ, t.kategori, t.text, JSON.stringify(t.definition), k, now]));
  }
  await insertMany(client, "Insats", ["forbundId", "id", "namn", "insatstyp", "status", "matningsmetod", "startdatum", "slutdatum", "planeradeDeltagare", "updatedAt"], insatser);
  await insertMany(client, "Malsattning", ["forbundId", "id", "insatsId", "typ", "kategori", "text", "definition", "sortering", "updatedAt"], mal);
  onRows(2 + DEFAULT_MATVARIABLER.length + insatser.length + mal.length);

  const deltagare: Row[] = [];
  for (let d = 0; d < nDeltagare; d++) deltagare.push([f, `${f}-d${d}`, `B${index}-${d}`, rnd() < 0.54 ? "K" : "M", 1958 + Math.floor(rnd() * 46)]);
  await insertMany(client, "Deltagare", ["forbundId", "id", "kod", "kon", "fodelsear"], deltagare);
  onRows(deltagare.length);

  // Participations in chunks, so a förbund of 10 000 people never sits in memory whole.
  const CHUNK = 5_000;
  for (let from = 0; from < nInskrivningar; from += CHUNK) {
    const rows: Row[] = [];
    const matningar: Row[] = [];
    const uppfoljningar: Row[] = [];
    const planer: Row[] = [];
    for (let n = from; n < Math.min(nInskrivningar, from + CHUNK); n++) {
      const id = `${f}-s${n}`;
      // The first nDeltagare participations cover everyone; the rest are second participations.
      const deltagareId = `${f}-d${n < nDeltagare ? n : Math.floor(rnd() * nDeltagare)}`;
      const insatsId = `${f}-i${Math.floor(rnd() * nInsatser)}`;
      const start = Date.parse("2019-01-01T00:00:00Z") + Math.floor(rnd() * 1700) * DAY;
      const slut = start + (84 + Math.floor(rnd() * 70)) * DAY;
      const avslut = rnd() < 0.85 && slut < Date.parse("2026-10-31T00:00:00Z") ? slut : null;
      const orsak = avslut === null ? null : pick(ORSAKER);
      rows.push([f, id, insatsId, deltagareId, iso(start), avslut === null ? null : iso(avslut), orsak, [pick(FORSORJNING)], avslut === null ? [] : [pick(FORSORJNING)], [], [], [], now]);
      // About matningarPerInskrivning measurements each: VAS and steg at start, at avslut, sometimes a yes/no.
      // About one in ten has no avslut yet and so no avslut measurements; the budget makes up for it.
      const budget = Math.round(matningarPerInskrivning / 0.9 + (rnd() - 0.5));
      const plan: [string, "START" | "AVSLUT", number, number][] = [
        ["VAS", "START", 0, 10],
        ["STEG", "START", 1, 7],
        ["VAS", "AVSLUT", 0, 10],
        ["STEG", "AVSLUT", 1, 7],
        ["NARMARE_ARBETSMARKNADEN", "AVSLUT", 0, 1],
        ["ONSKVARD_UTVECKLING", "AVSLUT", 0, 1],
      ];
      for (const [k, [kod, tidpunkt, min, max]] of plan.slice(0, budget).entries()) {
        if (tidpunkt === "AVSLUT" && avslut === null) continue;
        matningar.push([f, `${id}-m${k}`, id, mv(kod), tidpunkt, iso(tidpunkt === "START" ? start : avslut!), min + Math.floor(rnd() * (max - min + 1))]);
      }
      if (avslut !== null && rnd() < 0.6) uppfoljningar.push([f, `${id}-u`, id, iso(avslut + 90 * DAY), pick(UPPFOLJNING), [], []]);
      if (rnd() < 0.9) planer.push([f, `${id}-p`, id, iso(start + 14 * DAY), now]);
    }
    await insertMany(
      client,
      "Inskrivning",
      ["forbundId", "id", "insatsId", "deltagareId", "startdatum", "avslutsdatum", "avslutsorsak", "forsorjningStart", "forsorjningAvslut", "aktuellHos", "sysselsattningStart", "sysselsattningAvslut", "updatedAt"],
      rows,
    );
    await insertMany(client, "Matning", ["forbundId", "id", "inskrivningId", "matvariabelId", "tidpunkt", "datum", "varde"], matningar);
    await insertMany(client, "Uppfoljning", ["forbundId", "id", "inskrivningId", "datum", "status", "forsorjning", "sysselsattning"], uppfoljningar);
    await insertMany(client, "Plan", ["forbundId", "id", "inskrivningId", "upprattadDatum", "updatedAt"], planer);
    onRows(rows.length + matningar.length + uppfoljningar.length + planer.length);
  }
  await client.query("COMMIT");
}
