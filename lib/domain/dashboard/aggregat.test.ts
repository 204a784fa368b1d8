import { describe, expect, it } from "vitest";
import { matning, rad } from "@/lib/domain/goals/test-rows";
import { dashboardAggregat } from "./aggregat";

// Hand-counted; tests/integration/dashboard-aggregat.test.ts proves the fold equal
// to the aggregate queries it replaced on generated data.
describe("dashboardAggregat", () => {
  it("counts every row but FELREGISTRERING, pairs and försörjning only for the avslutade, the latest re-measurement winning", () => {
    const rader = [
      rad({ kon: "K", fodelsear: 1990, startdatum: "2024-03-01", avslutsdatum: "2024-09-01", avslutsorsak: "ARBETE", forsorjningStart: ["SJUKPENNING"], forsorjningAvslut: ["LON"],
        matningar: [matning("VAS", "START", 3, "2024-03-01"), matning("VAS", "AVSLUT", 5, "2024-08-30"), matning("VAS", "AVSLUT", 7, "2024-09-01")] }),
      rad({ kon: "K", fodelsear: 1990, startdatum: "2024-05-01", avslutsdatum: "2024-10-01", avslutsorsak: "ARBETE", forsorjningStart: ["SJUKPENNING"], forsorjningAvslut: ["LON"],
        matningar: [matning("VAS", "START", 3, "2024-05-01"), matning("VAS", "AVSLUT", 7, "2024-10-01")] }),
      rad({ kon: "M", fodelsear: 1960, startdatum: "2024-05-01", gruppId: "g1", matningar: [matning("VAS", "START", 2, "2024-05-01")] }),
      rad({ kon: "M", fodelsear: 1980, startdatum: "2024-01-01", avslutsdatum: "2024-02-01", avslutsorsak: "FELREGISTRERING", forsorjningAvslut: ["LON"] }),
    ];
    const a = dashboardAggregat(rader, ["VAS", "STEG"]);
    expect(a.fordelning).toEqual([
      { kon: "K", alder: 34, gruppId: null, avslutad: true, utfall: true, antal: 2 },
      { kon: "M", alder: 64, gruppId: "g1", avslutad: false, utfall: false, antal: 1 },
    ]);
    expect(a.matpar.get("VAS")).toEqual([{ start: 3, avslut: 7, antal: 2 }]);
    expect(a.matpar.get("STEG")).toEqual([{ start: null, avslut: null, antal: 2 }]);
    expect(a.forsorjning).toEqual([{ start: ["SJUKPENNING"], avslut: ["LON"], antal: 2 }]);
  });
});
