import path from "node:path";
import { mustRun } from "./run.mjs";

const bin = (name) => path.join(process.cwd(), "node_modules", ".bin", name);

/** Applies migrations, then loads the demo data when the database is empty. */
export async function prepareDatabase(env, { seed = "if-empty" } = {}) {
  await mustRun(bin("prisma"), ["migrate", "deploy"], { env, quiet: true });
  if (seed === "none") return;
  await mustRun(bin("tsx"), ["prisma/seed/index.ts", seed === "if-empty" ? "--if-empty" : "--force"], { env });
}
