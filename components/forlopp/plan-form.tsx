"use client";
import { useFieldArray, useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Plus, Trash2 } from "lucide-react";
import type { SavePlanInput } from "@/lib/validation/inskrivning-handelser";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { savePlanAction } from "@/lib/actions/inskrivning/save-plan";
import { errorAt } from "@/components/malsattning/use-field-error";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { FormAlert } from "./form-alert";
import { useHandelseSubmit } from "./use-handelse-submit";

const resolver = lazyZodResolver(() => import("@/lib/validation/inskrivning-handelser").then((m) => m.savePlanSchema));

const STATUSAR = ["EJ_PABORJAT", "PAGAR", "UPPNATT", "AVBRUTET"] as const;
type Mal = { id: string; beskrivning: string; maldatum: string; status: (typeof STATUSAR)[number] };
type Values = { version: number; upprattadDatum: string; mal: Mal[] };

/** The genomförandeplan: its date and goals, each with a target date and a status updated over time. */
export function PlanForm(props: {
  slug: string;
  insatsId: string;
  inskrivningId: string;
  version: number;
  startdatum: string;
  avslutsdatum: string | null;
  today: string;
  current: { upprattadDatum: string; mal: { id: string; beskrivning: string; maldatum: string | null; status: Mal["status"] }[] } | null;
}) {
  const { slug, insatsId, inskrivningId, version, startdatum, avslutsdatum, today, current } = props;
  const senast = avslutsdatum && avslutsdatum < today ? avslutsdatum : today;
  const t = useTranslations("forlopp.plan");
  const tomt: Mal = { id: "", beskrivning: "", maldatum: "", status: "EJ_PABORJAT" };
  const form = useForm<Values, unknown, SavePlanInput>({
    resolver: resolver as never,
    defaultValues: {
      version,
      upprattadDatum: current?.upprattadDatum ?? (startdatum <= senast ? senast : startdatum),
      mal: current?.mal.map((m) => ({ ...m, maldatum: m.maldatum ?? "" })) ?? [tomt],
    },
  });
  const { register, handleSubmit, setError, control, formState } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "mal" });
  const { submit, formError } = useHandelseSubmit(setError, t("saved"));
  const onSubmit = handleSubmit((values) => submit(() => savePlanAction(slug, insatsId, inskrivningId, { ...values, version })));
  const err = (path: string) => errorAt(formState.errors, path);

  return (
    <form onFocus={resolver.preload} onSubmit={onSubmit} noValidate aria-labelledby="plan-form-rubrik" className="flex flex-col gap-4">
      <h3 id="plan-form-rubrik" className="text-base font-semibold">
        {current ? t("editHeading") : t("formHeading")}
      </h3>
      <FormAlert message={formError} />
      <Field id="upprattadDatum" label={t("upprattad")} error={err("upprattadDatum")}>
        {(aria) => <Input type="date" min={startdatum} max={senast} className="max-w-48" {...aria} {...register("upprattadDatum")} />}
      </Field>
      <ol className="flex flex-col gap-3">
        {fields.map((f, i) => (
          <li key={f.id}>
            <fieldset className="grid gap-3 rounded-md border border-gray-200 p-3 sm:grid-cols-[1fr_10rem_10rem_auto] sm:items-end">
              <legend className="px-1 text-sm font-semibold">{t("malNr", { nr: i + 1 })}</legend>
              <input type="hidden" {...register(`mal.${i}.id`)} />
              <Field id={`mal-${i}-beskrivning`} label={t("beskrivning")} error={err(`mal.${i}.beskrivning`)}>
                {(aria) => <Input {...aria} {...register(`mal.${i}.beskrivning`)} />}
              </Field>
              <Field id={`mal-${i}-maldatum`} label={t("maldatum")} error={err(`mal.${i}.maldatum`)}>
                {(aria) => <Input type="date" {...aria} {...register(`mal.${i}.maldatum`)} />}
              </Field>
              <Field id={`mal-${i}-status`} label={t("status")} error={err(`mal.${i}.status`)}>
                {(aria) => (
                  <Select {...aria} {...register(`mal.${i}.status`)}>
                    {STATUSAR.map((s) => (
                      <option key={s} value={s}>
                        {t(`statusar.${s}`)}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
              <Button type="button" variant="ghost" size="sm" onClick={() => remove(i)} disabled={fields.length === 1}>
                <Trash2 aria-hidden className="h-4 w-4" />
                {t("remove", { nr: i + 1 })}
              </Button>
            </fieldset>
          </li>
        ))}
      </ol>
      {err("mal") ? (
        <p className="text-sm text-bad" role="alert">
          {err("mal")}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant="outline" onClick={() => append(tomt)}>
          <Plus aria-hidden className="h-4 w-4" />
          {t("add")}
        </Button>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
