// npm run bench:http -- [--scale national] [--build] [--users 50] [--seconds 60]
// HTTP load against the production build (`next start`) on a database built
// by bench:seed: 50 simulated users (each logged in once, before the load,
// through next-auth's credentials endpoint) for 60 s over a mix of pages, API
// reads and writes (register a participation, then end it). --build runs
// `next build` first; .next is shared on the development machine, so run the
// whole thing under the e2e lock there:
//   flock /tmp/insats-e2e.lock npm run bench:http -- --scale national --build
// --bara-las leaves out the writes. Prints a table and writes bench/results/http-<scale>.json.
// Before the load it weighs the förbund overview (HTML, RSC payload, per insats card);
// --bara-vikt stops after that.
// --denktid <s>: the realistic mode. Each user waits about <s> seconds (uniformly
// 0.5–1.5 × <s>) between two requests, as a person reads a page before the next
// click; without it every user sends its next request the moment the last answer
// arrives (a closed-loop stress test: latency ≈ users / throughput). Writes
// bench/results/http-<scale>-denktid-<s>s.json; the stress figures stay in their own file.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { SCALES, type ScaleName } from "./lib/scales";
import { percentile } from "./lib/stats";
import { allowServerOnly, arg, benchDatabaseUrl, machine, round1 } from "./lib/bench-db";
import { BENCH_PASSWORD, ensureBenchUsers, type BenchUser } from "./lib/bench-users";

allowServerOnly();

const scale = (arg("scale") ?? "national") as ScaleName;
if (!SCALES[scale]) throw new Error(`Okänd skala ${scale}`);
const USERS = Number(arg("users") ?? 50);
const SECONDS = Number(arg("seconds") ?? 60);
const FORBUND = Math.min(10, SCALES[scale].forbund);
/** --bara-las: the same mix without the two writes (shows what the result cache does when no write invalidates it). */
const BARA_LAS = process.argv.includes("--bara-las");
/** --denktid <s>: mean think time between one user's requests (0 = stress mode through autocannon). */
const DENKTID = Number(arg("denktid") ?? 0);
if (!Number.isFinite(DENKTID) || DENKTID < 0) throw new Error(`Ogiltig --denktid ${arg("denktid")}`);
/**
 * --uppvarmning <s>: the users work s seconds before the measured SECONDS begin, and what they do
 * then is not counted. Without it the window starts with all users arriving on a server whose
 * result cache is empty (a restart), which is a figure of its own, not the steady state.
 */
const UPPVARMNING = Number(arg("uppvarmning") ?? 0);
if (!Number.isFinite(UPPVARMNING) || UPPVARMNING < 0) throw new Error(`Ogiltig --uppvarmning ${arg("uppvarmning")}`);
/** --processer <n>: `next start` in n processes on one port (scripts/lib/next-cluster.mjs, as `npm start` with WEB_CONCURRENCY). */
const PROCESSER = Number(arg("processer") ?? 1);
if (!Number.isInteger(PROCESSER) || PROCESSER < 1) throw new Error(`Ogiltig --processer ${arg("processer")}`);
const url = benchDatabaseUrl(scale);
const root = process.cwd();
const bin = (n: string) => path.join(root, "node_modules", ".bin", n);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

type Session = BenchUser & { cookie: string };

async function login(base: string, u: BenchUser): Promise<Session> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [k, ...v] = pair!.split("=");
      jar.set(k!, v.join("="));
    }
  };
  keep(csrfRes);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
    body: new URLSearchParams({ csrfToken, email: u.email, password: BENCH_PASSWORD, json: "true" }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`Inloggningen misslyckades för ${u.email} (${res.status})`);
  return { ...u, cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") };
}

