import { describe, expect, it } from "vitest";
import { data, rad } from "@/lib/domain/goals/test-rows";
import { filtreraUrval, iUrval } from "./urval";
import { manadsetikett, trendtext, trendvarde } from "./trend";

describe("urval", () => {
  const a = rad({ startdatum: "2020-01-10", gruppId: "g1" });
  const b = rad({ startdatum: "2020-06-30", gruppId: "g2" });
  const c = rad({ startdatum: "2021-01-01", gruppId: null });

  it("selects by startdatum inclusive of both ends, and by grupp", () => {
    expect(iUrval(b, { fran: "2020-06-30", till: "2020-06-30" })).toBe(true);
    expect(iUrval(b, { fran: "2020-07-01" })).toBe(false);
    expect(filtreraUrval(data([a, b, c]), { till: "2020-12-31" }).inskrivningar).toEqual([a, b]);
    expect(filtreraUrval(data([a, b, c]), { gruppId: "g2" }).inskrivningar).toEqual([b]);
  });

  it("returns the data unchanged without a filter", () => {
    const d = data([a, b, c]);
    expect(filtreraUrval(d, {})).toBe(d);
  });
});

describe("trend formatting", () => {
  const p = { datum: "2020-03-31", taljare: 5, namnare: 7, varde: 5 / 7, saknarData: 1, status: "PA_VAG" as const };
  it("labels month ends by month and a day inside a month by its date", () => {
    expect(manadsetikett("2020-03-31", "en")).toBe("Mar 2020");
    expect(manadsetikett("2020-02-29", "sv")).toMatch(/feb\.? 2020/);
    expect(manadsetikett("2026-11-24", "sv")).toBe("2026-11-24");
  });
  it("plots shares in percent, but not a share resting on too few", () => {
    expect(trendvarde(p, "ANDEL")).toBe(71.4);
    expect(trendvarde({ ...p, status: "UNDERLAG_SAKNAS" }, "ANDEL")).toBeNull();
    expect(trendvarde(p, "ANTAL")).toBe(5);
  });
  it("states the result as the engine does", () => {
    expect(trendtext(p, "ANDEL", "sv")).toBe("5 av 7 (71\u00a0%)");
    expect(trendtext({ ...p, namnare: 0, varde: null }, "ANDEL", "en")).toBe("–");
    expect(trendtext({ ...p, taljare: 1234 }, "ANTAL", "sv")).toBe("1\u00a0234");
  });
});
