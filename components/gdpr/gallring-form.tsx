"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import { setGallringAction } from "@/lib/actions/gdpr/set-gallring";
import type { GallringInput } from "@/lib/validation/gdpr";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

const resolver = lazyZodResolver(() => import("@/lib/validation/gdpr").then((m) => m.gallringSchema));

export function GallringForm({ slug, gallringManader }: { slug: string; gallringManader: number }) {
  const t = useTranslations("gdpr.gallring");
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<GallringInput>({ resolver, defaultValues: { gallringManader } });

  const onSubmit = handleSubmit(async (values) => {
    const result = await setGallringAction(slug, values);
    if (!result.ok) return applyServerErrors(result, setError);
    toast.success(t("sparad"));
    router.refresh();
  });

  return (
    <form onFocus={resolver.preload} onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-4">
      <div className="w-72">
        <Field id="gallring-manader" label={t("manader")} hint={t("manaderHint")} error={errors.gallringManader?.message}>
          {(aria) => <Input type="number" inputMode="numeric" min={1} max={120} {...aria} {...register("gallringManader", { valueAsNumber: true })} />}
        </Field>
      </div>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("sparar") : t("spara")}
      </Button>
    </form>
  );
}
