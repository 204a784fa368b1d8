"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { toast } from "sonner";
import { createUtfallSchema, type CreateUtfallFormValues, type CreateUtfallInput } from "@/lib/validation/insats-delar";
import { budgetKategori, type Locale } from "@/lib/domain/kodlistor";
import { createUtfallAction } from "@/lib/actions/insats/ekonomi";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { kronor, numberOrNull, numberOrUndefined } from "./numbers";

const MANADER = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

export function UtfallForm({ slug, insatsId, defaultAr }: { slug: string; insatsId: string; defaultAr: number }) {
  const t = useTranslations("insatsDetaljer");
  const locale = useLocale() as Locale;
  const format = useFormatter();
  const router = useRouter();
  const { register, handleSubmit, setError, reset, setValue, formState } = useForm<CreateUtfallFormValues, unknown, CreateUtfallInput>({
    resolver: zodResolver(createUtfallSchema),
    defaultValues: { ar: defaultAr, beskrivning: "" },
  });
  const errors = formState.errors;
  const onSubmit = handleSubmit(async (values) => {
    const result = await createUtfallAction(slug, insatsId, values);
    if (!result.ok) return applyServerErrors(result, setError);
    toast.success(t("added"));
    reset();
    setValue("ar", values.ar);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("ekonomi.utfallAdd")} className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <Field id="utfall-ar" label={t("ekonomi.ar")} error={errors.ar?.message}>
          {(aria) => <Input type="number" inputMode="numeric" {...aria} {...register("ar", { setValueAs: numberOrUndefined })} />}
        </Field>
        <Field id="utfall-manad" label={t("ekonomi.manad")} error={errors.manad?.message}>
          {(aria) => (
            <Select {...aria} {...register("manad", { setValueAs: numberOrNull })}>
              <option value="">{t("ekonomi.helaAret")}</option>
              {MANADER.map((m) => (
                <option key={m} value={m}>
                  {format.dateTime(new Date(Date.UTC(2000, m - 1, 1)), { month: "long", timeZone: "UTC" })}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="utfall-kategori" label={t("ekonomi.kategori")} error={errors.kategori?.message}>
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
        <Field id="utfall-belopp" label={t("ekonomi.belopp")} error={errors.belopp?.message}>
          {(aria) => <Input inputMode="decimal" {...aria} {...register("belopp", { setValueAs: kronor })} />}
        </Field>
        <Field id="utfall-beskrivning" label={t("ekonomi.beskrivning")} error={errors.beskrivning?.message}>
          {(aria) => <Input {...aria} {...register("beskrivning")} />}
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("adding") : t("ekonomi.utfallAdd")}
        </Button>
      </div>
    </form>
  );
}
