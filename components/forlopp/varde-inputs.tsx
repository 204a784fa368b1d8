"use client";
import { useFormContext } from "react-hook-form";
import { useTranslations } from "next-intl";
import { ChoiceFieldset } from "@/components/malsattning/choice-fieldset";
import { errorAt } from "@/components/malsattning/use-field-error";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

export type MatvariabelVy = { kod: string; namn: string; beskrivning: string; typ: "SKALA" | "JANEJ"; min: number | null; max: number | null };

/** One input per Matvariabel under `varden.<kod>`: a number within the scale, or ja/nej/not answered. */
export function VardeInputs({ matvariabler, idPrefix }: { matvariabler: MatvariabelVy[]; idPrefix: string }) {
  const t = useTranslations("forlopp.varden");
  const { register, formState } = useFormContext();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {matvariabler.map((mv) => {
        const name = `varden.${mv.kod}`;
        const error = errorAt(formState.errors, name);
        const id = `${idPrefix}-${mv.kod}`;
        if (mv.typ === "JANEJ") {
          return (
            <ChoiceFieldset key={mv.kod} id={id} legend={mv.namn} hint={mv.beskrivning || undefined} error={error} className="flex flex-col gap-1.5">
              <div className="flex flex-wrap gap-x-5 gap-y-1">
                {[
                  ["1", t("ja")],
                  ["0", t("nej")],
                  ["", t("ejBesvarad")],
                ].map(([value, label]) => (
                  <label key={value} className="flex items-center gap-2 text-sm">
                    <input type="radio" value={value} className="h-4 w-4" {...register(name)} />
                    {label}
                  </label>
                ))}
              </div>
            </ChoiceFieldset>
          );
        }
        return (
          <Field key={mv.kod} id={id} label={mv.namn} hint={t("skala", { min: mv.min ?? "–", max: mv.max ?? "–" })} error={error}>
            {(aria) => <Input type="number" inputMode="numeric" step={1} min={mv.min ?? undefined} max={mv.max ?? undefined} className="max-w-32" {...aria} {...register(name)} />}
          </Field>
        );
      })}
    </div>
  );
}

/** Stored values → the strings the inputs hold ("" = not recorded). */
export function vardenTillForm(matvariabler: MatvariabelVy[], varden: Record<string, number>): Record<string, string> {
  return Object.fromEntries(matvariabler.map((mv) => [mv.kod, varden[mv.kod] === undefined ? "" : String(varden[mv.kod])]));
}
