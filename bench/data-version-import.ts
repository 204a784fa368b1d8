// npm run bench:dataversion -- [--rows 25000] [--par 4] [--enstaka 200]
// What the data-version triggers (migration 20261124230000_insats_data_version)
// cost the bulk import: the app's import path (runImport) in a scratch
// database, file by file, alternately with the triggers on and off (ALTER TABLE
// … DISABLE TRIGGER on this scratch database only), the order swapped every
// pair so both see the same growth of the tables. Prints rows/s for each and
// writes bench/results/data-version-import.json.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import Papa from "papaparse";
import { createScratchDatabase } from "./lib/scratch-db";
import { insertMany } from "./lib/insert-many";
import { percentile } from "./lib/stats";
import { allowServerOnly, arg, machine, round1, runMain } from "./lib/bench-db";

allowServerOnly();

const ROWS = Number(arg("rows") ?? 25_000);
const PAR = Number(arg("par") ?? 4);
const ENSTAKA = Number(arg("enstaka") ?? 200);
const FORBUND = "dv-forbund";
const SPARADE = ["Inskrivning", "Matning", "Uppfoljning", "Deltagare"];

async function main() {
  const scratch = await createScratchDatabase();
  process.env.DATABASE_URL = scratch.url;
  const client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
  try {
    await client.query(`INSERT INTO "Forbund" (id, slug, namn, "updatedAt") VALUES ($1, 'bench-dv', 'Dataversioner (benchmark)', now())`, [FORBUND]);
    const { DEFAULT_MATVARIABLER } = await import("../lib/domain/matvariabler");
    await insertMany(client, "Matvariabel", ["forbundId", "id", "kod", "namn", "beskrivning", "typ", "min", "max"], DEFAULT_MATVARIABLER.map((m) => [FORBUND, `dv-mv-${m.kod}`, m.kod, m.namn, m.beskrivning, m.typ, m.min, m.max]));
    for (const id of ["dv-med", "dv-utan", "dv-uppvarmning"]) {
      await client.query(
        `INSERT INTO "Insats" ("forbundId", id, namn, insatstyp, status, matningsmetod, startdatum, "updatedAt") VALUES ($1, $2, $2, 'INDIVIDINRIKTAD', 'PAGAENDE', 'ANONYM', '2020-01-01', now())`,
        [FORBUND, id],
      );
    }
    const { runImport } = await import("../lib/server/import/run-import");
    const { kolumnerFor } = await import("../lib/domain/import/kolumner");
    const { loadImportInsats } = await import("../lib/server/import/load-import-insats");
    const { db } = await import("../lib/db");
    const ctx = { userId: "bench", forbundId: FORBUND, forbundSlug: "bench-dv", forbundNamn: "DV", roll: "PROCESSLEDARE" as const, insatsIds: [] };
    const kolumner = kolumnerFor("ANONYM", (await loadImportInsats(ctx, "dv-med")).matvariabler);
    const cell = (k: (typeof kolumner)[number], i: number): string => {
      const avslutad = i % 2 === 0;
      if (k.slag === "matning") return k.tidpunkt !== "START" ? "" : k.variabel.kod === "VAS" ? String(i % 11) : k.variabel.kod === "STEG" ? String(1 + (i % 7)) : "";
      switch (k.key) {
        case "kon": return i % 3 === 0 ? "M" : "K";
        case "fodelsear": return String(1960 + (i % 45));
        case "startdatum": return new Date(Date.UTC(2021, 0, 1) + (i % 1500) * 86_400_000).toISOString().slice(0, 10);
        case "forsorjningStart": return "A_KASSA";
        case "sysselsattningStart": return "ARBETSSOKANDE";
        case "avslutsdatum": return avslutad ? new Date(Date.UTC(2021, 0, 1) + ((i % 1500) + 90) * 86_400_000).toISOString().slice(0, 10) : "";
        case "avslutsorsak": return avslutad ? "ARBETE" : "";
        case "forsorjningAvslut": return avslutad ? "LON" : "";
        case "sysselsattningAvslut": return avslutad ? "FORVARVSARBETE" : "";
        default: return "";
      }
    };
    const csv = new TextEncoder().encode("\uFEFF" + Papa.unparse([kolumner.map((k) => k.rubrik), ...Array.from({ length: ROWS }, (_, i) => kolumner.map((k) => cell(k, i)))], { delimiter: ";", newline: "\r\n" }));
    const triggrar = async (pa: boolean) => {
      for (const t of SPARADE) for (const s of ["ins", "upd", "del"]) {
        if (t === "Deltagare" && s !== "upd") continue;
        await client.query(`ALTER TABLE "${t}" ${pa ? "ENABLE" : "DISABLE"} TRIGGER "${t}_data_version_${s}"`);
      }
    };
    // One file first, not counted: the first import of a process pays for compiling the code paths (it took 1.7x the others).
    await runImport(ctx, "dv-uppvarmning", { namn: "uppvarmning.csv", typ: "csv", bytes: csv }, { dryRun: false, today: "2026-11-24" });
    const tider = { med: [] as number[], utan: [] as number[] };
    for (let p = 0; p < PAR; p++) {
      const ordning = p % 2 === 0 ? (["med", "utan"] as const) : (["utan", "med"] as const);
      for (const fall of ordning) {
        await triggrar(fall === "med");
        const t0 = performance.now();
        const rapport = await runImport(ctx, `dv-${fall}`, { namn: `dv-${p}.csv`, typ: "csv", bytes: csv }, { dryRun: false, today: "2026-11-24" });
        const ms = performance.now() - t0;
        if (!rapport.sparad) throw new Error(`Importen sparades inte: ${JSON.stringify(rapport.fel.slice(0, 3))}`);
        tider[fall].push(ms);
        console.log(`  par ${p + 1}, triggrar ${fall === "med" ? "på" : "av"}: ${ROWS} rader på ${(ms / 1000).toFixed(2)} s (${Math.round(ROWS / (ms / 1000))} rader/s)`);
      }
    }
    // Single writes, as a registration or a measurement: one Matning per tenant transaction, triggers on and off alternately.
    const { withTenantTx } = await import("../lib/server/tenant-tx");
    const inskrivning = async (insatsId: string) => (await client.query(`SELECT id FROM "Inskrivning" WHERE "forbundId" = $1 AND "insatsId" = $2 LIMIT 1`, [FORBUND, insatsId])).rows[0].id as string;
    const enstaka = { med: [] as number[], utan: [] as number[] };
    const mal = { med: await inskrivning("dv-med"), utan: await inskrivning("dv-utan") };
    for (let i = 0; i < ENSTAKA; i++) {
      for (const fall of i % 2 === 0 ? (["med", "utan"] as const) : (["utan", "med"] as const)) {
        await triggrar(fall === "med");
        const t0 = performance.now();
        await withTenantTx(FORBUND, (tx) => tx.matning.create({ data: { forbundId: FORBUND, inskrivningId: mal[fall], matvariabelId: "dv-mv-VAS", tidpunkt: "AVSLUT", datum: new Date("2026-01-01"), varde: i % 11 } }));
        enstaka[fall].push(performance.now() - t0);
      }
    }
    const enstakaRader = (["med", "utan"] as const).map((fall) => ({ triggrar: fall === "med" ? "på" : "av", skrivningar: ENSTAKA, p50_ms: round1(percentile(enstaka[fall], 50)), p95_ms: round1(percentile(enstaka[fall], 95)) }));
    console.table(enstakaRader);
    await triggrar(true);
    const versioner = (await client.query(`SELECT id, "dataVersion" FROM "Insats" WHERE "forbundId" = $1 ORDER BY id`, [FORBUND])).rows;
    await db.$disconnect();
    const sum = (s: number[]) => s.reduce((a, b) => a + b, 0);
    const resultat = (["med", "utan"] as const).map((fall) => ({
      triggrar: fall === "med" ? "på" : "av",
      filer: tider[fall].length,
      rader_per_fil: ROWS,
      median_ms: round1(percentile(tider[fall], 50)),
      rader_per_s: Math.round((ROWS * tider[fall].length) / (sum(tider[fall]) / 1000)),
    }));
    console.table(resultat);
    const kostnad = round1((sum(tider.med) / sum(tider.utan) - 1) * 100);
    const kostnadMedian = round1((percentile(tider.med, 50) / percentile(tider.utan, 50) - 1) * 100);
    const m = machine();
    console.log(`Triggrarnas kostnad på importen: ${kostnad} % (summa av ${PAR} filer var), ${kostnadMedian} % (median). Insatsernas dataVersion efteråt: ${JSON.stringify(versioner)}. Belastning (1 min): ${m.belastning_1min}`);
    const dir = path.join(import.meta.dirname, "results");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "data-version-import.json"), JSON.stringify({ datum: new Date().toISOString(), ...m, resultat, kostnad_procent: kostnad, kostnad_procent_median: kostnadMedian, tider_ms: tider, enstaka_skrivningar: enstakaRader }, null, 2) + "\n");
  } finally {
    await client.end();
    await scratch.drop();
  }
}

runMain(main);
