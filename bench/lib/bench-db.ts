// Shared by the benchmarks that run against a database built by bench:seed.
import { register } from "node:module";
import os from "node:os";
import type { ScaleName } from "./scales";

export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** postgresql://…/insatsportalen_bench_<scale> on the server of DATABASE_URL (else the machine's). */
export function benchDatabaseUrl(scale: ScaleName): string {
  const explicit = arg("database-url");
  if (explicit) return explicit;
  const url = new URL(process.env.BENCH_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  url.pathname = `/insatsportalen_bench_${scale}`;
  return url.toString();
}

/**
 * lib/server modules import "server-only", which throws outside a React server
 * bundle; for a benchmark's Node process it is an empty module.
 */
export function allowServerOnly(): void {
  const hook = `export async function resolve(s, c, n) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : n(s, c); }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`, import.meta.url);
}

export function machine(): { maskin: string; node: string; belastning_1min: number } {
  return { maskin: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`, node: process.version, belastning_1min: Number(os.loadavg()[0]!.toFixed(2)) };
}

export const round1 = (n: number) => Math.round(n * 10) / 10;

/** A benchmark's entry point: exit 0 when done (open pools must not keep it alive), 1 with the error printed. */
export function runMain(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
