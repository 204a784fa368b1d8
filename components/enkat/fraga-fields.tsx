"use client";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { FRAGA_TYPER } from "@/lib/validation/konstanter";
import type { EnkatFormValues } from "@/lib/validation/enkat";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";

export type MatvariabelVal = { id: string; namn: string; typ: string; min: number | null; max: number | null };

type Props = { index: number; antal: number; matvariabler: MatvariabelVal[]; onMove: (from: number, to: number) => void; onRemove: () => void };

/** One question of the enkät form; the fields shown follow the answer type. */
export function FragaFields({ index, antal, matvariabler, onMove, onRemove }: Props) {
  const t = useTranslations("enkatForm");
  const { register, formState } = useFormContext<EnkatFormValues>();
  const typ = useWatch<EnkatFormValues>({ name: `fragor.${index}.typ` });
  const err = formState.errors.fragor?.[index];
  const p = `fraga-${index}`;
  const mvTyp = typ === "SKALA" ? "SKALA" : typ === "JA_NEJ" ? "JANEJ" : null;
  return (
    <fieldset className="flex flex-col gap-4 rounded-md border border-gray-200 p-4">
      <legend className="px-1 font-semibold">{t("fragaNummer", { n: index + 1 })}</legend>
      <Field id={`${p}-text`} label={t("fragaText")} error={err?.text?.message}>
        {(aria) => <Textarea rows={2} {...aria} {...register(`fragor.${index}.text`)} />}
      </Field>
      <Field id={`${p}-hjalptext`} label={t("hjalptext")} hint={t("hjalptextHint")} error={err?.hjalptext?.message}>
        {(aria) => <Input {...aria} {...register(`fragor.${index}.hjalptext`)} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${p}-typ`} label={t("typ")} error={err?.typ?.message}>
          {(aria) => (
            <Select {...aria} {...register(`fragor.${index}.typ`)}>
              {FRAGA_TYPER.map((ft) => (
                <option key={ft} value={ft}>
                  {t(`typer.${ft}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <label className="flex items-center gap-2 self-end pb-2 text-sm">
          <input type="checkbox" className="h-4 w-4" {...register(`fragor.${index}.obligatorisk`)} />
          {t("obligatorisk")}
        </label>
      </div>
      {typ === "SKALA" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id={`${p}-min`} label={t("skalaMin")} error={err?.skalaMin?.message}>
            {(aria) => <Input type="number" inputMode="numeric" {...aria} {...register(`fragor.${index}.skalaMin`, { valueAsNumber: true })} />}
          </Field>
          <Field id={`${p}-max`} label={t("skalaMax")} error={err?.skalaMax?.message}>
            {(aria) => <Input type="number" inputMode="numeric" {...aria} {...register(`fragor.${index}.skalaMax`, { valueAsNumber: true })} />}
          </Field>
          <Field id={`${p}-etikett-min`} label={t("etikettMin")} hint={t("etikettMinHint")} error={err?.etikettMin?.message}>
            {(aria) => <Input {...aria} {...register(`fragor.${index}.etikettMin`)} />}
          </Field>
          <Field id={`${p}-etikett-max`} label={t("etikettMax")} hint={t("etikettMaxHint")} error={err?.etikettMax?.message}>
            {(aria) => <Input {...aria} {...register(`fragor.${index}.etikettMax`)} />}
          </Field>
        </div>
      ) : null}
      {typ === "ETT_AV_FLERA" ? (
        <Field id={`${p}-alternativ`} label={t("alternativ")} hint={t("alternativHint")} error={err?.alternativ?.message}>
          {(aria) => <Textarea rows={4} {...aria} {...register(`fragor.${index}.alternativ`)} />}
        </Field>
      ) : null}
      {mvTyp ? (
        <Field id={`${p}-matvariabel`} label={t("matvariabel")} hint={t("matvariabelHint")} error={err?.matvariabelId?.message}>
          {(aria) => (
            <Select {...aria} {...register(`fragor.${index}.matvariabelId`)}>
              <option value="">{t("ingenMatvariabel")}</option>
              {matvariabler
                .filter((m) => m.typ === mvTyp)
                .map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.min != null && m.max != null ? `${m.namn} (${m.min}–${m.max})` : m.namn}
                  </option>
                ))}
            </Select>
          )}
        </Field>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="outline" size="sm" disabled={index === 0} onClick={() => onMove(index, index - 1)}>
          <ArrowUp aria-hidden className="h-4 w-4" /> {t("flyttaUpp")}
          <span className="sr-only">{t("fragaNummer", { n: index + 1 })}</span>
        </Button>
        <Button type="button" variant="outline" size="sm" disabled={index === antal - 1} onClick={() => onMove(index, index + 1)}>
          <ArrowDown aria-hidden className="h-4 w-4" /> {t("flyttaNer")}
          <span className="sr-only">{t("fragaNummer", { n: index + 1 })}</span>
        </Button>
        <Button type="button" variant="outline" size="sm" disabled={antal === 1} onClick={onRemove}>
          <Trash2 aria-hidden className="h-4 w-4" /> {t("taBort")}
          <span className="sr-only">{t("fragaNummer", { n: index + 1 })}</span>
        </Button>
      </div>
    </fieldset>
  );
}
