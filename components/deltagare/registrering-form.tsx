"use client";
import { useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { RegistreraInskrivningFormValues, RegistreraInskrivningInput } from "@/lib/validation/inskrivning-registrering";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { registerInskrivningAction } from "@/lib/actions/deltagare/register-inskrivning";
import type { RegistreringResultat } from "@/lib/server/deltagare/register-inskrivning";
import type { RegistreringFormData } from "@/lib/server/deltagare/get-registrering-form-data";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { SusStartFields } from "./sus-start-fields";
import { RegistreringKvitto } from "./registrering-kvitto";

const resolver = lazyZodResolver(() => import("@/lib/validation/inskrivning-registrering").then((m) => m.registreraInskrivningSchema));

const numberOrUndefined = (v: unknown) => (v === "" || v == null ? undefined : Number(v));

/** Registration of one deltagare and inskrivning, shaped by the insats's mätningsmetod (DESIGN.md §5). */
export function RegistreringForm({ slug, data, locale }: { slug: string; data: RegistreringFormData; locale: "sv" | "en" }) {
  const t = useTranslations("registrering");
  const [kvitto, setKvitto] = useState<RegistreringResultat | null>(null);
  const personuppgifter = data.insats.matningsmetod === "PERSONUPPGIFTER";
  const defaultStart = data.insats.slutdatum && data.today > data.insats.slutdatum ? data.insats.slutdatum : data.today;
  const defaults: RegistreraInskrivningFormValues = {
    startdatum: defaultStart,
    skyddadIdentitet: false,
    aktuellHos: [],
    forsorjningStart: [],
    sysselsattningStart: [],
    folkbokforingskommun: "",
    spar: "",
    ...(personuppgifter ? { samtycke: { datum: defaultStart, omfattning: t("samtycke.defaultOmfattning") } } : {}),
  };
  // Fields that are not shown (identity when skyddad, kön when read from the personnummer) are not sent.
  const form = useForm<RegistreraInskrivningFormValues, unknown, RegistreraInskrivningInput>({
    resolver,
    defaultValues: defaults,
    shouldUnregister: true,
  });
  const { register, handleSubmit, control, setError, formState, reset } = form;
  const errors = formState.errors;
  const skyddad = useWatch({ control, name: "skyddadIdentitet" });
  const medIdentitet = personuppgifter && !skyddad;

  const onSubmit = handleSubmit(async (values) => {
    const result = await registerInskrivningAction(slug, data.insats.id, values);
    if (!result.ok) return applyServerErrors(result, setError);
    setKvitto(result.data);
  });

  if (kvitto) {
    return (
      <RegistreringKvitto
        slug={slug}
        insatsId={data.insats.id}
        insatsNamn={data.insats.namn}
        kvitto={kvitto}
        onNext={() => {
          setKvitto(null);
          reset(defaults);
        }}
      />
    );
  }

  return (
    <FormProvider {...form}>
      <form onFocus={resolver.preload} method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-8">
        {personuppgifter ? (
          <fieldset className="grid gap-4 md:grid-cols-2">
            <legend className="mb-2 text-lg font-semibold">{t("identitet.legend")}</legend>
            <div className="flex items-start gap-2 md:col-span-2">
              <input id="skyddadIdentitet" type="checkbox" className="mt-0.5 h-4 w-4" aria-describedby="skyddadIdentitet-hint" {...register("skyddadIdentitet")} />
              <div>
                <label htmlFor="skyddadIdentitet" className="text-sm font-medium">
                  {t("identitet.skyddad")}
                </label>
                <p id="skyddadIdentitet-hint" className="text-xs text-muted">
                  {t("identitet.skyddadHint")}
                </p>
                {errors.skyddadIdentitet?.message ? (
                  <p className="text-sm text-bad" role="alert">
                    {errors.skyddadIdentitet.message}
                  </p>
                ) : null}
              </div>
            </div>
            {medIdentitet ? (
              <>
                <Field id="identitet.personnummer" label={t("identitet.personnummer")} hint={t("identitet.personnummerHint")} error={errors.identitet?.personnummer?.message}>
                  {(aria) => <Input {...aria} autoComplete="off" inputMode="numeric" {...register("identitet.personnummer")} />}
                </Field>
                <p className="self-end pb-2 text-sm text-muted">{t("identitet.konFranPersonnummer")}</p>
                <Field id="identitet.fornamn" label={t("identitet.fornamn")} error={errors.identitet?.fornamn?.message}>
                  {(aria) => <Input {...aria} autoComplete="off" {...register("identitet.fornamn")} />}
                </Field>
                <Field id="identitet.efternamn" label={t("identitet.efternamn")} error={errors.identitet?.efternamn?.message}>
                  {(aria) => <Input {...aria} autoComplete="off" {...register("identitet.efternamn")} />}
                </Field>
                <Field id="identitet.telefon" label={t("identitet.telefon")} error={errors.identitet?.telefon?.message}>
                  {(aria) => <Input type="tel" {...aria} autoComplete="off" {...register("identitet.telefon")} />}
                </Field>
                <Field id="identitet.epost" label={t("identitet.epost")} error={errors.identitet?.epost?.message}>
                  {(aria) => <Input type="email" {...aria} autoComplete="off" {...register("identitet.epost")} />}
                </Field>
              </>
            ) : null}
          </fieldset>
        ) : (
          <p className="rounded-md border border-gray-200 bg-gray-50 p-3 text-sm">{t("anonymNote")}</p>
        )}

        {medIdentitet ? (
          <fieldset className="grid gap-4 md:grid-cols-2">
            <legend className="mb-2 text-lg font-semibold">{t("samtycke.legend")}</legend>
            <p className="text-sm text-muted md:col-span-2">{t("samtycke.intro")}</p>
            <Field id="samtycke.datum" label={t("samtycke.datum")} error={errors.samtycke?.datum?.message}>
              {(aria) => <Input type="date" {...aria} {...register("samtycke.datum")} />}
            </Field>
            <p className="self-end pb-2 text-sm text-muted">{t("samtycke.registreradAv")}</p>
            <div className="md:col-span-2">
              <Field id="samtycke.omfattning" label={t("samtycke.omfattning")} error={errors.samtycke?.omfattning?.message}>
                {(aria) => <Textarea {...aria} rows={2} {...register("samtycke.omfattning")} />}
              </Field>
            </div>
          </fieldset>
        ) : (
          <fieldset className="grid gap-4 md:grid-cols-2">
            <legend className="mb-2 text-lg font-semibold">{t("person.legend")}</legend>
            <Field id="kon" label={t("person.kon")} error={errors.kon?.message}>
              {(aria) => (
                <Select {...aria} {...register("kon")}>
                  <option value="">{t("choose")}</option>
                  <option value="K">{t("person.konK")}</option>
                  <option value="M">{t("person.konM")}</option>
                </Select>
              )}
            </Field>
            <Field id="fodelsear" label={t("person.fodelsear")} error={errors.fodelsear?.message}>
              {(aria) => <Input type="number" inputMode="numeric" min={1900} {...aria} {...register("fodelsear", { setValueAs: numberOrUndefined })} />}
            </Field>
          </fieldset>
        )}

        <SusStartFields data={data} locale={locale} />

        <div className="flex gap-3">
          <Button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t("saving") : t("save")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
