"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { toast } from "sonner";
import { createBudgetPostSchema, type CreateBudgetPostFormValues, type CreateBudgetPostInput } from "@/lib/validation/insats-delar";
import { budgetKategori, type Locale } from "@/lib/domain/kodlistor";
import { createBudgetPostAction } from "@/lib/actions/insats/ekonomi";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { kronor, numberOrUndefined } from "./numbers";

export function BudgetForm({ slug, insatsId, defaultAr }: { slug: string; insatsId: string; defaultAr: number }) {
  const t = useTranslations("insatsDetaljer");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const { register, handleSubmit, setError, reset, setValue, formState } = useForm<CreateBudgetPostFormValues, unknown, CreateBudgetPostInput>({
    resolver: zodResolver(createBudgetPostSchema),
    defaultValues: { ar: defaultAr, beskrivning: "" },
  });
  const errors = formState.errors;
  const onSubmit = handleSubmit(async (values) => {
    const result = await createBudgetPostAction(slug, insatsId, values);
    if (!result.ok) return applyServerErrors(result, setError);
    toast.success(t("added"));
    reset();
    setValue("ar", values.ar);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("ekonomi.budgetAdd")} className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="budget-ar" label={t("ekonomi.ar")} error={errors.ar?.message}>
          {(aria) => <Input type="number" inputMode="numeric" {...aria} {...register("ar", { setValueAs: numberOrUndefined })} />}
        </Field>
        <Field id="budget-kategori" label={t("ekonomi.kategori")} error={errors.kategori?.message}>
          {(aria) => (
            <Select {...aria} {...register("kategori")}>
              <option value="">{t("choose")}</option>
              {budgetKategori.options(locale).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="budget-belopp" label={t("ekonomi.belopp")} error={errors.belopp?.message}>
          {(aria) => <Input inputMode="decimal" {...aria} {...register("belopp", { setValueAs: kronor })} />}
        </Field>
        <Field id="budget-beskrivning" label={t("ekonomi.beskrivning")} error={errors.beskrivning?.message}>
          {(aria) => <Input {...aria} {...register("beskrivning")} />}
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("adding") : t("ekonomi.budgetAdd")}
        </Button>
      </div>
    </form>
  );
}
