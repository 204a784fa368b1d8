"use client";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { VillkorTyp } from "@/lib/domain/goals/definition";
import { avslutsorsak, forsorjning, forsorjningGrupp, uppfoljningStatus, type Locale } from "@/lib/domain/kodlistor";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { ChoiceFieldset } from "./choice-fieldset";
import { KodCheckboxGroup } from "./kod-checkbox-group";
import { defaultVillkor, fieldId } from "./mal-form-values";
import { MatvariabelVillkorFields, type MatvariabelOption } from "./matvariabel-villkor-fields";
import { useFieldErrors } from "./use-field-error";

export const VILLKOR_TYPER: VillkorTyp[] = ["AVSLUTSORSAK", "FORSORJNING_AVSLUT", "UPPFOLJNING_STATUS", "MATVARIABEL_OKAD", "MATVARIABEL_VARDE", "HAR_PLAN", "KON"];
const VILLKOR_NYCKLAR = ["koder", "variabel", "fran", "till", "tidpunkt", "minVarde", "kon"] as const;

/** One condition: its type, then only the fields that type needs. */
export function VillkorFields({ index, matvariabler, locale, onRemove }: { index: number; matvariabler: MatvariabelOption[]; locale: Locale; onRemove: () => void }) {
  const t = useTranslations("malForm");
  const { register, setValue, clearErrors } = useFormContext();
  const errorAt = useFieldErrors();
  const p = `definition.villkor.${index}`;
  const typ = useWatch({ name: `${p}.typ` }) as VillkorTyp;

  // A new type starts from its own defaults, so no hidden codes of the old type remain.
  const changeTyp = (next: VillkorTyp) => {
    const d = defaultVillkor(next);
    for (const k of VILLKOR_NYCKLAR) setValue(`${p}.${k}`, d[k]);
    clearErrors(p);
  };

  return (
    <fieldset id={fieldId(p)} tabIndex={-1} className="flex flex-col gap-4 rounded-md border border-gray-300 bg-gray-50/50 p-4">
      <legend className="px-1 text-sm font-semibold">{t("villkor.legend", { n: index + 1 })}</legend>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-56 flex-1">
          <Field id={fieldId(`${p}.typ`)} label={t("villkor.typ")} error={errorAt(`${p}.typ`)}>
            {(aria) => (
              <Select {...aria} {...register(`${p}.typ`, { onChange: (e) => changeTyp(e.target.value as VillkorTyp) })}>
                {VILLKOR_TYPER.map((k) => (
                  <option key={k} value={k}>
                    {t(`villkorTyp.${k}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <Button type="button" variant="outline" onClick={onRemove}>
          {t("villkor.remove", { n: index + 1 })}
        </Button>
      </div>

      {typ === "AVSLUTSORSAK" ? (
        <KodCheckboxGroup
          name={`${p}.koder`}
          legend={t("villkor.avslutsorsaker")}
          // FELREGISTRERING is never counted by the goal engine; offering it would make an empty goal.
          groups={[{ options: avslutsorsak.options(locale).filter((o) => o.value !== "FELREGISTRERING") }]}
        />
      ) : null}
      {typ === "UPPFOLJNING_STATUS" ? <KodCheckboxGroup name={`${p}.koder`} legend={t("villkor.uppfoljningStatus")} groups={[{ options: uppfoljningStatus.options(locale) }]} /> : null}
      {typ === "FORSORJNING_AVSLUT" ? (
        <KodCheckboxGroup
          name={`${p}.koder`}
          legend={t("villkor.forsorjning")}
          groups={[
            { legend: t("villkor.forsorjningGrupper"), options: forsorjningGrupp.options(locale) },
            { legend: t("villkor.forsorjningKallor"), options: forsorjning.options(locale) },
          ]}
        />
      ) : null}
      {typ === "MATVARIABEL_OKAD" || typ === "MATVARIABEL_VARDE" ? (
        <MatvariabelVillkorFields p={p} okad={typ === "MATVARIABEL_OKAD"} matvariabler={matvariabler} locale={locale} />
      ) : null}
      {typ === "HAR_PLAN" ? <p className="text-sm text-muted">{t("villkor.harPlanNote")}</p> : null}
      {typ === "KON" ? (
        <ChoiceFieldset id={fieldId(`${p}.kon`)} legend={t("villkor.kon")} error={errorAt(`${p}.kon`)}>
          {(["K", "M"] as const).map((k) => (
            <label key={k} className="flex items-center gap-2 text-sm">
              <input type="radio" value={k} className="h-4 w-4" {...register(`${p}.kon`)} />
              {t(`villkor.kon${k}`)}
            </label>
          ))}
        </ChoiceFieldset>
      ) : null}
      {errorAt(p) ? (
        <p className="text-sm text-bad" role="alert">
          {errorAt(p)}
        </p>
      ) : null}
    </fieldset>
  );
}
