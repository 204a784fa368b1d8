"use client";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { toast } from "sonner";
import { createFinansieringSchema, type CreateFinansieringFormValues, type CreateFinansieringInput } from "@/lib/validation/insats-delar";
import { finansieringKalla, type Locale } from "@/lib/domain/kodlistor";
import { createFinansieringAction } from "@/lib/actions/insats/ekonomi";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { kronor, numberOrUndefined } from "./numbers";

export function FinansieringForm({ slug, insatsId, defaultAr, medlemmar }: { slug: string; insatsId: string; defaultAr: number; medlemmar: { id: string; namn: string }[] }) {
  const t = useTranslations("insatsDetaljer");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const { register, handleSubmit, setError, reset, setValue, control, formState } = useForm<CreateFinansieringFormValues, unknown, CreateFinansieringInput>({
    resolver: zodResolver(createFinansieringSchema),
    defaultValues: { ar: defaultAr, medlemId: "" },
  });
  const errors = formState.errors;
  const kalla = useWatch({ control, name: "kalla" });
  const onSubmit = handleSubmit(async (values) => {
    const result = await createFinansieringAction(slug, insatsId, values);
    if (!result.ok) return applyServerErrors(result, setError);
    toast.success(t("added"));
    reset();
    setValue("ar", values.ar);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("ekonomi.finansieringAdd")} className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="fin-ar" label={t("ekonomi.ar")} error={errors.ar?.message}>
          {(aria) => <Input type="number" inputMode="numeric" {...aria} {...register("ar", { setValueAs: numberOrUndefined })} />}
        </Field>
        <Field id="fin-kalla" label={t("ekonomi.kalla")} error={errors.kalla?.message}>
          {(aria) => (
            <Select {...aria} {...register("kalla")}>
              <option value="">{t("choose")}</option>
              {finansieringKalla.options(locale).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
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
        <Field id="fin-belopp" label={t("ekonomi.belopp")} error={errors.belopp?.message}>
          {(aria) => <Input inputMode="decimal" {...aria} {...register("belopp", { setValueAs: kronor })} />}
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("adding") : t("ekonomi.finansieringAdd")}
        </Button>
      </div>
    </form>
  );
}
