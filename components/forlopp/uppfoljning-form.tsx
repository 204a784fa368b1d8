"use client";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import type { RecordUppfoljningInput } from "@/lib/validation/inskrivning-handelser";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { recordUppfoljningAction } from "@/lib/actions/inskrivning/record-uppfoljning";
import { forsorjning, sysselsattning, uppfoljningStatus, type Locale } from "@/lib/domain/kodlistor";
import { ChoiceFieldset } from "@/components/malsattning/choice-fieldset";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { FormAlert } from "./form-alert";
import { KodCheckboxar } from "./kod-checkboxar";
import { useHandelseSubmit } from "./use-handelse-submit";

const resolver = lazyZodResolver(() => import("@/lib/validation/inskrivning-handelser").then((m) => m.recordUppfoljningSchema));

type Values = { version: number; datum: string; status: string; forsorjning: string[]; sysselsattning: string[]; kommentar: string };

/** The status found 90 days after avslut; "ej nådd" is a status of its own and needs no försörjning. */
export function UppfoljningForm(props: {
  slug: string;
  insatsId: string;
  inskrivningId: string;
  version: number;
  avslutsdatum: string;
  today: string;
  current: { datum: string; status: string; forsorjning: string[]; sysselsattning: string[]; kommentar: string } | null;
}) {
  const { slug, insatsId, inskrivningId, version, avslutsdatum, today, current } = props;
  const t = useTranslations("forlopp.uppfoljning");
  const locale = useLocale() as Locale;
  const form = useForm<Values, unknown, RecordUppfoljningInput>({
    resolver: resolver as never,
    defaultValues: { version, datum: current?.datum ?? today, status: current?.status ?? "", forsorjning: current?.forsorjning ?? [], sysselsattning: current?.sysselsattning ?? [], kommentar: current?.kommentar ?? "" },
  });
  const { register, handleSubmit, setError, control, setValue, formState } = form;
  const { submit, formError } = useHandelseSubmit(setError, t("saved"));
  const ejNadd = useWatch({ control, name: "status" }) === "EJ_NADD";
  const statusField = register("status", {
    onChange: (e: { target: { value: string } }) => {
      // Nothing is known about income when the person was not reached.
      if (e.target.value === "EJ_NADD") {
        setValue("forsorjning", []);
        setValue("sysselsattning", []);
      }
    },
  });
  const onSubmit = handleSubmit((values) => submit(() => recordUppfoljningAction(slug, insatsId, inskrivningId, { ...values, version })));

  return (
    <FormProvider {...form}>
      <form onFocus={resolver.preload} onSubmit={onSubmit} noValidate aria-labelledby="uppfoljning-form-rubrik" className="flex flex-col gap-4">
        <h3 id="uppfoljning-form-rubrik" className="text-base font-semibold">
          {current ? t("editHeading") : t("formHeading")}
        </h3>
        <FormAlert message={formError} />
        <Field id="uppfoljning-datum" label={t("datum")} error={formState.errors.datum?.message}>
          {(aria) => <Input type="date" min={avslutsdatum} max={today} className="max-w-48" {...aria} {...register("datum")} />}
        </Field>
        <ChoiceFieldset id="status" legend={t("status")} hint={t("statusHint")} error={formState.errors.status?.message} className="flex flex-col gap-1.5">
          <div className="grid gap-x-4 gap-y-1.5 sm:grid-cols-2">
            {uppfoljningStatus.options(locale).map((o) => (
              <label key={o.value} className="flex items-center gap-2 text-sm">
                <input type="radio" value={o.value} className="h-4 w-4" {...statusField} />
                {o.label}
              </label>
            ))}
          </div>
        </ChoiceFieldset>
        {ejNadd ? (
          <p className="text-sm text-muted">{t("ejNaddHint")}</p>
        ) : (
          <>
            <KodCheckboxar name="forsorjning" legend={t("forsorjning")} hint={t("flera")} options={forsorjning.options(locale)} />
            <KodCheckboxar name="sysselsattning" legend={t("sysselsattning")} hint={t("flera")} options={sysselsattning.options(locale)} />
          </>
        )}
        <Field id="uppfoljning-kommentar" label={t("kommentar")} error={formState.errors.kommentar?.message}>
          {(aria) => <Textarea {...aria} {...register("kommentar")} />}
        </Field>
        <div>
          <Button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t("saving") : t("save")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
