"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { createGruppSchema, type CreateGruppFormValues, type CreateGruppInput } from "@/lib/validation/insats-delar";
import { createGruppAction } from "@/lib/actions/insats/grupp";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { numberOrNull, numberOrUndefined } from "./numbers";

export function GruppForm({ slug, insatsId }: { slug: string; insatsId: string }) {
  const t = useTranslations("insatsDetaljer");
  const router = useRouter();
  const { register, handleSubmit, setError, reset, formState } = useForm<CreateGruppFormValues, unknown, CreateGruppInput>({
    resolver: zodResolver(createGruppSchema),
    defaultValues: { namn: "", startdatum: "" },
  });
  const errors = formState.errors;
  const onSubmit = handleSubmit(async (values) => {
    const result = await createGruppAction(slug, insatsId, values);
    if (!result.ok) return applyServerErrors(result, setError);
    toast.success(t("added"));
    reset();
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="grupp-add-title" className="flex flex-col gap-3">
      <h3 id="grupp-add-title" className="font-semibold">
        {t("groups.addTitle")}
      </h3>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="grupp-namn" label={t("groups.namn")} error={errors.namn?.message}>
          {(aria) => <Input {...aria} {...register("namn")} />}
        </Field>
        <Field id="grupp-startdatum" label={t("groups.startdatum")} error={errors.startdatum?.message}>
          {(aria) => <Input type="date" {...aria} {...register("startdatum")} />}
        </Field>
        <Field id="grupp-veckor" label={t("groups.veckor")} error={errors.veckor?.message}>
          {(aria) => <Input type="number" inputMode="numeric" min={1} {...aria} {...register("veckor", { setValueAs: numberOrUndefined })} />}
        </Field>
        <Field id="grupp-planeradStorlek" label={t("groups.planeradStorlekValfri")} error={errors.planeradStorlek?.message}>
          {(aria) => <Input type="number" inputMode="numeric" min={1} {...aria} {...register("planeradStorlek", { setValueAs: numberOrNull })} />}
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("adding") : t("add")}
        </Button>
      </div>
    </form>
  );
}
