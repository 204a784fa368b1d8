import { insatstyp, matningsmetod } from "@/lib/domain/kodlistor";
import type { BudgeteratRegel } from "./budgeterat-antal";
import { toSvenskCsv } from "./csv";
import type { UppfoljningFinsam } from "./uppfoljning-finsam";

/** Column headers in the national report's own words (Uppföljning Finsam). */
export const FINSAM_CSV_RUBRIKER = [
  "År",
  "Insats",
  "Inriktning",
  "Preciserad inriktning",
  "Målgrupp",
  "ESF-finansierad",
  "Uppföljningsmetod",
  "Budgeterat antal deltagare",
  "Underlag budgeterat antal",
  "Deltagare kvinnor",
  "Deltagare män",
  "Deltagare okänt kön",
  "Deltagare totalt",
  "Budget (kr)",
  "Utfall (kr)",
] as const;

export const BUDGETERAT_REGEL_SV: Record<BudgeteratRegel, string> = {
  AR: "Planerat antal per år",
  PERIOD_FORDELAD: "Periodens planerade antal fördelat på år efter dagar",
  PERIOD_UTAN_SLUT: "Planerat för perioden, som saknar slutdatum",
  SAKNAS: "Planerat antal saknas",
  UTANFOR_PERIOD: "Året ligger utanför insatsens period",
};

export const FORBUNDET_TOTALT = "Förbundet totalt";

/** One row per insats, then the förbund's budget and utfall on a row of its own. */
export function uppfoljningFinsamCsv(rapport: UppfoljningFinsam): string {
  const rader = rapport.insatser.map((r) => [
    rapport.ar,
    r.namn,
    insatstyp.label(r.inriktning),
    r.preciseradInriktning,
    r.malgrupp,
    r.esfFinansierad ? "Ja" : "Nej",
    matningsmetod.label(r.uppfoljningsmetod),
    r.budgeteratAntal,
    BUDGETERAT_REGEL_SV[r.budgeteratRegel],
    r.deltagare.kvinnor,
    r.deltagare.man,
    r.deltagare.okantKon,
    r.deltagare.totalt,
    r.budget,
    r.utfall,
  ]);
  const tomma = Array<null>(FINSAM_CSV_RUBRIKER.length - 4).fill(null);
  const forbund = [rapport.ar, FORBUNDET_TOTALT, ...tomma, rapport.forbund.budget, rapport.forbund.utfall];
  return toSvenskCsv(FINSAM_CSV_RUBRIKER, [...rader, forbund]);
}
