import { insatstyp } from "@/lib/domain/kodlistor";
import type { MalStatus } from "@/lib/domain/goals/evaluate";
import type { Cell } from "@/lib/domain/suppression";
import type { DeltagareAntal, ForbundOversikt, InsatsHuvud, StyrelseOversikt, Varning } from "@/lib/domain/oversikt/types";
import { procentText, type ExportTabell, type TabellVarde } from "./tabell";

export const MAL_STATUS_SV: Record<MalStatus, string> = {
  UPPNATT: "Uppnått",
  PA_VAG: "På väg",
  RISK: "Risk",
  EJ_UPPNATT: "Ej uppnått",
  UNDERLAG_SAKNAS: "För litet underlag",
  EJ_MATBART: "Kan inte mätas",
  MANUELL: "Bedöms manuellt",
};
const STATUS_SV = { PLANERAD: "Planerad", PAGAENDE: "Pågående", AVSLUTAD: "Avslutad" } as const;
const VARNING_SV: Record<Varning["typ"], string> = {
  AVSLUT_SAKNAR_MATNING: "Avslutade saknar mätning vid avslut",
  UPPFOLJNING_FORSENAD: "Uppföljning efter 90 dagar försenad",
  AVSLUT_SAKNAR_ORSAK: "Avslut saknar avslutsorsak",
  INGA_MAL: "Insatsen har inga mål",
};

/** What the overview's participant counts are: inskrivningar, not people (item 4 of issue 6). */
export const DELTAGARE_NOT =
  "Antalen räknar inskrivningar i insatsen under perioden: en person som skrivits in två gånger räknas två gånger. Uppföljning Finsam räknar i stället personer. Volyminsatser har bara registrerade antal per kön.";

type Insats<C> = InsatsHuvud & { deltagare: DeltagareAntal<C>; budget: { budget: number; utfall: number; andel: number | null } };

function deltagareTabell<C extends TabellVarde>(insatser: readonly Insats<C>[]): ExportTabell {
  return {
    id: "deltagare",
    titel: "Inskrivningar efter kön",
    kolumner: ["Insats", "Kön", "Aktiva vid periodens slut", "Avslutade i perioden", "Inskrivningar totalt", "Andel kvinnor"],
    rader: insatser.flatMap((i) => {
      const d = i.deltagare;
      return [
        [i.namn, "Kvinnor", d.K.aktiva, d.K.avslutade, d.K.totalt, null],
        [i.namn, "Män", d.M.aktiva, d.M.avslutade, d.M.totalt, null],
        [i.namn, "Totalt", d.totalt.aktiva, d.totalt.avslutade, d.totalt.totalt, procentText(d.andelKvinnor, 0)],
      ] as TabellVarde[][];
    }),
    not: DELTAGARE_NOT,
  };
}

function budgetTabell(insatser: readonly Insats<unknown>[]): ExportTabell {
  return {
    id: "budget",
    titel: "Budget och utfall",
    kolumner: ["Insats", "Insatstyp", "Status", "Start", "Slut", "Budget (kr)", "Utfall (kr)", "Förbrukat"],
    rader: insatser.map((i) => [i.namn, insatstyp.label(i.insatstyp), STATUS_SV[i.status], i.startdatum, i.slutdatum, i.budget.budget, i.budget.utfall, procentText(i.budget.andel, 0)]),
  };
}

const MAL_KOLUMNER = ["Insats", "Mål", "Status", "Resultat", "Antal som når målet", "Underlag (antal)", "95 % konfidensintervall", "Saknar uppgift"];
const intervall = (iv: { low: number; high: number } | null | undefined) => (iv ? `${procentText(iv.low)} – ${procentText(iv.high)}` : null);

/** The förbund overview's tables, exact figures (admin, processledare). */
export function oversiktTabeller(o: ForbundOversikt): ExportTabell[] {
  return [
    {
      id: "mal",
      titel: "Mål och resultat",
      kolumner: MAL_KOLUMNER,
      rader: o.insatser.flatMap((i) =>
        i.mal.map((m) => {
          const r = m.resultat;
          const matbart = m.typ !== "KVALITATIV" && r.status !== "EJ_MATBART";
          return [i.namn, m.text, MAL_STATUS_SV[r.status], r.typ === "ANDEL" ? procentText(r.varde) : r.varde, matbart ? r.taljare : null, matbart ? r.namnare : null, intervall(r.intervall), matbart ? r.saknarData : null];
        }),
      ),
    },
    deltagareTabell(o.insatser),
    budgetTabell(o.insatser),
    {
      id: "varningar",
      titel: "Att åtgärda i registreringen",
      kolumner: ["Insats", "Varning", "Mätvariabel", "Antal"],
      rader: o.insatser.flatMap((i) => i.varningar.map((v) => [i.namn, VARNING_SV[v.typ], v.variabel ? (o.matvariabelNamn[v.variabel] ?? v.variabel) : null, v.typ === "INGA_MAL" ? null : v.antal])),
    },
  ];
}

/** The board's tables: only the suppressed view model's cells, so "<5" and "–" are all a file can hold. */
export function styrelseTabeller(o: StyrelseOversikt): ExportTabell[] {
  return [
    {
      id: "mal",
      titel: "Mål och resultat",
      kolumner: MAL_KOLUMNER,
      rader: o.insatser.flatMap((i) =>
        i.mal.map((m) => {
          const matbart = m.typ !== "KVALITATIV" && m.status !== "EJ_MATBART";
          const varde = m.typ === "ANDEL" ? procentText(m.varde) : m.varde;
          return [i.namn, m.text, MAL_STATUS_SV[m.status], varde, matbart ? m.taljare : null, matbart ? m.namnare : null, intervall(m.intervall), matbart ? (m.saknarData as Cell) : null] as TabellVarde[];
        }),
      ),
    },
    deltagareTabell(o.insatser),
    budgetTabell(o.insatser),
  ];
}
