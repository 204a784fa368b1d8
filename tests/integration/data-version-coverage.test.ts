// The result cache (lib/server/cache) is only as fresh as its data versions:
// a tenant table whose writes move no version could leave a stale figure in
// it. Every table with a forbundId column must have the three data-version
// triggers (insats_track_data_version in its migration) or be listed below,
// with the reason no cached function (overview, insats list, dashboard, insats
// targets) reads it. The same pattern as the row-level security coverage test.
import { expect, it } from "vitest";
import { db } from "@/lib/db";

/** Tenant tables no cached function reads: writes to them cannot change a cached figure. */
const LASES_INTE_AV_CACHEN: Record<string, string> = {
  AuditEvent: "the audit log, never a figure",
  ApiNyckel: "API keys",
  Medlem: "member organisations (PUA, utförare), not in any figure",
  Membership: "users' roles",
  InsatsTilldelning: "which vägledare work in an insats; access is checked before the cache",
  DeltagareIdentitet: "identities never reach a figure",
  Samtycke: "consent, not in any figure",
  Finansiering: "financing shares, not in the overview's budget (BudgetPost, Utfall)",
  PlanMal: "a plan's own goals: figures count only whether a Plan exists",
  MalsattningStatus: "the history of manual statuses: figures read Malsattning.kvalitativStatus",
  EnkatInsats: "which insatser an enkät applies to: figures read the answers' own insatsId",
  EnkatLank: "answer links: an answer is counted through EnkatSvar",
};

/** Read by cached functions, but the cache key holds the row's own xmin, so any write to the row changes the key. */
const EGEN_RAD: Record<string, string> = {
  Insats: "name, dates, method: the key holds each insats row's dataVersion and xmin",
};

it("every tenant table moves a data version on write, or is listed as read by no cached function", async () => {
  const tables = (await db.$queryRaw<{ table_name: string }[]>`
    SELECT c.table_name FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
     WHERE c.table_schema = 'public' AND c.column_name = 'forbundId'`).map((r) => r.table_name);
  const triggers = await db.$queryRaw<{ tbl: string; tgname: string }[]>`
    SELECT c.relname AS tbl, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND NOT t.tgisinternal AND t.tgname LIKE '%\\_data\\_version\\_%'`;
  const med = (suffix: string) => new Set(triggers.filter((t) => t.tgname === `${t.tbl}_data_version_${suffix}`).map((t) => t.tbl));
  const [ins, upd, del] = [med("ins"), med("upd"), med("del")];
  // Deltagare: only a change of kön or födelseår matters (a new person without an inskrivning is in no figure,
  // and a removed one takes its inskrivningar, which have their own triggers, with it).
  const tackt = (t: string) => upd.has(t) && (t === "Deltagare" || (ins.has(t) && del.has(t)));
  expect(tables.length).toBeGreaterThan(20);
  const otackta = tables.filter((t) => !tackt(t) && !(t in LASES_INTE_AV_CACHEN) && !(t in EGEN_RAD)).sort();
  expect(otackta, "tenant tables with neither data-version triggers nor an entry in LASES_INTE_AV_CACHEN").toEqual([]);
  // An entry for a table that has triggers or no longer exists is a stale list.
  expect(Object.keys(LASES_INTE_AV_CACHEN).filter((t) => !tables.includes(t) || upd.has(t))).toEqual([]);
});
