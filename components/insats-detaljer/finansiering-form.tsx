"use client";
import { useForm, useWatch } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import type { CreateFinansieringFormValues, CreateFinansieringInput } from "@/lib/validation/insats-delar";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { finansieringKalla, type Locale } from "@/lib/domain/kodlistor";
import { createFinansieringAction } from "@/lib/actions/insats/ekonomi";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { AddRowButton, ArField, BeloppField, KodSelectField, useAfterRowAdded } from "./ekonomi-fields";
import { kronor, numberOrUndefined } from "./numbers";

const resolver = lazyZodResolver(() => import("@/lib/validation/insats-delar").then((m) => m.createFinansieringSchema));

export function FinansieringForm({ slug, insatsId, defaultAr, medlemmar }: { slug: string; insatsId: string; defaultAr: number; medlemmar: { id: string; namn: string }[] }) {
  const t = useTranslations("insatsDetaljer");
  const locale = useLocale() as Locale;
  const { register, handleSubmit, setError, reset, setValue, control, formState } = useForm<CreateFinansieringFormValues, unknown, CreateFinansieringInput>({
    resolver,
    defaultValues: { ar: defaultAr, medlemId: "" },
  });
  const errors = formState.errors;
  const kalla = useWatch({ control, name: "kalla" });
  const afterAdded = useAfterRowAdded(() => reset(), (ar) => setValue("ar", ar));
  const onSubmit = handleSubmit(async (values) => {
    const result = await createFinansieringAction(slug, insatsId, values);
    if (!result.ok) return applyServerErrors(result, setError);
    afterAdded(values.ar);
  });
  return (
    <form onFocus={resolver.preload} onSubmit={onSubmit} noValidate aria-label={t("ekonomi.finansieringAdd")} className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <ArField id="fin-ar" error={errors.ar?.message} registration={register("ar", { setValueAs: numberOrUndefined })} />
        <KodSelectField id="fin-kalla" label={t("ekonomi.kalla")} error={errors.kalla?.message} registration={register("kalla")} options={finansieringKalla.options(locale)} />
        <Field id="fin-medlemId" label={t("ekonomi.medlem")} error={errors.medlemId?.message}>
          {(aria) => (
            <Select {...aria} disabled={kalla !== "MEDLEM"} {...register("medlemId")}>
              <option value="">{t("choose")}</option>
              {medlemmar.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.namn}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <BeloppField id="fin-belopp" error={errors.belopp?.message} registration={register("belopp", { setValueAs: kronor })} />
      </div>
      <AddRowButton pending={formState.isSubmitting} label={t("ekonomi.finansieringAdd")} />
    </form>
  );
}