/** One user's round: what a processledare or vägledare does on an ordinary day, in proportion. */
function mix(): autocannon.Request[] {
  type Ctx = { s?: Session; n?: number; inskrivningId?: string };
  const get = (route: string, pathOf: (s: Session, n: number) => string): autocannon.Request => ({
    method: "GET",
    setupRequest: (req, context: Ctx) => ({ ...req, path: pathOf(context.s!, context.n!), headers: { ...req.headers, cookie: context.s!.cookie, "x-bench-route": route } }),
  });
  const las = (s: Session, n: number) => s.insatser[n % s.insatser.length]!;
  return [
    {
      method: "GET",
      // First request of each round: pick this connection's session (round-robin) and the insats of the round.
      setupRequest: (req, context: Ctx) => {
        if (!context.s) context.s = sessions[nextSession++ % sessions.length];
        context.n = (context.n ?? -1) + 1;
        const s = context.s!;
        const p = s.roll === "PROCESSLEDARE" ? `/f/${s.slug}` : `/f/${s.slug}/insatser/${las(s, context.n)}`;
        return { ...req, path: p, headers: { ...req.headers, cookie: s.cookie } };
      },
    },
    get("dashboard", (s, n) => `/f/${s.slug}/insatser/${las(s, n)}/dashboard`),
    get("insatser", (s) => `/f/${s.slug}/insatser`),
    get("api-insatser", (s) => `/api/f/${s.slug}/insatser`),
    get("api-malsattningar", (s, n) => `/api/f/${s.slug}/insatser/${las(s, n)}/malsattningar`),
    get("api-dashboard", (s, n) => `/api/f/${s.slug}/insatser/${las(s, n)}/dashboard`),
    {
      method: "POST",
      setupRequest: (req, context: Ctx) => ({
        ...req,
        path: `/api/f/${context.s!.slug}/insatser/${context.s!.skrivInsats}/inskrivningar`,
        headers: { ...req.headers, cookie: context.s!.cookie, "content-type": "application/json" },
        body: JSON.stringify({ kon: context.n! % 2 ? "K" : "M", fodelsear: 1980 + (context.n! % 20), startdatum: "2026-11-02", forsorjningStart: ["A_KASSA"] }),
      }),
      onResponse: (status, body, context: Ctx) => {
        context.inskrivningId = status === 201 ? (JSON.parse(body) as { inskrivningId: string }).inskrivningId : undefined;
      },
    },
    {
      method: "PATCH",
      setupRequest: (req, context: Ctx) => ({
        ...req,
        path: `/api/f/${context.s!.slug}/insatser/${context.s!.skrivInsats}/inskrivningar/${context.inskrivningId ?? "saknas"}`,
        headers: { ...req.headers, cookie: context.s!.cookie, "content-type": "application/json" },
        body: JSON.stringify({ typ: "AVSLUT", version: 1, avslutsdatum: "2026-11-20", avslutsorsak: "ARBETE", forsorjningAvslut: ["LON"], sysselsattningAvslut: ["FORVARVSARBETE"] }),
      }),
    },
  ];
}

type Svar = { route: string; ms: number; status: number };

/**
 * The realistic mode: USERS independent loops, each a person going through the same round as
 * mix() (the same paths, in the same order, the same writes), pausing DENKTID × U(0.5, 1.5)
 * seconds after every answer. Users start spread over the first think time. A request that takes
 * more than 10 s (autocannon's timeout) or fails on the network counts as an error.
 */
async function denktidLast(base: string): Promise<{ svar: Svar[]; fel: number; total: number; sek: number }> {
  const svar: Svar[] = [];
  let fel = 0;
  let total = 0;
  const matStart = Date.now() + UPPVARMNING * 1000;
  const slut = matStart + SECONDS * 1000;
  const sov = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const las = (s: Session, n: number) => s.insatser[n % s.insatser.length]!;
  async function anrop(route: string, s: Session, p: string, init: RequestInit = {}): Promise<{ status: number; body: string } | undefined> {
    const raknas = Date.now() >= matStart;
    if (raknas) total++;
    const t0 = performance.now();
    try {
      const res = await fetch(base + p, { ...init, redirect: "manual", signal: AbortSignal.timeout(10_000), headers: { ...(init.headers as Record<string, string>), cookie: s.cookie } });
      const body = await res.text();
      if (raknas) svar.push({ route, ms: performance.now() - t0, status: res.status });
      return { status: res.status, body };
    } catch {
      if (raknas) fel++;
      return undefined;
    }
  }
  async function anvandare(s: Session) {
    await sov(Math.random() * DENKTID * 1000);
    for (let n = 0; Date.now() < slut; n++) {
      const steg: Array<() => Promise<unknown>> = [
        () => anrop(s.roll === "PROCESSLEDARE" ? "oversikt" : "insats", s, s.roll === "PROCESSLEDARE" ? `/f/${s.slug}` : `/f/${s.slug}/insatser/${las(s, n)}`),
        () => anrop("dashboard", s, `/f/${s.slug}/insatser/${las(s, n)}/dashboard`),
        () => anrop("insatser", s, `/f/${s.slug}/insatser`),
        () => anrop("api-insatser", s, `/api/f/${s.slug}/insatser`),
        () => anrop("api-malsattningar", s, `/api/f/${s.slug}/insatser/${las(s, n)}/malsattningar`),
        () => anrop("api-dashboard", s, `/api/f/${s.slug}/insatser/${las(s, n)}/dashboard`),
      ];
      if (!BARA_LAS) {
        let inskrivningId: string | undefined;
        steg.push(
          async () => {
            const r = await anrop("post-inskrivning", s, `/api/f/${s.slug}/insatser/${s.skrivInsats}/inskrivningar`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ kon: n % 2 ? "K" : "M", fodelsear: 1980 + (n % 20), startdatum: "2026-11-02", forsorjningStart: ["A_KASSA"] }),
            });
            inskrivningId = r?.status === 201 ? (JSON.parse(r.body) as { inskrivningId: string }).inskrivningId : undefined;
          },
          () =>
            anrop("patch-avslut", s, `/api/f/${s.slug}/insatser/${s.skrivInsats}/inskrivningar/${inskrivningId ?? "saknas"}`, {
              method: "PATCH",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ typ: "AVSLUT", version: 1, avslutsdatum: "2026-11-20", avslutsorsak: "ARBETE", forsorjningAvslut: ["LON"], sysselsattningAvslut: ["FORVARVSARBETE"] }),
            }),
        );
      }
      for (const g of steg) {
        if (Date.now() >= slut) return;
        await g();
        await sov(DENKTID * 1000 * (0.5 + Math.random()));
      }
    }
  }
  await Promise.all(sessions.map((s) => anvandare(s)));
  return { svar, fel, total, sek: (Date.now() - matStart) / 1000 };
}

