import { avslutsorsak, forsorjning, forsorjningGrupp, kon, tidpunkt, uppfoljningStatus, type Locale } from "@/lib/domain/kodlistor";
import type { AndelDefinition, AntalDefinition, EnkatDefinition, MalDefinition, Maltidpunkt, Population, Villkor } from "./definition";
import { andelMalfras, formatAntal, formatProcent, gemen, lista, tiondelar, versal } from "./format";

export type DescribeOptions = {
  locale: Locale;
  /** The förbund's name of a Matvariabel in `locale`, e.g. "VAS" → "Livskvalitet". */
  matvariabelNamn: (kod: string) => string;
  /** Lets ja/nej variables read "svarar ja på"; without it, values within {0, 1} are read as ja/nej. */
  matvariabelTyp?: (kod: string) => "SKALA" | "JANEJ" | undefined;
  /** The enkät's name and the question's text for an ENKAT target; without it the sentence names neither. */
  enkatFraga?: (fragaId: string) => { enkatNamn: string; text: string } | undefined;
};

const POP = {
  sv: {
    INSKRIVNA: ["inskriven deltagare", "inskrivna deltagare", "de inskrivna deltagarna", "inskrivna"],
    AVSLUTADE: ["avslutad deltagare", "avslutade deltagare", "de avslutade deltagarna", "avslutade"],
    AVSLUTADE_MED_UPPFOLJNING: [
      "avslutad deltagare som följts upp efter 90 dagar",
      "avslutade deltagare som följts upp efter 90 dagar",
      "de avslutade deltagarna som följts upp efter 90 dagar",
      "avslutade som följts upp efter 90 dagar",
    ],
  },
  en: {
    INSKRIVNA: ["enrolled participant", "enrolled participants", "enrolled participants", "enrolled participants"],
    AVSLUTADE: ["exited participant", "exited participants", "exited participants", "exited participants"],
    AVSLUTADE_MED_UPPFOLJNING: [
      "exited participant followed up after 90 days",
      "exited participants followed up after 90 days",
      "exited participants followed up after 90 days",
      "exited participants followed up after 90 days",
    ],
  },
} as const satisfies Record<Locale, Record<Population, readonly [string, string, string, string]>>;

/** [singular, plural, definite plural ("de avslutade deltagarna"), after "bland"]. */
const pop = (p: Population, l: Locale) => POP[l][p];

function vidTidpunkt(t: Maltidpunkt, l: Locale): string {
  if (t === "UPPFOLJNING_90") return l === "sv" ? "90 dagar efter avslut" : "90 days after exit";
  return l === "sv" ? `vid ${gemen(tidpunkt.label(t, l))}` : `at ${gemen(tidpunkt.label(t, l))}`;
}

