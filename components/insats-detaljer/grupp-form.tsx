"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import type { CreateGruppFormValues, CreateGruppInput } from "@/lib/validation/insats-delar";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { createGruppAction, updateGruppAction } from "@/lib/actions/insats/grupp";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { numberOrNull, numberOrUndefined } from "./numbers";

const resolver = lazyZodResolver(() => import("@/lib/validation/insats-delar").then((m) => m.createGruppSchema));

type Grupp = { id: string; namn: string; startdatum: string; veckor: number; planeradStorlek: number | null };

/** Adds a group, or with `grupp` changes that group. */
export function GruppForm({ slug, insatsId, grupp }: { slug: string; insatsId: string; grupp?: Grupp }) {
  const t = useTranslations("insatsDetaljer");
  const router = useRouter();
  const { register, handleSubmit, setError, reset, formState } = useForm<CreateGruppFormValues, unknown, CreateGruppInput>({
    resolver,
    defaultValues: grupp ? { namn: grupp.namn, startdatum: grupp.startdatum, veckor: grupp.veckor, planeradStorlek: grupp.planeradStorlek } : { namn: "", startdatum: "" },
  });
  const errors = formState.errors;
  // Several forms on one page: ids must differ.
  const idp = grupp ? `grupp-${grupp.id}` : "grupp-ny";
  const onSubmit = handleSubmit(async (values) => {
    const result = grupp ? await updateGruppAction(slug, insatsId, grupp.id, values) : await createGruppAction(slug, insatsId, values);
    if (!result.ok) return applyServerErrors(result, setError);
    toast.success(grupp ? t("saved") : t("added"));
    if (!grupp) reset();
    router.refresh();
  });
  return (
    <form onFocus={resolver.preload} onSubmit={onSubmit} noValidate aria-label={grupp ? t("groups.editTitle", { namn: grupp.namn }) : t("groups.addTitle")} className="flex flex-col gap-3">
      {grupp ? null : <h3 className="font-semibold">{t("groups.addTitle")}</h3>}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field id={`${idp}-namn`} label={t("groups.namn")} error={errors.namn?.message}>
          {(aria) => <Input {...aria} {...register("namn")} />}
        </Field>
        <Field id={`${idp}-startdatum`} label={t("groups.startdatum")} error={errors.startdatum?.message}>
          {(aria) => <Input type="date" {...aria} {...register("startdatum")} />}
        </Field>
        <Field id={`${idp}-veckor`} label={t("groups.veckor")} error={errors.veckor?.message}>
          {(aria) => <Input type="number" inputMode="numeric" min={1} {...aria} {...register("veckor", { setValueAs: numberOrUndefined })} />}
        </Field>
        <Field id={`${idp}-planeradStorlek`} label={t("groups.planeradStorlekValfri")} error={errors.planeradStorlek?.message}>
          {(aria) => <Input type="number" inputMode="numeric" min={1} {...aria} {...register("planeradStorlek", { setValueAs: numberOrNull })} />}
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("adding") : grupp ? t("save") : t("add")}
        </Button>
      </div>
    </form>
  );
}
