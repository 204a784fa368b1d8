"use client";
import { useEffect } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { RecordMatningarInput } from "@/lib/validation/inskrivning-handelser";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { recordMatningarAction } from "@/lib/actions/inskrivning/record-matningar";
import { ChoiceFieldset } from "@/components/malsattning/choice-fieldset";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormAlert } from "./form-alert";
import { useHandelseSubmit } from "./use-handelse-submit";
import { VardeInputs, vardenTillForm, type MatvariabelVy } from "./varde-inputs";

const resolver = lazyZodResolver(() => import("@/lib/validation/inskrivning-handelser").then((m) => m.recordMatningarSchema));

type Tidpunkt = RecordMatningarInput["tidpunkt"];
type Values = { version: number; tidpunkt: Tidpunkt; datum: string; kalla: "VAGLEDARE" | "SJALVRAPPORTERAD"; varden: Record<string, string> };
export type Registrerat = Partial<Record<Tidpunkt, { datum: string; varden: Record<string, number> }>>;

/** Records or corrects the values of one time point; choosing a time point shows what is already stored there. */
export function MatningForm(props: {
  slug: string;
  insatsId: string;
  inskrivningId: string;
  version: number;
  matvariabler: MatvariabelVy[];
  registrerat: Registrerat;
  startdatum: string;
  avslutsdatum: string | null;
  today: string;
}) {
  const { slug, insatsId, inskrivningId, version, matvariabler, registrerat, startdatum, avslutsdatum, today } = props;
  const t = useTranslations("forlopp.matning");
  const tidpunkter: Tidpunkt[] = avslutsdatum ? ["START", "AVSLUT", "UPPFOLJNING_90"] : ["START"];
  const defaults = (tp: Tidpunkt) => ({
    datum: registrerat[tp]?.datum ?? (tp === "START" ? (startdatum <= today ? startdatum : today) : tp === "AVSLUT" ? (avslutsdatum ?? today) : today),
    varden: vardenTillForm(matvariabler, registrerat[tp]?.varden ?? {}),
  });
  const form = useForm<Values, unknown, RecordMatningarInput>({
    resolver: resolver as never,
    defaultValues: { version, tidpunkt: "START", kalla: "VAGLEDARE", ...defaults("START") },
  });
  const { register, handleSubmit, setError, control, reset, getValues, formState } = form;
  const { submit, formError } = useHandelseSubmit(setError, t("saved"));
  const tidpunkt = useWatch({ control, name: "tidpunkt" });

  useEffect(() => {
    reset({ ...getValues(), tidpunkt, ...defaults(tidpunkt) });
    // Only a change of time point refills the values; typing must not be overwritten.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tidpunkt]);

  const onSubmit = handleSubmit((values) => submit(() => recordMatningarAction(slug, insatsId, inskrivningId, { ...values, version })));

  return (
    <FormProvider {...form}>
      <form onFocus={resolver.preload} onSubmit={onSubmit} noValidate aria-labelledby="matning-form-rubrik" className="flex flex-col gap-4">
        <h3 id="matning-form-rubrik" className="text-base font-semibold">
          {t("formHeading")}
        </h3>
        <FormAlert message={formError} />
        <ChoiceFieldset id="tidpunkt" legend={t("tidpunkt")} hint={avslutsdatum ? undefined : t("tidpunktHint")} error={formState.errors.tidpunkt?.message} className="flex flex-col gap-1.5">
          <div className="flex flex-wrap gap-x-6 gap-y-1">
            {tidpunkter.map((tp) => (
              <label key={tp} className="flex items-center gap-2 text-sm">
                <input type="radio" value={tp} className="h-4 w-4" {...register("tidpunkt")} />
                {t(`tidpunkter.${tp}`)}
              </label>
            ))}
          </div>
        </ChoiceFieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="matning-datum" label={t("datum")} error={formState.errors.datum?.message}>
            {(aria) => <Input type="date" max={today} className="max-w-48" {...aria} {...register("datum")} />}
          </Field>
          <ChoiceFieldset id="kalla" legend={t("kalla")} className="flex flex-col gap-1.5">
            <div className="flex flex-wrap gap-x-5 gap-y-1">
              {(["VAGLEDARE", "SJALVRAPPORTERAD"] as const).map((k) => (
                <label key={k} className="flex items-center gap-2 text-sm">
                  <input type="radio" value={k} className="h-4 w-4" {...register("kalla")} />
                  {t(`kallor.${k}`)}
                </label>
              ))}
            </div>
          </ChoiceFieldset>
        </div>
        <VardeInputs matvariabler={matvariabler} idPrefix="matning" />
        <p className="text-xs text-muted">{t("tomtHint")}</p>
        <div>
          <Button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t("saving") : t("save")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
