import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { login, queryDb } from "./fixtures";
import type { Persona } from "../../access/expectations";

export const PERSONA_USERS: Record<Exclude<Persona, "anonym">, string> = {
  admin: "admin@trollhattan.example",
  processledare: "processledare@trollhattan.example",
  vagledare: "vagledare@trollhattan.example",
  vagledareEjTilldelad: "vagledare@trollhattan.example",
  styrelse: "styrelse@trollhattan.example",
  annatForbund: "processledare@kalmar.example",
};

/** Logs each demo user in once and returns the path of its saved cookies, per persona. */
export async function personaStorageStates(browser: Browser): Promise<Map<Persona, string>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "personas-"));
  const byEmail = new Map<string, string>();
  for (const email of new Set(Object.values(PERSONA_USERS))) {
    const page = await browser.newPage();
    await login(page, email);
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    const file = path.join(dir, `${email}.json`);
    await page.context().storageState({ path: file });
    byEmail.set(email, file);
    await page.close();
  }
  return new Map(Object.entries(PERSONA_USERS).map(([persona, email]) => [persona as Persona, byEmail.get(email)!]));
}

export type RouteParams = Record<string, string>;

/** Real ids for the dynamic segments of trollhattan's routes, within one insats. */
export async function routeParamsFor(insatsNamn: string): Promise<RouteParams> {
  const [insats] = await queryDb<{ id: string }>(
    `SELECT i.id FROM "Insats" i JOIN "Forbund" f ON f.id = i."forbundId" WHERE f.slug = 'trollhattan' AND i.namn = $1`,
    [insatsNamn],
  );
  const insatsId = insats!.id;
  const one = async (sql: string) => (await queryDb<{ id: string }>(sql, [insatsId]))[0]?.id ?? "saknas";
  return {
    forbund: "trollhattan",
    insatsId,
    inskrivningId: await one(`SELECT id FROM "Inskrivning" WHERE "insatsId" = $1 ORDER BY id LIMIT 1`),
    deltagareId: await one(`SELECT "deltagareId" AS id FROM "Inskrivning" WHERE "insatsId" = $1 ORDER BY id LIMIT 1`),
    malId: await one(`SELECT id FROM "Malsattning" WHERE "insatsId" = $1 ORDER BY id LIMIT 1`),
    // An enkät of the förbund (demo data): not tied to the insats, the same for both vägledare personas.
    enkatId: (await queryDb<{ id: string }>(`SELECT e.id FROM "Enkat" e JOIN "Forbund" f ON f.id = e."forbundId" WHERE f.slug = 'trollhattan' ORDER BY e.id LIMIT 1`))[0]?.id ?? "saknas",
    // Deletes are probed with ids that do not exist, so the matrix never removes demo data.
    gruppId: "saknas",
    postId: "saknas",
  };
}

export function fillRoute(pattern: string, params: RouteParams): string {
  return pattern.replace(/\[(\w+)\]/g, (_, name: string) => {
    const value = params[name];
    if (!value) throw new Error(`Ingen testparameter för [${name}] i ${pattern}: lägg till den i routeParamsFor()`);
    return value;
  });
}
