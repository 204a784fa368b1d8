"use client";
import { Controller, useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { tidpunkt, type Locale } from "@/lib/domain/kodlistor";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ChoiceFieldset } from "./choice-fieldset";
import { fieldId, tal } from "./mal-form-values";
import { useFieldErrors } from "./use-field-error";

export type MatvariabelOption = { kod: string; namn: string; typ: "SKALA" | "JANEJ"; min: number | null; max: number | null };

const TIDPUNKTER = ["START", "AVSLUT", "UPPFOLJNING_90"] as const;

/**
 * MATVARIABEL_OKAD: a variable and two time points. MATVARIABEL_VARDE: a variable,
 * a time point and, by the variable's type, a ja/nej answer (koder [1] or [0]) or a
 * minimum scale value.
 */
export function MatvariabelVillkorFields({ p, okad, matvariabler, locale }: { p: string; okad: boolean; matvariabler: MatvariabelOption[]; locale: Locale }) {
  const t = useTranslations("malForm.villkor");
  const { register } = useFormContext();
  const errorAt = useFieldErrors();
  const variabel = useWatch({ name: `${p}.variabel` }) as string | undefined;
  const mv = matvariabler.find((m) => m.kod === variabel);

  const tidpunktSelect = (name: "fran" | "till" | "tidpunkt") => (
    <Field id={fieldId(`${p}.${name}`)} label={t(name)} error={errorAt(`${p}.${name}`)}>
      {(aria) => (
        <Select {...aria} {...register(`${p}.${name}`)}>
          {TIDPUNKTER.map((k) => (
            <option key={k} value={k}>
              {tidpunkt.label(k, locale)}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );

  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <Field id={fieldId(`${p}.variabel`)} label={t("variabel")} error={errorAt(`${p}.variabel`)} hint={matvariabler.length === 0 ? t("noMatvariabler") : undefined}>
        {(aria) => (
          <Select {...aria} {...register(`${p}.variabel`)}>
            <option value="">{t("chooseVariabel")}</option>
            {matvariabler.map((m) => (
              <option key={m.kod} value={m.kod}>
                {m.namn.toLowerCase().includes(m.kod.toLowerCase()) ? m.namn : `${m.namn} (${m.kod})`}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {okad ? (
        <>
          {tidpunktSelect("fran")}
          {tidpunktSelect("till")}
        </>
      ) : (
        <>
          {tidpunktSelect("tidpunkt")}
          {mv?.typ === "JANEJ" ? (
            <Controller
              name={`${p}.koder`}
              render={({ field }) => (
                <ChoiceFieldset id={fieldId(`${p}.koder`)} legend={t("svar")} error={errorAt(`${p}.koder`)}>
                  {([1, 0] as const).map((v, i) => (
                    <label key={v} className="flex items-center gap-2 text-sm">
                      <input
                        type="radio"
                        name={field.name}
                        ref={i === 0 ? field.ref : undefined}
                        className="h-4 w-4"
                        checked={Array.isArray(field.value) && field.value[0] === v}
                        onChange={() => field.onChange([v])}
                        onBlur={field.onBlur}
                      />
                      {v === 1 ? t("ja") : t("nej")}
                    </label>
                  ))}
                </ChoiceFieldset>
              )}
            />
          ) : (
            <Field
              id={fieldId(`${p}.minVarde`)}
              label={t("minVarde")}
              error={errorAt(`${p}.minVarde`) ?? errorAt(`${p}.koder`)}
              hint={mv && mv.min !== null && mv.max !== null ? t("skala", { min: mv.min, max: mv.max }) : undefined}
            >
              {(aria) => <Input type="text" inputMode="decimal" {...aria} {...register(`${p}.minVarde`, { setValueAs: tal })} />}
            </Field>
          )}
        </>
      )}
    </div>
  );
}
