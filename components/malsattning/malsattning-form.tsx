"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import type { MalDefinition } from "@/lib/domain/goals/definition";
import type { MalTemplate } from "@/lib/domain/goals/templates";
import type { Locale } from "@/lib/domain/kodlistor";
import type { CreateMalsattningInput } from "@/lib/validation/malsattning";
import { createMalsattningAction } from "@/lib/actions/malsattning/create-malsattning";
import { updateMalsattningAction } from "@/lib/actions/malsattning/update-malsattning";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { FormErrorSummary } from "./form-error-summary";
import { LiveSentence } from "./live-sentence";
import { malFormResolver, preloadMalSchema, toFormValues, type MalFormValues } from "./mal-form-values";
import { MalGransFields } from "./mal-grans-fields";
import { MalTemplatePicker } from "./mal-template-picker";
import { MalTypFields } from "./mal-typ-fields";
import type { MatvariabelOption } from "./matvariabel-villkor-fields";
import { VillkorList } from "./villkor-list";

export type MalsattningFormProps = {
  slug: string;
  insats: { id: string; matningsmetod: string; startdatum: string; slutdatum: string | null };
  matvariabler: MatvariabelOption[];
  antalGrupper: number;
  locale: Locale;
  /** Set when editing an existing target. */
  existing?: { id: string; version: number; kategori: MalFormValues["kategori"]; text: string; definition: MalDefinition | undefined };
};

export function MalsattningForm({ slug, insats, matvariabler, antalGrupper, locale, existing }: MalsattningFormProps) {
  const t = useTranslations("malForm");
  const router = useRouter();
  const insatsPeriod = { fran: insats.startdatum, till: insats.slutdatum ?? "" };
  const typAv = (kod: string) => matvariabler.find((m) => m.kod === kod)?.typ;
  const form = useForm<MalFormValues, unknown, CreateMalsattningInput>({
    resolver: malFormResolver(typAv),
    defaultValues: toFormValues(existing?.definition, { kategori: existing?.kategori, text: existing?.text, insatsPeriod }),
  });
  const { register, handleSubmit, setError, reset, getValues, formState } = form;
  const typ = useWatch({ control: form.control, name: "definition.typ" });

  const applyTemplate = (m: MalTemplate) => {
    reset(toFormValues(m.definition, { kategori: m.kategori, text: getValues("text"), insatsPeriod }));
  };

  const onSubmit = handleSubmit(async (values) => {
    const result = existing
      ? await updateMalsattningAction(slug, insats.id, existing.id, { ...values, version: existing.version })
      : await createMalsattningAction(slug, insats.id, values);
    if (!result.ok) return applyServerErrors(result, setError);
    toast.success(existing ? t("saved") : t("created"));
    router.push(`/f/${slug}/insatser/${insats.id}`);
    router.refresh();
  });

  return (
    <FormProvider {...form}>
      <div className="flex flex-col gap-6">
        <FormErrorSummary />
        {existing ? null : <MalTemplatePicker locale={locale} onApply={applyTemplate} />}
        <form onFocus={preloadMalSchema} onSubmit={onSubmit} noValidate aria-labelledby="mal-form-heading" className="flex flex-col gap-8 rounded-lg border border-gray-200 bg-white p-5">
          <h2 id="mal-form-heading" className="text-lg font-semibold">
            {existing ? t("formHeadingEdit") : t("formHeading")}
          </h2>
          <MalTypFields matningsmetod={insats.matningsmetod} locale={locale} />
          {typ === "ANDEL" || typ === "ANTAL" ? (
            <>
              <VillkorList typ={typ} matvariabler={matvariabler} locale={locale} />
              <MalGransFields typ={typ} antalGrupper={antalGrupper} />
            </>
          ) : (
            <p className="text-sm text-muted">{existing ? t("kvalitativNoteEdit") : t("kvalitativNote")}</p>
          )}
          <Field id="text" label={t("text")} hint={t("textHint")} error={formState.errors.text?.message}>
            {(aria) => <Textarea {...aria} {...register("text")} />}
          </Field>
          <LiveSentence matvariabler={matvariabler} locale={locale} />
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={formState.isSubmitting}>
              {formState.isSubmitting ? t("saving") : existing ? t("save") : t("create")}
            </Button>
            <Button asChild variant="outline">
              <Link href={`/f/${slug}/insatser/${insats.id}`}>{t("cancel")}</Link>
            </Button>
          </div>
        </form>
      </div>
    </FormProvider>
  );
}
