import { describe, expect, it } from "vitest";
import { gallringSchema, raderaPersonuppgifterSchema, rattaDeltagareSchema } from "@/lib/validation/gdpr";

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("rattaDeltagareSchema", () => {
  it("treats empty identity fields as unchanged and normalises a new personnummer", () => {
    const r = rattaDeltagareSchema.parse({ version: 3, kon: "K", fodelsear: 1990, identitet: { personnummer: "199001012385", fornamn: "", efternamn: " Ny ", telefon: "", epost: "" } });
    expect(r.identitet).toEqual({ personnummer: "19900101-2385", efternamn: "Ny" });
  });

  it("answers every bad field in Swedish at once", () => {
    const r = rattaDeltagareSchema.safeParse({ kon: "X", fodelsear: 1850, identitet: { personnummer: "19900101-2381", epost: "nej" } });
    expect(messages(r)).toMatchObject({
      version: "Versionsnummer saknas",
      kon: "Välj kön",
      fodelsear: "Födelseåret måste vara 1900 eller senare",
      "identitet.personnummer": "Kontrollsiffran stämmer inte – kontrollera att numret är rätt skrivet",
      "identitet.epost": "Ange en giltig e-postadress",
    });
  });

  it("refuses a birth year in the future", () => {
    expect(messages(rattaDeltagareSchema.safeParse({ version: 1, kon: "M", fodelsear: new Date().getUTCFullYear() + 1 }))).toEqual({ fodelsear: "Födelseåret kan inte ligga i framtiden" });
  });
});

describe("raderaPersonuppgifterSchema", () => {
  it.each([{}, { bekrafta: false }, { bekrafta: "true" }, null, []])("erases nothing without bekrafta: true (%j)", (input) => {
    expect(raderaPersonuppgifterSchema.safeParse(input).success).toBe(false);
  });
});

describe("gallringSchema", () => {
  it.each([
    [0, "Minst 1 månad"],
    [121, "Högst 120 månader (10 år)"],
    [1.5, "Ange ett helt antal månader"],
    ["24", "Ange antal månader"],
  ])("refuses %j with %s", (v, msg) => {
    expect(messages(gallringSchema.safeParse({ gallringManader: v }))).toEqual({ gallringManader: msg });
  });
});