function predikat(v: Villkor, o: DescribeOptions, plural: boolean): string {
  const l = o.locale;
  const sv = l === "sv";
  const have = sv ? "har" : plural ? "have" : "has";
  const labels = (ks: readonly string[], f: (k: string) => string) => lista(ks.map((k) => gemen(f(k))), l);
  switch (v.typ) {
    case "AVSLUTSORSAK":
      return `${have} ${sv ? "avslutsorsak" : "exit reason"} ${labels(v.koder, (k) => avslutsorsak.label(k, l))}`;
    case "FORSORJNING_AVSLUT": {
      const f = (k: string) => (forsorjning.has(k) ? forsorjning.label(k, l) : forsorjningGrupp.label(k, l));
      return sv
        ? `har vid avslut försörjning i form av ${labels(v.koder, f)}`
        : `${plural ? "are" : "is"} supported by ${labels(v.koder, f)} at exit`;
    }
    case "UPPFOLJNING_STATUS": {
      const s = labels(v.koder, (k) => uppfoljningStatus.label(k, l));
      return sv ? `har status ${s} vid uppföljningen` : `${have} status ${s} at follow-up`;
    }
    case "MATVARIABEL_OKAD": {
      const namn = medKod(gemen(o.matvariabelNamn(v.variabel)), v.variabel);
      const standard = v.fran === "START" && v.till === "AVSLUT";
      const tp = (t: Maltidpunkt) => gemen(tidpunkt.label(t, l));
      const mellan = standard ? "" : sv ? ` mellan ${tp(v.fran)} och ${tp(v.till)}` : ` between ${tp(v.fran)} and ${tp(v.till)}`;
      return `${sv ? "upplever ökad" : plural ? "experience improved" : "experiences improved"} ${namn}${mellan}`;
    }
    case "MATVARIABEL_VARDE": {
      const namn = o.matvariabelNamn(v.variabel);
      const vid = vidTidpunkt(v.tidpunkt, l);
      const typ = o.matvariabelTyp?.(v.variabel);
      const janej = typ === "JANEJ" || (typ === undefined && v.koder?.every((k) => k === 0 || k === 1));
      if (v.koder && janej && v.koder.length === 1) {
        const svar = v.koder[0] === 1 ? (sv ? "ja" : "yes") : sv ? "nej" : "no";
        return sv ? `svarar ${svar} på ”${gemen(namn)}” ${vid}` : `${plural ? "answer" : "answers"} ${svar} to “${gemen(namn)}” ${vid}`;
      }
      const varden = v.koder
        ? lista(v.koder.map((k) => formatAntal(k, l)), l)
        : `${sv ? "minst" : "at least"} ${String(v.minVarde).replace(".", sv ? "," : ".")}`;
      const medkod = medKod(gemen(namn), v.variabel);
      return sv ? `har ${medkod} ${varden} ${vid}` : `${have} ${medkod} ${varden} ${vid}`;
    }
    case "HAR_PLAN":
      return sv ? "har en individuell genomförandeplan" : `${have} an individual plan`;
    case "KON": {
      const ord = plural ? gemen(kon.get(v.kon)?.[sv ? "svPlural" : "enPlural"] ?? v.kon) : gemen(kon.label(v.kon, l));
      return sv ? `är ${ord}` : plural ? `are ${ord}` : `is a ${ord}`;
    }
  }
}

const predikatAlla = (vs: Villkor[], o: DescribeOptions, plural: boolean) =>
  lista(vs.map((v) => predikat(v, o, plural)), o.locale, "och");

/** " under 2020–2021" for whole calendar years, else " under 2020-03-01–2020-09-30". */
function periodFras(def: Pick<AndelDefinition, "period">, l: Locale): string {
  if (!def.period) return "";
  const { fran, till } = def.period;
  if (till === undefined) return l === "sv" ? ` från ${fran}` : ` from ${fran}`;
  const helaAr = fran.endsWith("-01-01") && till.endsWith("-12-31");
  const [a, b] = helaAr ? [fran.slice(0, 4), till.slice(0, 4)] : [fran, till];
  const spann = a === b ? a : `${a}–${b}`;
  return l === "sv" ? ` under ${spann}` : ` during ${spann}`;
}

function describeAndel(def: AndelDefinition, o: DescribeOptions): string {
  const l = o.locale;
  const sv = l === "sv";
  const [, plural, bestamd, bland] = pop(def.population, l);
  const pred = predikatAlla(def.villkor, o, true);
  const { minAndel: min, maxAndel: max } = def;
  const endastKon = def.villkor.length === 1 && def.villkor[0]?.typ === "KON";
  if (endastKon || (min !== undefined && max !== undefined)) {
    const mal = andelMalfras(def, l);
    const vad = endastKon
      ? `${gemen(kon.get((def.villkor[0] as { kon: "K" | "M" }).kon)?.[sv ? "svPlural" : "enPlural"] ?? "")} ${sv ? "bland" : "among"} ${bland}`
      : `${plural} ${sv ? "som" : "who"} ${pred}`;
    return sv ? `Andelen ${vad} ska vara ${mal}` : `The share of ${vad} should be ${mal}`;
  }
  if (min === 1) return `${sv ? "Alla" : "All"} ${plural} ${pred}`;
  if (min === undefined && max === 0) return `${sv ? "Inga" : "No"} ${plural} ${pred}`;
  const andel = (min ?? max) as number;
  const ord = min !== undefined ? (sv ? "Minst" : "At least") : sv ? "Högst" : "At most";
  const n = tiondelar(andel);
  const vilka = n !== undefined ? `${n} ${sv ? "av" : "in"} 10 ${plural}` : `${formatProcent(andel, l)} ${sv ? "av" : "of"} ${bestamd}`;
  return `${ord} ${vilka} ${pred}`;
}

