// Review (helper 9): formula escaping must not turn numbers into text. A
// negative count or change ("-3", "-1,5") and a steg label ("+2") were written
// as "'-3" and "'+2", which Excel shows with the apostrophe and cannot sum.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import Papa from "papaparse";
import { toSvenskCsv } from "./csv";

const celler = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { delimiter: ";" }).data[1]!;

describe("toSvenskCsv", () => {
  it("writes signed numbers as numbers, not escaped text", () => {
    expect(celler(toSvenskCsv(["a", "b", "c", "d"], [[-3, -1.5, "+2", "-1"]]))).toEqual(["-3", "-1,5", "+2", "-1"]);
  });

  it("still escapes everything that could run as a formula", () => {
    const farliga = ["=1+1", "+1+1", "-2+3", "@SUM(A1)", "=HYPERLINK(\"http://x\")", "\t=1", "\r=1", "-1,5+A1", "+46 =1", "-"];
    expect(celler(toSvenskCsv(farliga, [farliga]))).toEqual(farliga.map((f) => `'${f}`));
  });

  it("never leaves a cell starting with = + - @ tab or CR unescaped unless it is a plain number", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (s) => {
        const ut = celler(toSvenskCsv(["x"], [[s]]))[0]!;
        const plainNumber = /^[+-]?\d+(?:[.,]\d+)?$/.test(s);
        if (/^[=+\-@\t\r]/.test(s) && !plainNumber) expect(ut).toBe(`'${s}`);
      }),
      { numRuns: 500 },
    );
  });
});
