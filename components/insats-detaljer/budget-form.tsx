"use client";
import { useForm } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import type { CreateBudgetPostFormValues, CreateBudgetPostInput } from "@/lib/validation/insats-delar";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { budgetKategori, type Locale } from "@/lib/domain/kodlistor";
import { createBudgetPostAction } from "@/lib/actions/insats/ekonomi";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { AddRowButton, ArField, BeloppField, KodSelectField, useAfterRowAdded } from "./ekonomi-fields";
import { kronor, numberOrUndefined } from "./numbers";

const resolver = lazyZodResolver(() => import("@/lib/validation/insats-delar").then((m) => m.createBudgetPostSchema));

export function BudgetForm({ slug, insatsId, defaultAr }: { slug: string; insatsId: string; defaultAr: number }) {
  const t = useTranslations("insatsDetaljer");
  const locale = useLocale() as Locale;
  const { register, handleSubmit, setError, reset, setValue, formState } = useForm<CreateBudgetPostFormValues, unknown, CreateBudgetPostInput>({
    resolver,
    defaultValues: { ar: defaultAr, beskrivning: "" },
  });
  const errors = formState.errors;
  const afterAdded = useAfterRowAdded(() => reset(), (ar) => setValue("ar", ar));
  const onSubmit = handleSubmit(async (values) => {
    const result = await createBudgetPostAction(slug, insatsId, values);
    if (!result.ok) return applyServerErrors(result, setError);
    afterAdded(values.ar);
  });
  return (
    <form onFocus={resolver.preload} onSubmit={onSubmit} noValidate aria-label={t("ekonomi.budgetAdd")} className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <ArField id="budget-ar" error={errors.ar?.message} registration={register("ar", { setValueAs: numberOrUndefined })} />
        <KodSelectField id="budget-kategori" label={t("ekonomi.kategori")} error={errors.kategori?.message} registration={register("kategori")} options={budgetKategori.options(locale)} />
        <BeloppField id="budget-belopp" error={errors.belopp?.message} registration={register("belopp", { setValueAs: kronor })} />
        <Field id="budget-beskrivning" label={t("ekonomi.beskrivning")} error={errors.beskrivning?.message}>
          {(aria) => <Input {...aria} {...register("beskrivning")} />}
        </Field>
      </div>
      <AddRowButton pending={formState.isSubmitting} label={t("ekonomi.budgetAdd")} />
    </form>
  );
}
