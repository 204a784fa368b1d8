// A large, deterministic synthetic förbund for benchmarks: one insats with
// N inskrivningar (default 20 000), ten groups, VAS and steg at start and
// avslut, försörjning, 90-day follow-ups and plans, and the Friska Vindar 2.0
// targets. Inserted with multi-row INSERTs straight through pg (the ORM would
// take minutes), into a scratch database only.
import type pg from "pg";
import { mulberry32, seedFrom } from "../../prisma/seed/demo/rng";
import { DEFAULT_MATVARIABLER } from "../../lib/domain/matvariabler";
import { SEED_INSATSER, seedTargets } from "../../lib/domain/goals/seed-targets";

export const SYNTHETIC_SLUG = "bench-syntet";
const BATCH = 1000;

type Row = readonly unknown[];

/** INSERT … VALUES ($1,…),(…) in batches of BATCH rows. */
async function insertMany(client: pg.Client, table: string, columns: readonly string[], rows: readonly Row[]): Promise<void> {
  const cols = columns.map((c) => `"${c}"`).join(", ");
  for (let i = 0; i < rows.length; i += BATCH) {
    const chunk = rows.slice(i, i + BATCH);
    const params: unknown[] = [];
    const values = chunk.map((row) => `(${row.map((v) => (params.push(v), `$${params.length}`)).join(", ")})`);
    await client.query(`INSERT INTO "${table}" (${cols}) VALUES ${values.join(", ")}`, params);
  }
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const DAY = 86_400_000;

/** Creates the förbund and returns its id and the insats's id. Same input → same rows, every time. */
export async function createSyntheticForbund(client: pg.Client, inskrivningar = 20_000): Promise<{ forbundId: string; insatsId: string }> {
  const rnd = mulberry32(seedFrom(`bench:${inskrivningar}`));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const forbundId = "bench-forbund";
  const insatsId = "bench-insats";
  const now = new Date();

  await client.query("BEGIN");
  await insertMany(client, "Forbund", ["id", "slug", "namn", "updatedAt"], [[forbundId, SYNTHETIC_SLUG, "Syntetiskt förbund (benchmark)", now]]);
  const variabelId = (kod: string) => `bench-mv-${kod}`;
  await insertMany(
    client,
    "Matvariabel",
    ["forbundId", "id", "kod", "namn", "beskrivning", "typ", "min", "max"],
    DEFAULT_MATVARIABLER.map((m) => [forbundId, variabelId(m.kod), m.kod, m.namn, m.beskrivning, m.typ, m.min, m.max]),
  );
  await insertMany(
    client,
    "Insats",
    ["forbundId", "id", "namn", "insatstyp", "status", "matningsmetod", "startdatum", "slutdatum", "planeradeDeltagare", "updatedAt"],
    [[forbundId, insatsId, "Syntetisk insats", "INDIVIDINRIKTAD", "PAGAENDE", "ANONYM", "2019-01-01", "2023-12-31", inskrivningar, now]],
  );
  const grupper = Array.from({ length: 10 }, (_, i) => `bench-g${i + 1}`);
  await insertMany(
    client,
    "Grupp",
    ["forbundId", "id", "insatsId", "namn", "startdatum", "veckor"],
    grupper.map((id, i) => [forbundId, id, insatsId, `Grupp ${i + 1}`, "2019-01-01", 16]),
  );
  const targets = seedTargets.filter((t) => t.insats === SEED_INSATSER.FRISKA_VINDAR);
  await insertMany(
    client,
    "Malsattning",
    ["forbundId", "id", "insatsId", "typ", "kategori", "text", "definition", "sortering", "updatedAt"],
    targets.map((t, i) => [forbundId, `bench-mal-${i}`, insatsId, t.definition.typ, t.kategori, t.text, JSON.stringify(t.definition), i, now]),
  );

  const deltagare: Row[] = [];
  const rows: Row[] = [];
  const matningar: Row[] = [];
  const uppfoljningar: Row[] = [];
  const planer: Row[] = [];
  const start0 = Date.parse("2019-01-01T00:00:00Z");
  const span = Date.parse("2023-09-30T00:00:00Z") - start0;
  const forsorjningStart = ["SJUKPENNING", "AKTIVITETSERSATTNING", "A_KASSA", "AKTIVITETSSTOD", "FORSORJNINGSSTOD", "INGEN"];
  const orsaker = ["ARBETE", "STUDIER", "ANNAN_ARBETSFORBEREDANDE_INSATS", "ARBETSSOKANDE", "OHALSA", "AVBROTT", "FLYTTAT", "OVRIGT"];
  for (let n = 0; n < inskrivningar; n++) {
    const id = `bench-i${n}`;
    const deltagareId = `bench-d${n}`;
    deltagare.push([forbundId, deltagareId, `B${n.toString().padStart(6, "0")}`, rnd() < 0.54 ? "K" : "M", 1958 + Math.floor(rnd() * 46)]);
    const start = start0 + Math.floor(rnd() * span / DAY) * DAY;
    const avslutad = rnd() < 0.85;
    const slut = start + (84 + Math.floor(rnd() * 70)) * DAY;
    const avslut = avslutad && slut < Date.parse("2023-12-31T00:00:00Z") ? slut : null;
    const orsak = avslut === null ? null : rnd() < 0.005 ? "FELREGISTRERING" : pick(orsaker);
    const fAvslut = avslut === null ? [] : rnd() < 0.1 ? [] : orsak === "ARBETE" ? ["LON"] : orsak === "STUDIER" ? ["STUDIEMEDEL"] : [pick(forsorjningStart)];
    rows.push([forbundId, id, insatsId, deltagareId, rnd() < 0.8 ? pick(grupper) : null, iso(start), avslut === null ? null : iso(avslut), orsak, [pick(forsorjningStart)], fAvslut, [], [], [], now]);
    for (const [kod, min, max] of [["VAS", 0, 10], ["STEG", 1, 7]] as const) {
      const s = min + Math.floor(rnd() * (max - min - 1));
      if (rnd() < 0.95) matningar.push([forbundId, `${id}-${kod}-s`, id, variabelId(kod), "START", iso(start), s]);
      if (avslut !== null && rnd() < 0.9) matningar.push([forbundId, `${id}-${kod}-a`, id, variabelId(kod), "AVSLUT", iso(avslut), Math.min(max, Math.max(min, s + Math.floor(rnd() * 5) - 1))]);
    }
    if (avslut !== null && rnd() < 0.6) uppfoljningar.push([forbundId, `${id}-u`, id, iso(avslut + 90 * DAY), pick(["ARBETE", "STUDIER", "ARBETSSOKANDE", "RATT_ERSATTNING", "EJ_NADD"]), [], []]);
    if (rnd() < 0.9) planer.push([forbundId, `${id}-p`, id, iso(start + 14 * DAY), now]);
  }
  await insertMany(client, "Deltagare", ["forbundId", "id", "kod", "kon", "fodelsear"], deltagare);
  await insertMany(
    client,
    "Inskrivning",
    ["forbundId", "id", "insatsId", "deltagareId", "gruppId", "startdatum", "avslutsdatum", "avslutsorsak", "forsorjningStart", "forsorjningAvslut", "aktuellHos", "sysselsattningStart", "sysselsattningAvslut", "updatedAt"],
    rows,
  );
  await insertMany(client, "Matning", ["forbundId", "id", "inskrivningId", "matvariabelId", "tidpunkt", "datum", "varde"], matningar);
  await insertMany(client, "Uppfoljning", ["forbundId", "id", "inskrivningId", "datum", "status", "forsorjning", "sysselsattning"], uppfoljningar);
  await insertMany(client, "Plan", ["forbundId", "id", "inskrivningId", "upprattadDatum", "updatedAt"], planer);
  await client.query("COMMIT");
  await client.query("ANALYZE");
  return { forbundId, insatsId };
}
