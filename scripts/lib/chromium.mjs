import { existsSync } from "node:fs";
import { run } from "./run.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * The end-to-end tests need Debian's chromium (Playwright cannot download its
 * own browser here). Install it when we can; otherwise stop with the one
 * command that fixes it — never skip the tests silently.
 */
export async function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot) {
    console.log("Chromium saknas – installerar Debians chromium med apt …");
    const update = await run("apt-get", ["update", "-qq"]);
    const install = update.code === 0 ? await run("apt-get", ["install", "-y", "-qq", "chromium"], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }) : update;
    if (install.code === 0 && existsSync(CHROMIUM)) return;
  }
  console.error(`\nEnd-to-end-testerna behöver Chromium på ${CHROMIUM}. Installera det med:\n\n  sudo apt-get update && sudo apt-get install -y chromium\n`);
  process.exit(1);
}