function describeAntal(def: AntalDefinition, o: DescribeOptions): string {
  const l = o.locale;
  const sv = l === "sv";
  const [singular, plural] = pop(def.population, l);
  const n = formatAntal(def.minAntal, l);
  const minst = sv ? "minst" : "at least";
  if (def.per === "GRUPP") {
    const vem = def.population === "INSKRIVNA" ? (sv ? "deltagare" : "participants") : plural;
    const som = def.villkor.length > 0 ? ` ${sv ? "som" : "who"} ${predikatAlla(def.villkor, o, true)}` : "";
    if (def.minGrupper === undefined) return `${sv ? "Varje grupp har" : "Every group has"} ${minst} ${n} ${vem}${som}`;
    const g = def.minGrupper;
    const grupper = sv ? (g === 1 ? "grupp" : "grupper") : g === 1 ? "group" : "groups";
    const var_ = sv ? (g === 1 ? "" : " var") : g === 1 ? "" : " each";
    return `${versal(minst)} ${formatAntal(g, l)} ${grupper} ${sv ? "med" : "with"} ${minst} ${n} ${vem}${var_}${som}`;
  }
  const en = def.minAntal === 1;
  const per = def.per === "AR" ? (sv ? " per kalenderår" : " per calendar year") : "";
  const pred = def.villkor.length > 0 ? ` ${predikatAlla(def.villkor, o, !en)}` : "";
  return `${versal(minst)} ${n} ${en ? singular : plural}${per}${pred}`;
}

/** "Minst 50 % av dem som svarar på Deltagarenkät vid avslut svarar ja på frågan ”…”". */
function describeEnkat(def: EnkatDefinition, o: DescribeOptions): string {
  const sv = o.locale === "sv";
  const f = o.enkatFraga?.(def.fragaId);
  const enkat = f ? f.enkatNamn : sv ? "enkäten" : "the survey";
  const fraga = f ? (sv ? `frågan ”${f.text}”` : `the question “${f.text}”`) : sv ? "enkätfrågan" : "the survey question";
  const svar =
    def.minVarde !== undefined
      ? sv
        ? `svarar minst ${formatTal(def.minVarde, o.locale)} på ${fraga}`
        : `answer at least ${formatTal(def.minVarde, o.locale)} to ${fraga}`
      : sv
        ? `svarar ${lista((def.varden ?? []).map((v) => gemen(v === "JA" ? "Ja" : v === "NEJ" ? "Nej" : v)), o.locale)} på ${fraga}`
        : `answer ${lista((def.varden ?? []).map((v) => (v === "JA" ? "yes" : v === "NEJ" ? "no" : v)), o.locale)} to ${fraga}`;
  const vem = sv ? `bland dem som svarar på ${enkat}` : `of those answering ${enkat}`;
  return `${versal(andelMalfras(def, o.locale))} ${vem} ${svar}`;
}

const formatTal = (x: number, l: Locale) => (l === "sv" ? String(x).replace(".", ",") : String(x));

/** A natural sentence for the goal, for the live preview and lists. */
/** "livskvalitet (VAS)" — unless the förbund's own name already shows the code. */
function medKod(namn: string, kod: string): string {
  return namn.toLowerCase().includes(kod.toLowerCase()) ? namn : `${namn} (${kod})`;
}

export function describeMalsattning(def: MalDefinition, o: DescribeOptions): string {
  if (def.typ === "KVALITATIV") return o.locale === "sv" ? "Kvalitativt mål som bedöms manuellt" : "Qualitative target assessed manually";
  const text = def.typ === "ENKAT" ? describeEnkat(def, o) : def.typ === "ANDEL" ? describeAndel(def, o) : describeAntal(def, o);
  return text + periodFras(def, o.locale);
}

export { andelMalfras } from "./format";
export { formatResultat } from "./format-resultat";
