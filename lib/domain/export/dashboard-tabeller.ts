import { forsorjningGrupp } from "@/lib/domain/kodlistor";
import type { Aldersband } from "@/lib/domain/dashboard/alder";
import type { Fordelningsrad } from "@/lib/domain/dashboard/fordelning";
import type { Forsorjningskategori } from "@/lib/domain/dashboard/forsorjning";
import type { InsatsDashboard } from "@/lib/server/dashboard/get-insats-dashboard";
import { MAL_STATUS_SV } from "./oversikt-tabeller";
import { procentText, type ExportTabell } from "./tabell";

const ALDER_SV: Record<Aldersband, string> = {
  UNDER_25: "Under 25 år",
  "25_34": "25–34 år",
  "35_44": "35–44 år",
  "45_54": "45–54 år",
  "55_64": "55–64 år",
  "65_PLUS": "65 år och äldre",
};
const FORDELNING_KOLUMNER = ["Inskrivna", "Avslutade", "Till arbete eller studier"];
const kategori = (k: Forsorjningskategori) => (k === "FLERA" ? "Flera slags försörjning" : k === "SAKNAS" ? "Uppgift saknas" : forsorjningGrupp.label(k));

function fordelning(id: string, titel: string, forsta: string, rader: readonly Fordelningsrad<string>[], namn: (r: Fordelningsrad<string>) => string): ExportTabell {
  return { id, titel, kolumner: [forsta, ...FORDELNING_KOLUMNER], rader: rader.map((r) => [namn(r), r.inskrivna, r.avslutade, r.medUtfall]) };
}

/**
 * The insats dashboard's tables, exact (the dashboard is never shown to
 * styrelse: dashboard:read). Every table the page shows, with its figures from
 * the same InsatsDashboard object the page renders.
 */
export function dashboardTabeller(d: InsatsDashboard): ExportTabell[] {
  const f = d.fordelningar;
  const tabeller: ExportTabell[] = [
    {
      id: "mal",
      titel: "Mål och resultat",
      kolumner: ["Mål", "Status", "Resultat", "Antal som når målet", "Underlag (antal)", "95 % konfidensintervall", "Saknar uppgift"],
      rader: d.mal.map((m) => {
        const r = m.resultat;
        const matbart = m.typ !== "KVALITATIV" && r.status !== "EJ_MATBART";
        return [m.text, MAL_STATUS_SV[r.status], r.typ === "ANDEL" ? procentText(r.varde) : r.varde, matbart ? r.taljare : null, matbart ? r.namnare : null, r.intervall ? `${procentText(r.intervall.low)} – ${procentText(r.intervall.high)}` : null, matbart ? r.saknarData : null];
      }),
    },
    {
      id: "utveckling",
      titel: "Målens utveckling per månad",
      kolumner: ["Mål", "Månadens slut", "Resultat", "Antal som når målet", "Underlag (antal)"],
      rader: d.mal.flatMap((m) => m.utveckling.map((p) => [m.text, p.datum, m.typ === "ANDEL" ? procentText(p.varde) : p.varde, p.taljare, p.namnare])),
    },
    {
      id: "tratt",
      titel: "Från inskrivning till utfall",
      kolumner: ["Steg", "Antal inskrivningar"],
      rader: [
        ["Inskrivna", f.tratt.inskrivna],
        ["Avslutade", f.tratt.avslutade],
        ["Till arbete eller studier", f.tratt.medUtfall],
      ],
      not: "Inskrivna: alla inskrivningar i urvalet utom felregistreringar. Med utfall: avslutsorsak Arbete eller Studier.",
    },
    fordelning("kon", "Per kön", "Kön", f.perKon, (r) => (r.nyckel === "K" ? "Kvinnor" : "Män")),
    fordelning("alder", "Per åldersgrupp", "Ålder vid start", f.perAlder, (r) => ALDER_SV[r.nyckel as Aldersband] ?? r.nyckel),
    fordelning("grupp", "Per grupp", "Grupp", f.perGrupp, (r) => r.namn ?? "Utan grupp"),
  ];
  if (d.vas) {
    const s = d.vas.sammanfattning;
    tabeller.push({
      id: "vas",
      titel: `Förändring i ${d.vas.kod}`,
      kolumner: ["Förändring", "Antal avslutade"],
      rader: [
        ["Förbättrad", s.forbattrad],
        ["Oförändrad", s.oforandrad],
        ["Försämrad", s.forsamrad],
        ["Saknar mätning vid start", s.saknarStart],
        ["Saknar mätning vid avslut", s.saknarAvslut],
        ["Saknar båda mätningarna", s.saknarBada],
        ["Totalt", s.totalt],
      ],
    });
  }
  if (d.steg) {
    const s = d.steg.sammanfattning;
    tabeller.push({
      id: "steg",
      titel: "Stegförflyttning",
      kolumner: ["Förflyttning (steg)", "Antal avslutade"],
      rader: [...s.fordelning.map((r) => [r.steg > 0 ? `+${r.steg}` : String(r.steg), r.antal]), ["Saknar start- eller avslutsvärde", s.saknas]],
    });
  }
  const fk = d.forsorjning;
  tabeller.push({
    id: "forsorjning",
    titel: "Försörjning start och avslut",
    kolumner: ["Vid start", ...fk.anvanda.map((k) => `${kategori(k)} vid avslut`), "Totalt"],
    rader: [...fk.anvanda.map((s) => [kategori(s), ...fk.anvanda.map((a) => fk.celler[s][a]), fk.radsummor[s]]), ["Totalt", ...fk.anvanda.map((a) => fk.kolumnsummor[a]), fk.totalt]],
  });
  return tabeller;
}
