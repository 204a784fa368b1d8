"use client";
import { useForm } from "react-hook-form";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { CreateUtfallFormValues, CreateUtfallInput } from "@/lib/validation/insats-delar";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { budgetKategori, type Locale } from "@/lib/domain/kodlistor";
import { createUtfallAction } from "@/lib/actions/insats/ekonomi";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { AddRowButton, ArField, BeloppField, KodSelectField, useAfterRowAdded } from "./ekonomi-fields";
import { kronor, numberOrNull, numberOrUndefined } from "./numbers";

const resolver = lazyZodResolver(() => import("@/lib/validation/insats-delar").then((m) => m.createUtfallSchema));

const MANADER = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

export function UtfallForm({ slug, insatsId, defaultAr }: { slug: string; insatsId: string; defaultAr: number }) {
  const t = useTranslations("insatsDetaljer");
  const locale = useLocale() as Locale;
  const format = useFormatter();
  const { register, handleSubmit, setError, reset, setValue, formState } = useForm<CreateUtfallFormValues, unknown, CreateUtfallInput>({
    resolver,
    defaultValues: { ar: defaultAr, beskrivning: "" },
  });
  const errors = formState.errors;
  const afterAdded = useAfterRowAdded(() => reset(), (ar) => setValue("ar", ar));
  const onSubmit = handleSubmit(async (values) => {
    const result = await createUtfallAction(slug, insatsId, values);
    if (!result.ok) return applyServerErrors(result, setError);
    afterAdded(values.ar);
  });
  return (
    <form onFocus={resolver.preload} onSubmit={onSubmit} noValidate aria-label={t("ekonomi.utfallAdd")} className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <ArField id="utfall-ar" error={errors.ar?.message} registration={register("ar", { setValueAs: numberOrUndefined })} />
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
        <KodSelectField id="utfall-kategori" label={t("ekonomi.kategori")} error={errors.kategori?.message} registration={register("kategori")} options={budgetKategori.options(locale)} />
        <BeloppField id="utfall-belopp" error={errors.belopp?.message} registration={register("belopp", { setValueAs: kronor })} />
        <Field id="utfall-beskrivning" label={t("ekonomi.beskrivning")} error={errors.beskrivning?.message}>
          {(aria) => <Input {...aria} {...register("beskrivning")} />}
        </Field>
      </div>
      <AddRowButton pending={formState.isSubmitting} label={t("ekonomi.utfallAdd")} />
    </form>
  );
}
