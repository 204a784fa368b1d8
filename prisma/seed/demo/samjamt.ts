/**
 * shared/seeds/samjamt-i14-forstudie-2014.txt — "Samordningsförbundet/ i – processinriktad
 * analys av samverkan, metoder och verktyg för hållbar integration". Texts are the seed's own.
 *
 * A förstudie financed by Svenska ESF-rådet and owned by the förbund itself (so no medlem
 * is utförare). It has no deltagare of its own: what it can report is how many people
 * took part in its tests, by kön (mätningsmetod VOLYM). The seed states no budget
 * amounts, so there are no budget, financing or utfall rows.
 */
import type { InsatsSpec } from "./typer";

export const SAMJAMT: InsatsSpec = {
  forbund: "jamtland",
  namn: "Samjamt/i14",
  insatstyp: "FORSTUDIE",
  status: "AVSLUTAD",
  matningsmetod: "VOLYM",
  startdatum: "2014-02-03",
  slutdatum: "2014-11-28",
  malgrupp:
    "Förstudiens målgrupp är nyanlända flyktingar eller skyddsbehövande i övrigt samt 3:e-landsmedborgare med behov av förstärkt stöd i eller efter introduktions-/etableringsprocessen med ett särskilt fokus på unga (16-34 år) och personer med särskilda behov och/eller med funktionsnedsättningar.",
  syfte:
    "Förstudien ska identifiera, testa och utvärdera samt ge utvecklingsförslag på nya och befintliga arbetsmetoder och verktyg för integration på arbetsmarknaden av utrikes födda. Detta ska leda till en snabbare integration på arbetsmarknaden för målgruppen med en särskild inriktning på unga personer och individer med särskilda behov, som exempelvis funktionsnedsatta, samt öka kvaliteten och hållbarheten på arbetsmetoder och verktyg inom området.",
  preciseradInriktning:
    "Processinriktad analys av samverkan, metoder och verktyg för hållbar integration på arbetsmarknaden av utrikes födda, genom befintliga strukturer: de lokala integrationsprojekten, Samordningsförbundets medlemmar och de lokala samverkansgrupperna (LOKSAM).",
  kontaktperson: "Gunilla Kaev och Serena Bonato",
  kontaktEpost: "esf@samjamt.se",
  planeradeDeltagarePer: "PERIOD",
  esfFinansierad: true,
  grupper: [],
  budget: [],
  finansiering: [],
  utfall: [],
  volymer: [
    {
      periodStart: "2014-02-03",
      periodSlut: "2014-04-30",
      kvinnor: 7,
      man: 11,
      kommentar: "Test av verktyg för kartläggning av inlärningsbakgrund och inlärningsfärdigheter i de lokala integrationsprojekten",
    },
    {
      periodStart: "2014-05-01",
      periodSlut: "2014-08-31",
      kvinnor: 12,
      man: 15,
      kommentar: "Arbetsmarknadskunskap: studiebesök och arbetsgivarträffar i Bergs, Åre och Strömsunds kommuner",
    },
    {
      periodStart: "2014-09-01",
      periodSlut: "2014-11-28",
      kvinnor: 9,
      man: 13,
      kommentar: "Samhällsorientering med fokus på arbetsmarknadsområdet inom etableringsstödsperioden",
    },
  ],
  // The two projektmål in lib/domain/goals/seed-targets.ts, in that order. The förstudie
  // ended 2014-11-28; its results are set by hand with a dated comment (DESIGN.md §3).
  kvalitativ: [
    [
      { datum: "2014-03-31", status: "PAGAR", kommentar: "Arbetsgruppen har identifierat tre kartläggningsverktyg som testas i de lokala integrationsprojekten under våren." },
      { datum: "2014-11-28", status: "UPPNATT", kommentar: "Verktygen är testade och utvärderade; utvecklingsförslagen redovisas i förstudiens slutrapport." },
    ],
    [
      { datum: "2014-05-30", status: "PAGAR", kommentar: "Kontakter med arbetsgivare via befintliga projekt i Bergs, Åre och Strömsunds kommuner." },
      { datum: "2014-11-28", status: "EJ_UPPNATT", kommentar: "Metoderna är identifierade men hann inte testas och utvärderas hos offentliga arbetsgivare inom förstudiens period; förs vidare till ett genomförandeprojekt." },
    ],
  ],
};
