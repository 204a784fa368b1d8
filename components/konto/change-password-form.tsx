"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import type { ChangePasswordInput } from "@/lib/validation/konto";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { changePasswordAction } from "@/lib/actions/konto/change-password";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/field";
import { FormFel } from "@/components/ui/form-fel";

const resolver = lazyZodResolver(() => import("@/lib/validation/konto").then((m) => m.changePasswordSchema));

/** Changing one's own password; after the forced change the user goes on to `next`. */
export function ChangePasswordForm({ forced, next }: { forced: boolean; next: string }) {
  const t = useTranslations("losenord");
  const [formError, setFormError] = useState<string | undefined>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordInput>({ resolver, defaultValues: { nuvarande: "", nytt: "", upprepa: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await changePasswordAction(values);
    if (!result.ok) {
      let tied = false;
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (field === "nuvarande" || field === "nytt" || field === "upprepa") {
          setError(field, { message: messages[0] });
          tied = true;
        }
      }
      if (!tied) setFormError(result.message);
      return;
    }
    toast.success(t("done"));
    reset();
    if (forced) window.location.assign(next);
  });

  return (
    <form onFocus={resolver.preload} method="post" onSubmit={onSubmit} noValidate className="mt-6 flex flex-col gap-4">
      {formError ? <FormFel>{formError}</FormFel> : null}
      <Field id="nuvarande" label={forced ? t("currentForced") : t("current")} error={errors.nuvarande?.message}>
        {(aria) => <Input type="password" autoComplete="current-password" {...aria} {...register("nuvarande")} />}
      </Field>
      <Field id="nytt" label={t("new")} hint={t("rules")} error={errors.nytt?.message}>
        {(aria) => <Input type="password" autoComplete="new-password" {...aria} {...register("nytt")} />}
      </Field>
      <Field id="upprepa" label={t("repeat")} error={errors.upprepa?.message}>
        {(aria) => <Input type="password" autoComplete="new-password" {...aria} {...register("upprepa")} />}
      </Field>
      <Button type="submit" size="lg" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
