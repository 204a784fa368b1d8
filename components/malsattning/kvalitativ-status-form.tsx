"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import type { SetKvalitativStatusInput } from "@/lib/validation/malsattning";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { kvalitativStatus, type Locale } from "@/lib/domain/kodlistor";
import { setKvalitativStatusAction } from "@/lib/actions/malsattning/set-kvalitativ-status";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { ChoiceFieldset } from "./choice-fieldset";

const resolver = lazyZodResolver(() => import("@/lib/validation/malsattning").then((m) => m.setKvalitativStatusSchema));

type Values = { status: SetKvalitativStatusInput["status"] | ""; kommentar: string; datum: string };

/** A person's dated judgement of a qualitative target, added to its history. */
export function KvalitativStatusForm(props: { slug: string; insatsId: string; malsattningId: string; current: string | null; today: string; locale: Locale }) {
  const { slug, insatsId, malsattningId, current, today, locale } = props;
  const t = useTranslations("malForm.status");
  const router = useRouter();
  const form = useForm<Values, unknown, SetKvalitativStatusInput>({
    resolver: resolver as never,
    defaultValues: { status: (current as Values["status"]) ?? "", kommentar: "", datum: today },
  });
  const { register, handleSubmit, setError, reset, formState } = form;
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    const result = await setKvalitativStatusAction(slug, insatsId, malsattningId, values);
    if (!result.ok) return applyServerErrors(result, setError);
    toast.success(t("saved"));
    reset({ status: values.status, kommentar: "", datum: today });
    router.refresh();
  });

  return (
    <form onFocus={resolver.preload} onSubmit={onSubmit} noValidate aria-labelledby="status-heading" className="flex flex-col gap-4">
      <h2 id="status-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="-mt-2 text-sm text-muted">{t("hint")}</p>
      <ChoiceFieldset id="status" legend={t("status")} error={errors.status?.message} className="flex flex-wrap gap-x-6 gap-y-2">
        {kvalitativStatus.options(locale).map((o) => (
          <label key={o.value} className="flex items-center gap-2 text-sm">
            <input type="radio" value={o.value} className="h-4 w-4" {...register("status")} />
            {o.label}
          </label>
        ))}
      </ChoiceFieldset>
      <div className="max-w-48">
        <Field id="datum" label={t("datum")} error={errors.datum?.message}>
          {(aria) => <Input type="date" max={today} {...aria} {...register("datum")} />}
        </Field>
      </div>
      <Field id="kommentar" label={t("kommentar")} hint={t("kommentarHint")} error={errors.kommentar?.message}>
        {(aria) => <Textarea {...aria} {...register("kommentar")} />}
      </Field>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
