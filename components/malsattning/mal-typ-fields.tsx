"use client";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { malKategori, type Locale } from "@/lib/domain/kodlistor";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { ChoiceFieldset } from "./choice-fieldset";
import type { MalFormValues } from "./mal-form-values";
import { useFieldErrors } from "./use-field-error";

const TYPER = ["ANDEL", "ANTAL", "KVALITATIV"] as const;
const POPULATIONER = ["INSKRIVNA", "AVSLUTADE", "AVSLUTADE_MED_UPPFOLJNING"] as const;

/** How the target is evaluated (typ), how the document labels it (kategori) and whom it counts. */
export function MalTypFields({ matningsmetod, locale }: { matningsmetod: string; locale: Locale }) {
  const t = useTranslations("malForm");
  const { register } = useFormContext<MalFormValues>();
  const errorAt = useFieldErrors();
  const typ = useWatch<MalFormValues, "definition.typ">({ name: "definition.typ" });
  return (
    <div className="flex flex-col gap-5">
      <ChoiceFieldset id="definition-typ" legend={t("typ")} error={errorAt("definition.typ")} className="flex flex-col gap-2">
        {matningsmetod === "VOLYM" ? (
          <p className="rounded-md border border-warn/40 bg-warn-bg px-3 py-2 text-sm text-warn">{t("volymNote")}</p>
        ) : null}
        {TYPER.map((k) => (
          <div key={k} className="relative flex items-start gap-3 rounded-md border border-gray-200 bg-white p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
            <input id={`typ-${k}`} type="radio" value={k} className="relative z-10 mt-1 h-4 w-4 shrink-0" aria-describedby={`typ-${k}-desc`} {...register("definition.typ")} />
            <div className="flex flex-col">
              {/* The label stretches over the whole card, so a click anywhere chooses the type. */}
              <label htmlFor={`typ-${k}`} className="text-sm font-medium after:absolute after:inset-0">
                {t(`typOption.${k}`)}
              </label>
              <p id={`typ-${k}-desc`} className="text-sm text-muted">
                {t(`typDesc.${k}`)}
              </p>
            </div>
          </div>
        ))}
      </ChoiceFieldset>
      <div className="grid max-w-xl gap-5">
        <Field id="kategori" label={t("kategori")} hint={t("kategoriHint")} error={errorAt("kategori")}>
          {(aria) => (
            <Select {...aria} {...register("kategori")}>
              <option value="">{t("choose")}</option>
              {malKategori.options(locale).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {typ !== "KVALITATIV" ? (
          <Field id="definition-population" label={t("population")} hint={t("populationHint")} error={errorAt("definition.population")}>
            {(aria) => (
              <Select {...aria} {...register("definition.population")}>
                <option value="">{t("choose")}</option>
                {POPULATIONER.map((k) => (
                  <option key={k} value={k}>
                    {t(`populationOption.${k}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ) : null}
      </div>
    </div>
  );
}
