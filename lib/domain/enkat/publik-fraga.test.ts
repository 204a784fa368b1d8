import { describe, expect, it } from "vitest";
import { publikFraga } from "./publik-fraga";

describe("publikFraga", () => {
  it("keeps the wording and drops every other column of the row", () => {
    const rad = {
      id: "f1",
      forbundId: "forbund-1",
      versionId: "v1",
      ordning: 1,
      text: "Hur mår du?",
      hjalptext: "",
      typ: "SKALA" as const,
      obligatorisk: true,
      skalaMin: 1,
      skalaMax: 10,
      etikettMin: "Dåligt",
      etikettMax: null,
      alternativ: [],
      matvariabelId: "mv1",
    };
    expect(publikFraga(rad)).toEqual({
      id: "f1",
      text: "Hur mår du?",
      hjalptext: "",
      typ: "SKALA",
      obligatorisk: true,
      skalaMin: 1,
      skalaMax: 10,
      etikettMin: "Dåligt",
      etikettMax: null,
      alternativ: [],
    });
  });
});
