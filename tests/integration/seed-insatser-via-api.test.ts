// Issue 4's "done when", through the JSON API alone: a processledare enters
// Friska Vindar 2.0 and Vägknuten 2.0 and every one of their targets from the
// seed documents, and reads each back with its sentence and a computed status.
import { beforeAll, describe, expect, it } from "vitest";
import { actAs } from "./support/session";
import { call } from "./support/http";
import { db } from "@/lib/db";
import * as insatser from "@/app/api/f/[forbund]/insatser/route";
import * as mal from "@/app/api/f/[forbund]/insatser/[insatsId]/malsattningar/route";
import { SEED_INSATSER, seedTargets } from "@/lib/domain/goals/seed-targets";
import { createForbund, createMember } from "../factories";

let forbund: Awaited<ReturnType<typeof createForbund>>;
let medlemId: string;

beforeAll(async () => {
  forbund = await createForbund();
  medlemId = (await db.medlem.create({ data: { forbundId: forbund.id, namn: "Trollhättans stad", typ: "KOMMUN" } })).id;
  actAs((await createMember(forbund, "PROCESSLEDARE")).user.id);
});

const INSATSER = [
  {
    namn: SEED_INSATSER.FRISKA_VINDAR,
    body: () => ({
      namn: SEED_INSATSER.FRISKA_VINDAR,
      insatstyp: "INDIVIDINRIKTAD",
      status: "AVSLUTAD",
      matningsmetod: "PERSONUPPGIFTER",
      puaMedlemId: medlemId,
      bitradesavtalDatum: "2019-12-01",
      startdatum: "2020-01-01",
      slutdatum: "2021-12-31",
      planeradeDeltagare: 400,
    }),
  },
  {
    namn: SEED_INSATSER.VAGKNUTEN,
    body: () => ({ namn: SEED_INSATSER.VAGKNUTEN, insatstyp: "INDIVIDINRIKTAD", status: "AVSLUTAD", startdatum: "2017-02-01", slutdatum: "2020-01-31" }),
  },
];

describe.each(INSATSER)("$namn from the seed text, over the API", ({ namn, body }) => {
  const targets = seedTargets.filter((t) => t.insats === namn);

  it("creates the insats and every one of its targets, and lists each with a sentence and a status", async () => {
    expect(targets.length).toBeGreaterThan(2);
    const created = await call(insatser.POST, { forbund: forbund.slug }, { body: body() });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const params = { forbund: forbund.slug, insatsId: created.json.id as string };

    for (const t of targets) {
      const res = await call(mal.POST, params, { body: { kategori: t.kategori, text: t.text, definition: t.definition } });
      expect(res.status, `${t.text}: ${JSON.stringify(res.json)}`).toBe(201);
    }

    const list = await call(mal.GET, params, { method: "GET" });
    expect(list.status).toBe(200);
    const items = (Array.isArray(list.json) ? list.json : list.json.malsattningar) as { text: string; sentence: string; kind: string; status: string; denominator: number }[];
    // Every seed target comes back in the seed's own words, with a generated sentence and,
    // with no participants yet, the engine's verdict that there is too little to judge.
    expect(items.map((i) => i.text).sort()).toEqual(targets.map((t) => t.text).sort());
    for (const item of items) {
      expect(item.sentence.length, item.text).toBeGreaterThan(15);
      const expected = item.kind === "KVALITATIV" ? ["EJ_BEDOMD", "UNDERLAG_SAKNAS", "PA_VAG", "UPPNATT", "EJ_UPPNATT", "RISK"] : ["UNDERLAG_SAKNAS", "EJ_UPPNATT", "RISK"];
      expect(expected, `${item.text}: ${item.status}`).toContain(item.status);
    }
  });
});
