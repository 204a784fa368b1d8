"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import { rattaDeltagareAction } from "@/lib/actions/gdpr/ratta-deltagare";
import type { RattaDeltagareFormValues as FormValues, RattaDeltagareInput } from "@/lib/validation/gdpr";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import type { GdprStatus } from "@/lib/server/gdpr/get-gdpr-status";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

const resolver = lazyZodResolver(() => import("@/lib/validation/gdpr").then((m) => m.rattaDeltagareSchema));

const IDENTITY = ["personnummer", "fornamn", "efternamn", "telefon", "epost"] as const;

/**
 * Kön and födelseår prefilled; identity fields empty, and only those filled in
 * change — so correcting never shows a processledare an identity they have not revealed.
 */
export function RattaDeltagareForm({ slug, status, tillbaka }: { slug: string; status: GdprStatus; tillbaka: string }) {
  const t = useTranslations("gdpr.ratta");
  const tk = useTranslations("deltagare.konLabel");
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormValues, unknown, RattaDeltagareInput>({
    resolver,
    defaultValues: { version: status.version, kon: status.kon, fodelsear: status.fodelsear, identitet: { personnummer: "", fornamn: "", efternamn: "", telefon: "", epost: "" } },
  });

  const onSubmit = handleSubmit(async (values) => {
    const result = await rattaDeltagareAction(slug, status.deltagareId, status.harIdentitet ? values : { ...values, identitet: undefined });
    if (!result.ok) return applyServerErrors(result, setError);
    toast.success(result.data.andradeFalt.length ? t("sparad") : t("ingenAndring"));
    router.push(tillbaka);
    router.refresh();
  });

  const identitetErrors = errors.identitet as (Record<string, { message?: string }> & { message?: string }) | undefined;
  return (
    <form onFocus={resolver.preload} method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <input type="hidden" {...register("version", { valueAsNumber: true })} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-semibold">{t("bas")}</legend>
        <Field id="ratta-kon" label={t("kon")} error={errors.kon?.message}>
          {(aria) => (
            <Select {...aria} {...register("kon")}>
              <option value="K">{tk("K")}</option>
              <option value="M">{tk("M")}</option>
            </Select>
          )}
        </Field>
        <Field id="ratta-fodelsear" label={t("fodelsear")} error={errors.fodelsear?.message}>
          {(aria) => <Input type="number" inputMode="numeric" {...aria} {...register("fodelsear", { valueAsNumber: true })} />}
        </Field>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-1 font-semibold">{t("identitet")}</legend>
        {status.harIdentitet ? (
          <>
            <p className="text-sm text-muted sm:col-span-2">{t("identitetHint")}</p>
            {IDENTITY.map((f) => (
              <Field key={f} id={`ratta-${f}`} label={t(f)} error={identitetErrors?.[f]?.message}>
                {(aria) => <Input autoComplete="off" type={f === "epost" ? "email" : "text"} {...aria} {...register(`identitet.${f}`)} />}
              </Field>
            ))}
          </>
        ) : (
          <p className="text-sm text-muted sm:col-span-2">{t("ingenIdentitet")}</p>
        )}
        {identitetErrors?.message ? (
          <p className="text-sm text-bad sm:col-span-2" role="alert">
            {identitetErrors.message}
          </p>
        ) : null}
      </fieldset>
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("sparar") : t("spara")}
        </Button>
      </div>
    </form>
  );
}
