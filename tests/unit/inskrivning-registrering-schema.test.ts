import { describe, expect, it } from "vitest";
import { CONSENT_REQUIRED, PROTECTED_NO_IDENTITY, registreraInskrivningSchema, volymRegistreringSchema } from "@/lib/validation/inskrivning-registrering";
import { inskrivningarRegistreringPaths } from "@/lib/api/openapi/paths/inskrivningar-registrering";

const base = { startdatum: "2024-01-15" };
const identitet = { personnummer: "19870412-2384", fornamn: "Elsa", efternamn: "Provsson" };
const samtycke = { datum: "2024-01-15", omfattning: "Registrering och uppföljning" };

function errors(input: unknown): Record<string, string[]> {
  const r = registreraInskrivningSchema.safeParse(input);
  if (r.success) return {};
  const out: Record<string, string[]> = {};
  for (const i of r.error.issues) (out[i.path.join(".")] ??= []).push(i.message);
  return out;
}

describe("registreraInskrivningSchema", () => {
  it("needs kön and födelseår without a personnummer", () => {
    expect(errors(base)).toEqual({ kon: ["Välj kön"], fodelsear: ["Ange födelseår"] });
    expect(errors({ ...base, kon: "K", fodelsear: 1984 })).toEqual({});
  });

  it("normalises the personnummer and reads nothing else from the client", () => {
    const r = registreraInskrivningSchema.parse({ ...base, identitet: { ...identitet, personnummer: "8704122384" }, samtycke });
    expect(r.identitet?.personnummer).toBe("19870412-2384");
    expect(registreraInskrivningSchema.safeParse({ ...base, kon: "K", fodelsear: 1984, forbundId: "x" }).success).toBe(false);
  });

  it("requires consent with an identity", () => {
    expect(errors({ ...base, identitet })).toEqual({ "samtycke.datum": [CONSENT_REQUIRED] });
  });

  it("refuses an identity under skyddade personuppgifter", () => {
    expect(errors({ ...base, identitet, samtycke, skyddadIdentitet: true })).toEqual({ skyddadIdentitet: [PROTECTED_NO_IDENTITY] });
  });

  it("refuses kön or födelseår that contradict the personnummer", () => {
    // Serial 238: the kön digit 8 is even → woman, born 1987.
    expect(errors({ ...base, identitet, samtycke, kon: "M", fodelsear: 1988 })).toEqual({
      kon: ["Kön stämmer inte med personnumret (näst sista siffran)"],
      fodelsear: ["Födelseåret stämmer inte med personnumret (1987)"],
    });
    expect(errors({ ...base, identitet, samtycke, kon: "K", fodelsear: 1987 })).toEqual({});
  });

  it("refuses a födelseår after the start and before 1900", () => {
    expect(errors({ ...base, kon: "K", fodelsear: 2025 })).toEqual({ fodelsear: ["Födelseåret kan inte vara efter startdatum"] });
    expect(errors({ ...base, kon: "K", fodelsear: 1850 })).toEqual({ fodelsear: ["Födelseåret kan inte vara före 1900"] });
  });

  it("refuses consent given long after the start", () => {
    expect(errors({ ...base, identitet, samtycke: { ...samtycke, datum: "2024-03-01" } })).toEqual({ "samtycke.datum": ["Samtycket ska vara lämnat senast 30 dagar efter start"] });
  });

  it("takes empty form values as not given", () => {
    const r = registreraInskrivningSchema.parse({ ...base, kon: "M", fodelsear: 1970, remittent: "", utbildningsniva: "", gruppId: "", spar: "", folkbokforingskommun: "" });
    expect(r).toMatchObject({ remittent: undefined, utbildningsniva: undefined, gruppId: null, spar: "", aktuellHos: [] });
  });

  it("accepts every example the API documentation gives", () => {
    const examples = (inskrivningarRegistreringPaths["/api/f/{forbund}/insatser/{insatsId}/inskrivningar"]!.post!.requestBody as {
      content: { "application/json": { examples: Record<string, { value: unknown }> } };
    }).content["application/json"].examples;
    for (const [name, ex] of Object.entries(examples)) expect([name, errors(ex.value)]).toEqual([name, {}]);
  });
});

describe("volymRegistreringSchema", () => {
  it("needs a period in order and at least one person", () => {
    expect(volymRegistreringSchema.safeParse({ periodStart: "2024-01-01", periodSlut: "2024-06-30", kvinnor: 4, man: 0 }).success).toBe(true);
    const bad = volymRegistreringSchema.safeParse({ periodStart: "2024-06-30", periodSlut: "2024-01-01", kvinnor: 0, man: 0 });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.message)).toEqual(["Periodens slut kan inte vara före dess start", "Ange minst en deltagare"]);
    expect(volymRegistreringSchema.safeParse({ periodStart: "2024-01-01", periodSlut: "2024-06-30", kvinnor: -1, man: 2.5 }).error!.issues.map((i) => i.message)).toEqual([
      "Antalet kan inte vara negativt",
      "Ange ett helt antal",
    ]);
  });
});
