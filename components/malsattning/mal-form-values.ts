import type { Resolver } from "react-hook-form";
import type { CreateMalsattningInput } from "@/lib/validation/malsattning";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import type { MalDefinition, Maltidpunkt, Population, Villkor, VillkorTyp } from "@/lib/domain/goals/definition";
import { avslutsorsak, forsorjning, forsorjningGrupp, uppfoljningStatus } from "@/lib/domain/kodlistor";

/**
 * The form holds shares in percent and keeps the fields of every goal type, so
 * switching typ back and forth loses nothing. `toInput` turns it into exactly
 * the shape `createMalsattningSchema` validates: only the chosen type's fields,
 * shares as 0..1.
 */
export type VillkorFormValue = {
  typ: VillkorTyp;
  koder?: (string | number)[];
  variabel?: string;
  fran?: Maltidpunkt;
  till?: Maltidpunkt;
  tidpunkt?: Maltidpunkt;
  minVarde?: number;
  kon?: "K" | "M";
};

export type MalFormValues = {
  kategori: CreateMalsattningInput["kategori"] | "";
  text: string;
  egenPeriod: boolean;
  definition: {
    typ: MalDefinition["typ"];
    population: Population | "";
    villkor: VillkorFormValue[];
    /** Percent, 0..100. */
    minAndel?: number;
    maxAndel?: number;
    minUnderlag?: number;
    minAntal?: number;
    per: "PERIOD" | "AR" | "GRUPP";
    minGrupper?: number;
    period: { fran: string; till: string };
  };
};

export type MatvariabelTypAv = (kod: string) => "SKALA" | "JANEJ" | undefined;

const blank = <T>(v: T | "" | null | undefined): T | undefined => (v === "" || v === null ? undefined : v);
const procentTillAndel = (p: number | undefined) => (p === undefined || Number.isNaN(p) ? p : Math.round(p * 1e4) / 1e6);
const andelTillProcent = (a: number | undefined) => (a === undefined ? undefined : Math.round(a * 1e6) / 1e4);
const giltiga = (koder: unknown, has: (k: string) => boolean) => (Array.isArray(koder) ? koder.filter((k): k is string => typeof k === "string" && has(k)) : []);

export function villkorInput(v: VillkorFormValue, typAv: MatvariabelTypAv): unknown {
  switch (v.typ) {
    case "AVSLUTSORSAK":
      return { typ: v.typ, koder: giltiga(v.koder, avslutsorsak.has) };
    case "UPPFOLJNING_STATUS":
      return { typ: v.typ, koder: giltiga(v.koder, uppfoljningStatus.has) };
    case "FORSORJNING_AVSLUT":
      return { typ: v.typ, koder: giltiga(v.koder, (k) => forsorjning.has(k) || forsorjningGrupp.has(k)) };
    case "MATVARIABEL_OKAD":
      return { typ: v.typ, variabel: blank(v.variabel), fran: blank(v.fran), till: blank(v.till) };
    case "MATVARIABEL_VARDE": {
      const typ = blank(v.variabel) ? typAv(v.variabel!) : undefined;
      const koder = Array.isArray(v.koder) && v.koder.length > 0 ? v.koder.map(Number) : undefined;
      return {
        typ: v.typ,
        variabel: blank(v.variabel),
        tidpunkt: blank(v.tidpunkt),
        koder: typ === "SKALA" ? undefined : koder,
        minVarde: typ === "JANEJ" ? undefined : v.minVarde,
      };
    }
    case "HAR_PLAN":
      return { typ: v.typ };
    case "KON":
      return { typ: v.typ, kon: blank(v.kon) };
    default:
      return { typ: blank(v.typ) };
  }
}

export function toInput(values: MalFormValues, typAv: MatvariabelTypAv) {
  const d = values.definition;
  const period = values.egenPeriod ? { fran: d.period.fran, till: blank(d.period.till) } : undefined;
  const villkor = (d.villkor ?? []).map((v) => villkorInput(v, typAv));
  const definition =
    d.typ === "ANDEL"
      ? { typ: d.typ, population: blank(d.population), villkor, minAndel: procentTillAndel(d.minAndel), maxAndel: procentTillAndel(d.maxAndel), minUnderlag: d.minUnderlag, period }
      : d.typ === "ANTAL"
        ? { typ: d.typ, population: blank(d.population), villkor, minAntal: d.minAntal, per: d.per, minGrupper: d.per === "GRUPP" ? d.minGrupper : undefined, period }
        : { typ: d.typ };
  return { kategori: blank(values.kategori), text: values.text ?? "", definition };
}

const malResolver = lazyZodResolver(() => import("@/lib/validation/malsattning").then((m) => m.createMalsattningSchema));

/** Starts fetching the schema (see lazyZodResolver) before the first submit. */
export const preloadMalSchema = malResolver.preload;

/** zodResolver with the shared schema, applied to what the form would send. */
export function malFormResolver(typAv: MatvariabelTypAv): Resolver<MalFormValues, unknown, CreateMalsattningInput> {
  return (values, context, options) => malResolver(toInput(values, typAv) as never, context, options as never) as never;
}

export function defaultVillkor(typ: VillkorTyp): VillkorFormValue {
  if (typ === "MATVARIABEL_OKAD") return { typ, variabel: "", fran: "START", till: "AVSLUT" };
  if (typ === "MATVARIABEL_VARDE") return { typ, variabel: "", tidpunkt: "AVSLUT" };
  if (typ === "HAR_PLAN" || typ === "KON") return { typ };
  return { typ, koder: [] };
}

export function toFormValues(
  def: MalDefinition | undefined,
  rest: { kategori?: MalFormValues["kategori"]; text?: string; insatsPeriod: { fran: string; till: string } },
): MalFormValues {
  const base: MalFormValues = {
    kategori: rest.kategori ?? "RESULTATMAL",
    text: rest.text ?? "",
    egenPeriod: false,
    definition: { typ: "ANDEL", population: "AVSLUTADE", villkor: [], per: "PERIOD", period: rest.insatsPeriod },
  };
  // An ENKAT target has no form of its own here (it is created from the enkät's results); the page shows it read-only.
  if (!def || def.typ === "KVALITATIV" || def.typ === "ENKAT") return { ...base, definition: { ...base.definition, typ: def?.typ === "KVALITATIV" ? "KVALITATIV" : "ANDEL" } };
  const villkor = def.villkor.map((v: Villkor) => ({ ...defaultVillkor(v.typ), ...v }) as VillkorFormValue);
  const period = def.period ? { fran: def.period.fran, till: def.period.till ?? "" } : rest.insatsPeriod;
  const common = { ...base.definition, typ: def.typ, population: def.population, villkor, period };
  return {
    ...base,
    egenPeriod: Boolean(def.period),
    definition:
      def.typ === "ANDEL"
        ? { ...common, minAndel: andelTillProcent(def.minAndel), maxAndel: andelTillProcent(def.maxAndel), minUnderlag: def.minUnderlag }
        : { ...common, minAntal: def.minAntal, per: def.per, minGrupper: def.minGrupper },
  };
}

/** "definition.villkor.0.koder" → "definition-villkor-0-koder": the id of the control an error belongs to. */
export const fieldId = (path: string) => path.replace(/\./g, "-");

/** An input's text → number; "" is "not set", a decimal comma is accepted. */
export const tal = (v: unknown): number | undefined =>
  v === "" || v === null || v === undefined ? undefined : Number(String(v).replace(",", ".").replace(/\s/g, ""));
