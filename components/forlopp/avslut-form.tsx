"use client";
import { FormProvider, useForm } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import type { AvslutaInskrivningInput } from "@/lib/validation/inskrivning-handelser";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { avslutaInskrivningAction } from "@/lib/actions/inskrivning/avsluta-inskrivning";
import { avslutsorsak, forsorjning, sysselsattning, type Locale } from "@/lib/domain/kodlistor";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { FormAlert } from "./form-alert";
import { KodCheckboxar } from "./kod-checkboxar";
import { useHandelseSubmit } from "./use-handelse-submit";
import { VardeInputs, vardenTillForm, type MatvariabelVy } from "./varde-inputs";

const resolver = lazyZodResolver(() => import("@/lib/validation/inskrivning-handelser").then((m) => m.avslutaInskrivningSchema));

type Values = { version: number; avslutsdatum: string; avslutsorsak: string; forsorjningAvslut: string[]; sysselsattningAvslut: string[]; varden: Record<string, string> };

/** Ends the participation, or corrects an avslut already recorded, with the avslut measurements. */
export function AvslutForm(props: {
  slug: string;
  insatsId: string;
  inskrivningId: string;
  version: number;
  startdatum: string;
  today: string;
  matvariabler: MatvariabelVy[];
  current: { avslutsdatum: string | null; avslutsorsak: string | null; forsorjningAvslut: string[]; sysselsattningAvslut: string[]; varden: Record<string, number> };
}) {
  const { slug, insatsId, inskrivningId, version, startdatum, today, matvariabler, current } = props;
  const t = useTranslations("forlopp.avslut");
  const locale = useLocale() as Locale;
  const form = useForm<Values, unknown, AvslutaInskrivningInput>({
    resolver: resolver as never,
    defaultValues: {
      version,
      avslutsdatum: current.avslutsdatum ?? today,
      avslutsorsak: current.avslutsorsak ?? "",
      forsorjningAvslut: current.forsorjningAvslut,
      sysselsattningAvslut: current.sysselsattningAvslut,
      varden: vardenTillForm(matvariabler, current.varden),
    },
  });
  const { register, handleSubmit, setError, formState } = form;
  const { submit, formError } = useHandelseSubmit(setError, t("saved"));
  const onSubmit = handleSubmit((values) => submit(() => avslutaInskrivningAction(slug, insatsId, inskrivningId, { ...values, version })));
  const andra = current.avslutsdatum !== null;

  return (
    <FormProvider {...form}>
      <form onFocus={resolver.preload} onSubmit={onSubmit} noValidate aria-labelledby="avslut-form-rubrik" className="flex flex-col gap-4">
        <h3 id="avslut-form-rubrik" className="text-base font-semibold">
          {andra ? t("editHeading") : t("formHeading")}
        </h3>
        <FormAlert message={formError} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="avslutsdatum" label={t("datum")} hint={t("datumHint", { start: startdatum })} error={formState.errors.avslutsdatum?.message}>
            {(aria) => <Input type="date" min={startdatum} max={today} className="max-w-48" {...aria} {...register("avslutsdatum")} />}
          </Field>
          <Field id="avslutsorsak" label={t("orsak")} error={formState.errors.avslutsorsak?.message}>
            {(aria) => (
              <Select {...aria} {...register("avslutsorsak")}>
                <option value="">{t("valjOrsak")}</option>
                {avslutsorsak.options(locale).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <KodCheckboxar name="forsorjningAvslut" legend={t("forsorjning")} hint={t("flera")} options={forsorjning.options(locale)} />
        <KodCheckboxar name="sysselsattningAvslut" legend={t("sysselsattning")} hint={t("flera")} options={sysselsattning.options(locale)} />
        <fieldset className="flex flex-col gap-3 rounded-md border border-gray-200 p-4">
          <legend className="px-1 text-sm font-semibold">{t("matningar")}</legend>
          <VardeInputs matvariabler={matvariabler} idPrefix="avslut" />
        </fieldset>
        <div>
          <Button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t("saving") : andra ? t("saveEdit") : t("save")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
