import { describe, expect, it } from "vitest";
import { contentDisposition, filnamnsdel } from "./filnamn";

describe("filnamnsdel", () => {
  it("turns Swedish names into ASCII file-name parts", () => {
    expect(filnamnsdel("Friska Vindar 2.0")).toBe("friska-vindar-2-0");
    expect(filnamnsdel("Vägen vidare – Åre/Östersund")).toBe("vagen-vidare-are-ostersund");
    expect(filnamnsdel("!!!")).toBe("fil");
  });
  it("never lets a quote or a line break into the header", () => {
    expect(contentDisposition('a"b\r\nc.csv')).toBe('attachment; filename="a_b__c.csv"');
  });
});
