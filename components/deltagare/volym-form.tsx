"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import type { VolymRegistreringFormValues, VolymRegistreringInput } from "@/lib/validation/inskrivning-registrering";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { registerVolymAction } from "@/lib/actions/deltagare/register-volym";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";

const resolver = lazyZodResolver(() => import("@/lib/validation/inskrivning-registrering").then((m) => m.volymRegistreringSchema));

const toNumber = (v: unknown) => (v === "" || v == null ? undefined : Number(v));

/** VOLYM: counts of women and men for one period, no individual rows. */
export function VolymForm({ slug, insatsId, period }: { slug: string; insatsId: string; period: { startdatum: string; slutdatum: string | null } }) {
  const t = useTranslations("registrering.volym");
  const router = useRouter();
  const form = useForm<VolymRegistreringFormValues, unknown, VolymRegistreringInput>({
    resolver,
    defaultValues: { kommentar: "" },
  });
  const { register, handleSubmit, setError, formState } = form;
  const errors = formState.errors;
  const onSubmit = handleSubmit(async (values) => {
    const result = await registerVolymAction(slug, insatsId, values);
    if (!result.ok) return applyServerErrors(result, setError);
    toast.success(t("saved"));
    router.push(`/f/${slug}/insatser/${insatsId}/deltagare`);
    router.refresh();
  });
  return (
    <form onFocus={resolver.preload} onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <p className="rounded-md border border-gray-200 bg-gray-50 p-3 text-sm">{t("intro")}</p>
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("legend")}</legend>
        <Field id="periodStart" label={t("periodStart")} error={errors.periodStart?.message}>
          {(aria) => <Input type="date" min={period.startdatum} max={period.slutdatum ?? undefined} {...aria} {...register("periodStart")} />}
        </Field>
        <Field id="periodSlut" label={t("periodSlut")} error={errors.periodSlut?.message}>
          {(aria) => <Input type="date" min={period.startdatum} max={period.slutdatum ?? undefined} {...aria} {...register("periodSlut")} />}
        </Field>
        <Field id="kvinnor" label={t("kvinnor")} error={errors.kvinnor?.message}>
          {(aria) => <Input type="number" inputMode="numeric" min={0} {...aria} {...register("kvinnor", { setValueAs: toNumber })} />}
        </Field>
        <Field id="man" label={t("man")} error={errors.man?.message}>
          {(aria) => <Input type="number" inputMode="numeric" min={0} {...aria} {...register("man", { setValueAs: toNumber })} />}
        </Field>
        <div className="md:col-span-2">
          <Field id="kommentar" label={t("kommentar")} error={errors.kommentar?.message}>
            {(aria) => <Textarea {...aria} rows={2} {...register("kommentar")} />}
          </Field>
        </div>
      </fieldset>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
