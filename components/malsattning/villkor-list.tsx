"use client";
import { useFieldArray, useFormContext } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/domain/kodlistor";
import { Button } from "@/components/ui/button";
import { defaultVillkor, fieldId, type MalFormValues } from "./mal-form-values";
import type { MatvariabelOption } from "./matvariabel-villkor-fields";
import { useFieldError } from "./use-field-error";
import { VillkorFields } from "./villkor-fields";

/** The conditions a participant must all meet to be counted. */
export function VillkorList({ typ, matvariabler, locale }: { typ: "ANDEL" | "ANTAL"; matvariabler: MatvariabelOption[]; locale: Locale }) {
  const t = useTranslations("malForm.villkor");
  const { control } = useFormContext<MalFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "definition.villkor" });
  const error = useFieldError("definition.villkor");
  const id = fieldId("definition.villkor");
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3">
      <div>
        <h3 id={`${id}-heading`} className="text-base font-semibold">
          {t("heading")}
        </h3>
        <p id={`${id}-hint`} className="text-sm text-muted">
          {typ === "ANDEL" ? t("hintAndel") : t("hintAntal")}
        </p>
      </div>
      {fields.map((f, i) => (
        <VillkorFields key={f.id} index={i} matvariabler={matvariabler} locale={locale} onRemove={() => remove(i)} />
      ))}
      {error ? (
        <p id={id} tabIndex={-1} className="text-sm text-bad" role="alert">
          {error}
        </p>
      ) : null}
      <div>
        <Button type="button" variant="outline" onClick={() => append(defaultVillkor("AVSLUTSORSAK"))}>
          {t("add")}
        </Button>
      </div>
    </section>
  );
}