/**
 * The förbund overview's weight as the first processledare gets it: the HTML document and the
 * RSC payload of a client-side navigation (header RSC: 1), raw and gzipped, and per insats card.
 */
async function sidvikt(base: string, s: Session) {
  const { gzipSync } = await import("node:zlib");
  const html = await (await fetch(`${base}/f/${s.slug}`, { headers: { cookie: s.cookie } })).text();
  const rsc = await (await fetch(`${base}/f/${s.slug}`, { headers: { cookie: s.cookie, rsc: "1" } })).text();
  const kort = (html.match(/<section[^>]*aria-labelledby="insats-/g) ?? html.match(/aria-labelledby="insats-/g) ?? []).length;
  const kB = (n: number) => round1(n / 1024);
  const classBytes = [...html.matchAll(/class="([^"]*)"/g)].reduce((n, m) => n + m[1]!.length, 0);
  return {
    sida: `/f/${s.slug}`,
    kort,
    html_kB: kB(Buffer.byteLength(html)),
    html_gzip_kB: kB(gzipSync(html).length),
    html_class_kB: kB(classBytes),
    rsc_kB: kB(Buffer.byteLength(rsc)),
    rsc_gzip_kB: kB(gzipSync(rsc).length),
    html_per_kort_kB: kort ? kB(Buffer.byteLength(html) / kort) : null,
    rsc_per_kort_kB: kort ? kB(Buffer.byteLength(rsc) / kort) : null,
  };
}

let sessions: Session[] = [];
let nextSession = 0;

