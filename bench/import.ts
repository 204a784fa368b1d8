// npm run bench:import [-- --rows 100000]
// Bulk import of ROWS rows (default 100 000) through the app's import path
// (lib/server/import/run-import.ts: parse the CSV, validate, plan, write in one
// transaction with an audit row) into an ANONYM insats of a scratch database,
// in files of at most MAX_RADER rows (the app's limit per file). Compared in
// the same run with a bare COPY (psql \copy … FROM STDIN, since node-postgres
// has no COPY without pg-copy-streams) and with multi-row INSERTs of the same
// deltagare, inskrivningar and start measurements into scratch copies of the
// tables (same columns and indexes), and with the same COPY into the app's own
// tables (their foreign keys too). Beside the wall time, the CPU time of the
// import (node + the database server processes): on the shared machine it moves
// far less with the load. Prints a table; writes bench/results/import.json.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import Papa from "papaparse";
import { createScratchDatabase } from "./lib/scratch-db";
import { insertMany, type Row } from "./lib/insert-many";
import { allowServerOnly, arg, machine, round1, runMain } from "./lib/bench-db";

allowServerOnly();

const ROWS = Number(arg("rows") ?? 100_000);
const FORBUND = "imp-forbund";
const INSATS = "imp-insats";

type Rad = { kod: string; kon: "K" | "M"; fodelsear: number; start: string; avslut: string | null; vas: number; steg: number };

/**
 * CPU time (ms) so far of the database server processes serving the scratch database, except the bench's own
 * connection; null when the server is not on this machine. On the shared 2-core machine the wall time of a file
 * grows with everyone else's load; node's CPU time plus the server's is what the import itself costs, and with
 * the machine to itself it is about its wall time (the import waits for the database and the other way round).
 */
async function serverCpuMs(client: pg.Client, scratchUrl: string): Promise<Map<number, number> | null> {
  const pids = (await client.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [new URL(scratchUrl).pathname.slice(1)])).rows.map((r) => r.pid);
  const out = new Map<number, number>();
  try {
    for (const pid of pids) {
      const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      out.set(pid, (Number(f[11]) + Number(f[12])) * 10); // utime + stime, in ticks of 10 ms
    }
  } catch {
    return null;
  }
  return out;
}
const cpuSedan = (fore: Map<number, number> | null, efter: Map<number, number> | null) =>
  fore && efter ? [...efter].reduce((s, [pid, ms]) => s + ms - (fore.get(pid) ?? 0), 0) : null;

function rader(n: number): Rad[] {
  const out: Rad[] = [];
  for (let i = 0; i < n; i++) {
    const start = new Date(Date.UTC(2021, 0, 1) + (i % 1500) * 86_400_000).toISOString().slice(0, 10);
    const avslut = i % 2 === 0 ? new Date(Date.UTC(2021, 0, 1) + ((i % 1500) + 90) * 86_400_000).toISOString().slice(0, 10) : null;
    out.push({ kod: `BX${i}`, kon: i % 3 === 0 ? "M" : "K", fodelsear: 1960 + (i % 45), start, avslut, vas: i % 11, steg: 1 + (i % 7) });
  }
  return out;
}

