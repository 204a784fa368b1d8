import { beforeAll, describe, expect, it } from "vitest";
import { NotFoundError, ForbiddenError } from "@/lib/errors";
import { listInsatsDeltagareSida } from "@/lib/server/deltagare/list-insats-deltagare-sida";
import { deltagareListaSchema } from "@/lib/validation/deltagare-lista";
import { createDeltagareMedInskrivning, createForbund, createInsats, createMember } from "../factories";

type Ctx = Awaited<ReturnType<typeof createMember>>["ctx"];
let insatsId: string;
let processledare: Ctx;
let styrelse: Ctx;
let annatForbund: Ctx;
const koder: string[] = [];

const fraga = (q: Record<string, string> = {}) => deltagareListaSchema.parse(q);

beforeAll(async () => {
  const a = await createForbund();
  const b = await createForbund();
  const insats = await createInsats(a.id);
  insatsId = insats.id;
  // 7 enrolments, one a month, so "newest first" is unambiguous.
  for (let m = 1; m <= 7; m++) {
    const { deltagare } = await createDeltagareMedInskrivning(a.id, insatsId, { startdatum: new Date(Date.UTC(2025, m - 1, 10)), fodelsear: 1960 + m * 5 });
    koder.push(deltagare.kod);
  }
  processledare = (await createMember(a, "PROCESSLEDARE")).ctx;
  styrelse = (await createMember(a, "STYRELSE")).ctx;
  annatForbund = (await createMember(b, "PROCESSLEDARE")).ctx;
});

describe("listInsatsDeltagareSida", () => {
  it("pages in the database, newest first by default, and counts every row", async () => {
    const first = await listInsatsDeltagareSida(processledare, insatsId, fraga(), 3);
    expect(first).toMatchObject({ total: 7, sida: 1, sidor: 3 });
    expect(first.rader.map((r) => r.startdatum)).toEqual(["2025-07-10", "2025-06-10", "2025-05-10"]);
    const last = await listInsatsDeltagareSida(processledare, insatsId, fraga({ sida: "3" }), 3);
    expect(last.rader.map((r) => r.startdatum)).toEqual(["2025-01-10"]);
  });

  it("clamps a page past the end to the last page", async () => {
    const r = await listInsatsDeltagareSida(processledare, insatsId, fraga({ sida: "99" }), 3);
    expect(r.sida).toBe(3);
    expect(r.rader).toHaveLength(1);
  });

  it("sorts by code and by age group across pages", async () => {
    const kod = await listInsatsDeltagareSida(processledare, insatsId, fraga({ sortera: "kod", ordning: "asc" }), 50);
    expect(kod.rader.map((r) => r.kod)).toEqual([...koder].sort());
    // Youngest age group first when ascending by age: the latest birth year.
    const alder = await listInsatsDeltagareSida(processledare, insatsId, fraga({ sortera: "aldersgrupp", ordning: "asc" }), 1);
    expect(alder.rader[0]?.kod).toBe(koder[6]);
  });

  it("finds a code on any page, case-insensitively", async () => {
    const target = koder[0]!;
    const r = await listInsatsDeltagareSida(processledare, insatsId, fraga({ sok: target.slice(1, 6).toLowerCase() }), 3);
    expect(r.rader.map((x) => x.kod)).toContain(target);
    const none = await listInsatsDeltagareSida(processledare, insatsId, fraga({ sok: "ZZZZZZZZ" }), 3);
    expect(none).toMatchObject({ total: 0, sida: 1, sidor: 1, rader: [] });
  });

  it("refuses another förbund's insats as not found and the board as forbidden", async () => {
    await expect(listInsatsDeltagareSida(annatForbund, insatsId, fraga())).rejects.toBeInstanceOf(NotFoundError);
    await expect(listInsatsDeltagareSida(styrelse, insatsId, fraga())).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("rejects a sort column outside the list and an overlong search in the query schema", () => {
    expect(deltagareListaSchema.safeParse({ sortera: "namn" }).success).toBe(false);
    expect(deltagareListaSchema.safeParse({ sok: "x".repeat(41) }).success).toBe(false);
    expect(deltagareListaSchema.safeParse({ sida: "0" }).success).toBe(false);
  });
});