async function main() {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const users = await ensureBenchUsers(client, FORBUND);
  const fore = Number((await client.query(`SELECT count(*) FROM "Inskrivning"`)).rows[0].count);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const { withDevDefaults } = (await import("../scripts/lib/dev-env.mjs" as string)) as { withDevDefaults: (e: NodeJS.ProcessEnv, r: string, p: number) => NodeJS.ProcessEnv };
  const env: NodeJS.ProcessEnv = { ...withDevDefaults({ ...process.env, DATABASE_URL: url, NEXTAUTH_URL: base }, root, port), NODE_ENV: "production" };
  if (process.argv.includes("--build")) {
    console.log("next build …");
    const r = spawnSync(bin("next"), ["build"], { stdio: "inherit", env });
    if (r.status !== 0) throw new Error("next build misslyckades");
  }
  const startArgs = ["-p", String(port), "-H", "127.0.0.1"];
  const server =
    PROCESSER > 1
      ? spawn(process.execPath, [path.join(root, "scripts", "lib", "next-cluster.mjs"), String(PROCESSER), ...startArgs], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
      : spawn(bin("next"), ["start", ...startArgs], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let serverLog = "";
  server.stdout.on("data", (d) => (serverLog += d));
  server.stderr.on("data", (d) => (serverLog += d));
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/api/auth/csrf`)).ok) break;
      } catch {}
      if (i > 120) throw new Error(`next start svarar inte:\n${serverLog}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    // One login per simulated user, before the load (login throttling counts failures per address).
    const wanted = Array.from({ length: USERS }, (_, i) => users[i % users.length]!);
    sessions = [];
    for (const u of wanted) sessions.push(await login(base, u));
    const vikt = await sidvikt(base, sessions.find((x) => x.roll === "PROCESSLEDARE")!);
    console.log("Översiktens vikt:", vikt);
    if (process.argv.includes("--bara-vikt")) return;
    console.log(`${sessions.length} inloggade användare i ${FORBUND} förbund (${sessions.filter((s) => s.roll === "VAGLEDARE").length} vägledare). Last i ${SECONDS} s${UPPVARMNING > 0 ? ` efter ${UPPVARMNING} s uppvärmning` : ""} …`);

    const latencies: number[] = [];
    const perStatus = new Map<number, number>();
    const perRoute = new Map<string, number[]>();
    let total: number;
    let perSekund: number;
    let fel: number;
    let ej2xx: number;
    let maxMs: number;
    if (DENKTID > 0) {
      const r = await denktidLast(base);
      const sek = r.sek;
      for (const x of r.svar) {
        latencies.push(x.ms);
        perStatus.set(x.status, (perStatus.get(x.status) ?? 0) + 1);
        perRoute.set(x.route, [...(perRoute.get(x.route) ?? []), x.ms]);
      }
      total = r.total;
      perSekund = r.total / sek;
      fel = r.fel;
      ej2xx = r.svar.filter((x) => x.status < 200 || x.status >= 300).length;
      maxMs = Math.round(Math.max(...latencies));
    } else {
      const requests = BARA_LAS ? mix().filter((r) => r.method === "GET") : mix();
      if (UPPVARMNING > 0) await autocannon({ url: base, connections: USERS, duration: UPPVARMNING, requests });
      const result = await autocannon({
        url: base,
        connections: USERS,
        duration: SECONDS,
        requests,
        setupClient: (c) => {
          c.on("response", (status: number, _bytes: number, ms: number) => {
            latencies.push(ms);
            perStatus.set(status, (perStatus.get(status) ?? 0) + 1);
          });
        },
      });
      total = result.requests.total;
      perSekund = result.requests.average;
      fel = result.errors + result.timeouts;
      ej2xx = result.non2xx;
      maxMs = result.latency.max;
    }
    const efter = Number((await client.query(`SELECT count(*) FROM "Inskrivning"`)).rows[0].count);
    const avslutade = Number((await client.query(`SELECT count(*) FROM "Inskrivning" WHERE "startdatum" = '2026-11-02' AND "avslutsdatum" = '2026-11-20'`)).rows[0].count);
    await client.end();

    const out = {
      skala: scale,
      datum: new Date().toISOString(),
      ...machine(),
      anvandare: USERS,
      processer: PROCESSER,
      bara_lasning: BARA_LAS,
      lage: DENKTID > 0 ? `denktid ${DENKTID} s (0.5–1.5 × ${DENKTID} s mellan en användares förfrågningar)` : "stress (ingen denktid, sluten slinga)",
      denktid_s: DENKTID,
      forbund: FORBUND,
      sekunder: SECONDS,
      uppvarmning_s: UPPVARMNING,
      forfragningar: total,
      forfragningar_per_s: round1(perSekund),
      p50_ms: round1(percentile(latencies, 50)),
      p95_ms: round1(percentile(latencies, 95)),
      p99_ms: round1(percentile(latencies, 99)),
      max_ms: maxMs,
      fel,
      ej_2xx: ej2xx,
      statuskoder: Object.fromEntries([...perStatus].sort()),
      ...(perRoute.size > 0
        ? { per_vag: Object.fromEntries([...perRoute].map(([k, v]) => [k, { antal: v.length, p50_ms: round1(percentile(v, 50)), p95_ms: round1(percentile(v, 95)) }])) }
        : {}),
      oversikt_sidvikt: vikt,
      registrerade_inskrivningar: efter - fore,
      avslutade_inskrivningar_av_lasttestet: avslutade,
    };
    console.table([{ "förfrågningar/s": out.forfragningar_per_s, "p50 ms": out.p50_ms, "p95 ms": out.p95_ms, "p99 ms": out.p99_ms, fel: out.fel, "ej 2xx": out.ej_2xx, registrerade: out.registrerade_inskrivningar }]);
    console.log("Statuskoder:", out.statuskoder);
    if (out.per_vag) console.table(out.per_vag);
    const dir = path.join(import.meta.dirname, "results");
    mkdirSync(dir, { recursive: true });
    const namn = `http-${scale}${USERS === 50 ? "" : `-${USERS}-anvandare`}${BARA_LAS ? "-bara-las" : ""}${DENKTID > 0 ? `-denktid-${DENKTID}s` : ""}${UPPVARMNING > 0 ? `-uppvarmd` : ""}${PROCESSER > 1 ? `-${PROCESSER}-processer` : ""}.json`;
    writeFileSync(path.join(dir, namn), JSON.stringify(out, null, 2) + "\n");
    console.log(`Resultat sparat i bench/results/${namn}`);
  } finally {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {}
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