async function main() {
  const t0 = Date.now();
  const belastningFore = Number(os.loadavg()[0]!.toFixed(2));
  const scratch = await createScratchDatabase();
  console.log(`Scratch-databas klar på ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  process.env.DATABASE_URL = scratch.url;
  const client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
  try {
    await client.query(`INSERT INTO "Forbund" (id, slug, namn, "updatedAt") VALUES ($1, 'bench-import', 'Importförbund (benchmark)', now())`, [FORBUND]);
    const { DEFAULT_MATVARIABLER } = await import("../lib/domain/matvariabler");
    await insertMany(client, "Matvariabel", ["forbundId", "id", "kod", "namn", "beskrivning", "typ", "min", "max"], DEFAULT_MATVARIABLER.map((m) => [FORBUND, `imp-mv-${m.kod}`, m.kod, m.namn, m.beskrivning, m.typ, m.min, m.max]));
    await client.query(
      `INSERT INTO "Insats" ("forbundId", id, namn, insatstyp, status, matningsmetod, startdatum, "planeradeDeltagare", "updatedAt") VALUES ($1, $2, 'Importinsats', 'INDIVIDINRIKTAD', 'PAGAENDE', 'ANONYM', '2020-01-01', 1000, now())`,
      [FORBUND, INSATS],
    );
    const data = rader(ROWS);

    // 1. The app's import path, file by file.
    const { runImport } = await import("../lib/server/import/run-import");
    const { kolumnerFor } = await import("../lib/domain/import/kolumner");
    const { MAX_RADER } = await import("../lib/domain/import/rapport");
    const { db } = await import("../lib/db");
    const { loadImportInsats } = await import("../lib/server/import/load-import-insats");
    const ctx = { userId: "bench", forbundId: FORBUND, forbundSlug: "bench-import", forbundNamn: "Import", roll: "PROCESSLEDARE" as const, insatsIds: [] };
    // The same columns as the template the app offers for this insats.
    const importInsats = await loadImportInsats(ctx, INSATS);
    const kolumner = kolumnerFor("ANONYM", importInsats.matvariabler);
    const { lasFil } = await import("../lib/domain/import/las-fil");
    const { valideraTabell } = await import("../lib/domain/import/validera");
    const cell = (k: (typeof kolumner)[number], r: Rad): string => {
      if (k.slag === "matning") return k.tidpunkt !== "START" ? "" : k.variabel.kod === "VAS" ? String(r.vas) : k.variabel.kod === "STEG" ? String(r.steg) : "";
      switch (k.key) {
        // Deltagarkod left empty: the app generates a checked code per person, as for most real files.
        case "kon": return r.kon;
        case "fodelsear": return String(r.fodelsear);
        case "startdatum": return r.start;
        case "forsorjningStart": return "A_KASSA";
        case "sysselsattningStart": return "ARBETSSOKANDE";
        case "avslutsdatum": return r.avslut ?? "";
        case "avslutsorsak": return r.avslut ? "ARBETE" : "";
        case "forsorjningAvslut": return r.avslut ? "LON" : "";
        case "sysselsattningAvslut": return r.avslut ? "FORVARVSARBETE" : "";
        default: return "";
      }
    };
    const filer: { rader: number; ms: number; serverMs: number; lasMs: number; valideraMs: number; planOchSkrivMs: number; nodeCpuMs: number; databasCpuMs: number | null }[] = [];
    let csvMs = 0;
    for (let from = 0; from < data.length; from += MAX_RADER) {
      const del = data.slice(from, from + MAX_RADER);
      const c0 = performance.now();
      const csv = "\uFEFF" + Papa.unparse([kolumner.map((k) => k.rubrik), ...del.map((r) => kolumner.map((k) => cell(k, r)))], { delimiter: ";", newline: "\r\n" });
      csvMs += performance.now() - c0;
      // Where the time goes: reading and checking the file alone (pure, no database), timed apart.
      const l0 = performance.now();
      const tabell = await lasFil("csv", new TextEncoder().encode(csv));
      const l1 = performance.now();
      valideraTabell(tabell, { metod: "ANONYM", matvariabler: importInsats.matvariabler, grupper: [], insatsStart: importInsats.startdatum, insatsSlut: importInsats.slutdatum, today: "2026-11-24" });
      const l2 = performance.now();
      const t = performance.now();
      const cpu0 = process.cpuUsage();
      const db0 = await serverCpuMs(client, scratch.url);
      const rapport = await runImport(ctx, INSATS, { namn: `bench-${from}.csv`, typ: "csv", bytes: new TextEncoder().encode(csv) }, { dryRun: false, today: "2026-11-24" });
      const ms = performance.now() - t;
      const nodeCpu = process.cpuUsage(cpu0);
      const databasCpuMs = cpuSedan(db0, await serverCpuMs(client, scratch.url));
      const nodeCpuMs = (nodeCpu.user + nodeCpu.system) / 1000;
      if (!rapport.sparad) throw new Error(`Importen sparades inte: ${JSON.stringify(rapport.fel.slice(0, 3))}`);
      filer.push({ rader: del.length, ms: round1(ms), serverMs: round1(rapport.tidMs), lasMs: round1(l1 - l0), valideraMs: round1(l2 - l1), planOchSkrivMs: round1(ms - (l2 - l0)), nodeCpuMs: Math.round(nodeCpuMs), databasCpuMs });
      console.log(
        `  fil ${filer.length}: ${del.length} rader på ${(ms / 1000).toFixed(1)} s (läsa CSV ${Math.round(l1 - l0)} ms, validera ${Math.round(l2 - l1)} ms, resten – planera och skriva – ${Math.round(ms - (l2 - l0))} ms); CPU-tid node ${Math.round(nodeCpuMs)} ms + databasen ${databasCpuMs ?? "?"} ms`,
      );
    }
    const appMs = filer.reduce((s, f) => s + f.ms, 0);
    const appCpuMs = filer.every((f) => f.databasCpuMs !== null) ? filer.reduce((s, f) => s + f.nodeCpuMs + f.databasCpuMs!, 0) : null;
    const skrivna = Number((await client.query(`SELECT count(*) FROM "Inskrivning" WHERE "forbundId" = $1`, [FORBUND])).rows[0].count);
    const matningar = Number((await client.query(`SELECT count(*) FROM "Matning" WHERE "forbundId" = $1`, [FORBUND])).rows[0].count);
    await db.$disconnect();

    // 2. The same rows, bare: COPY and multi-row INSERT into empty copies of the tables (same indexes).
    const now = new Date().toISOString();
    const tabeller = {
      Deltagare: { cols: ["forbundId", "id", "kod", "kon", "fodelsear"], rows: data.map((r, i): Row => [FORBUND, `r-d${i}`, r.kod, r.kon, r.fodelsear]) },
      Inskrivning: {
        cols: ["forbundId", "id", "insatsId", "deltagareId", "startdatum", "avslutsdatum", "avslutsorsak", "forsorjningStart", "sysselsattningStart", "forsorjningAvslut", "sysselsattningAvslut", "aktuellHos", "updatedAt"],
        rows: data.map((r, i): Row => [FORBUND, `r-i${i}`, INSATS, `r-d${i}`, r.start, r.avslut, r.avslut ? "ARBETE" : null, "{A_KASSA}", "{ARBETSSOKANDE}", r.avslut ? "{LON}" : "{}", r.avslut ? "{FORVARVSARBETE}" : "{}", "{}", now]),
      },
      Matning: {
        cols: ["forbundId", "id", "inskrivningId", "matvariabelId", "tidpunkt", "datum", "varde"],
        rows: data.flatMap((r, i): Row[] => [[FORBUND, `r-m${i}v`, `r-i${i}`, "imp-mv-VAS", "START", r.start, r.vas], [FORBUND, `r-m${i}s`, `r-i${i}`, "imp-mv-STEG", "START", r.start, r.steg]]),
      },
    };
    const skapa = async (suffix: string) => {
      for (const t of Object.keys(tabeller)) await client.query(`DROP TABLE IF EXISTS "${t}_${suffix}"; CREATE TABLE "${t}_${suffix}" (LIKE "${t}" INCLUDING DEFAULTS INCLUDING INDEXES)`);
    };
    await skapa("copy");
    const csvCell = (v: unknown) => (v === null ? "" : `"${String(v).replace(/"/g, '""')}"`);
    const c0 = performance.now();
    for (const [t, { cols, rows }] of Object.entries(tabeller)) {
      const input = rows.map((r) => r.map(csvCell).join(",")).join("\n") + "\n";
      const r = spawnSync("psql", [scratch.url, "-v", "ON_ERROR_STOP=1", "-c", `\\copy "${t}_copy" (${cols.map((c) => `"${c}"`).join(",")}) FROM STDIN WITH (FORMAT csv)`], { input, encoding: "utf8", maxBuffer: 1 << 28 });
      if (r.status !== 0) throw new Error(`COPY misslyckades: ${r.stderr}`);
    }
    const copyMs = performance.now() - c0;
    // The same COPY into the app's own tables: every foreign key, index and policy the import pays for.
    const r0 = performance.now();
    for (const [t, { cols, rows }] of Object.entries(tabeller)) {
      const input = rows.map((r) => r.map(csvCell).join(",")).join("\n") + "\n";
      const r = spawnSync("psql", [scratch.url, "-v", "ON_ERROR_STOP=1", "-c", `\\copy "${t}" (${cols.map((c) => `"${c}"`).join(",")}) FROM STDIN WITH (FORMAT csv)`], { input, encoding: "utf8", maxBuffer: 1 << 28 });
      if (r.status !== 0) throw new Error(`COPY misslyckades: ${r.stderr}`);
    }
    const copyRealMs = performance.now() - r0;
    await skapa("insert");
    const i0 = performance.now();
    await client.query("BEGIN");
    for (const [t, { cols, rows }] of Object.entries(tabeller)) await insertMany(client, `${t}_insert`, cols, rows);
    await client.query("COMMIT");
    const insertMs = performance.now() - i0;

    const rps = (ms: number) => Math.round(ROWS / (ms / 1000));
    const resultat = [
      { vag: "Appens import (runImport, CSV → validering → en transaktion)", rader: ROWS, sekunder: round1(appMs / 1000), rader_per_s: rps(appMs) },
      ...(appCpuMs === null ? [] : [{ vag: "Appens import, CPU-tid (node + databasens serverprocess)", rader: ROWS, sekunder: round1(appCpuMs / 1000), rader_per_s: rps(appCpuMs) }]),
      { vag: "Ren COPY (psql \\copy, samma rader)", rader: ROWS, sekunder: round1(copyMs / 1000), rader_per_s: rps(copyMs) },
      { vag: "COPY in i appens tabeller (samma främmande nycklar och index)", rader: ROWS, sekunder: round1(copyRealMs / 1000), rader_per_s: rps(copyRealMs) },
      { vag: "Flerradiga INSERT (pg, samma rader)", rader: ROWS, sekunder: round1(insertMs / 1000), rader_per_s: rps(insertMs) },
    ];
    console.table(resultat.map((r) => ({ väg: r.vag, rader: r.rader, sekunder: r.sekunder, "rader/s": r.rader_per_s })));
    console.log(`App/COPY: ${round1(appMs / copyMs)}× långsammare (mot COPY in i appens tabeller: ${round1(appMs / copyRealMs)}×). Skrivna inskrivningar ${skrivna}, mätningar ${matningar}. (CSV-bygget i benchmarken, ${Math.round(csvMs)} ms, räknas inte.)`);
    const dir = path.join(import.meta.dirname, "results");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, "import.json"),
      JSON.stringify({ datum: new Date().toISOString(), ...machine(), belastning_1min_fore: belastningFore, rader: ROWS, filer, skrivna_inskrivningar: skrivna, skrivna_matningar: matningar, resultat, app_mot_copy: round1(appMs / copyMs), app_mot_copy_i_appens_tabeller: round1(appMs / copyRealMs) }, null, 2) + "\n",
    );
    console.log("Resultat sparat i bench/results/import.json");
  } finally {
    await client.end();
    await scratch.drop();
  }
}

runMain(main);
