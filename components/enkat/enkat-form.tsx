"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { FormProvider, useFieldArray, useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import { Plus } from "lucide-react";
import { MAX_FRAGOR, RESPONDENTGRUPPER } from "@/lib/validation/konstanter";
import type { EnkatFormValues, EnkatInput } from "@/lib/validation/enkat";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { createEnkatAction } from "@/lib/actions/enkat/create-enkat";
import { updateEnkatAction } from "@/lib/actions/enkat/update-enkat";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { FragaFields, type MatvariabelVal } from "./fraga-fields";

const resolver = lazyZodResolver(() => import("@/lib/validation/enkat").then((m) => m.enkatSchema));

export const NY_FRAGA: EnkatFormValues["fragor"][number] = {
  text: "",
  hjalptext: "",
  typ: "SKALA",
  obligatorisk: false,
  skalaMin: 1,
  skalaMax: 5,
  etikettMin: "",
  etikettMax: "",
  alternativ: "",
  matvariabelId: "",
};

type Props = {
  slug: string;
  insatser: { id: string; namn: string }[];
  matvariabler: MatvariabelVal[];
  existing?: { id: string; values: EnkatFormValues; versionNummer: number; last: boolean };
};

export function EnkatForm({ slug, insatser, matvariabler, existing }: Props) {
  const t = useTranslations("enkatForm");
  const router = useRouter();
  const form = useForm<EnkatFormValues, unknown, EnkatInput>({
    resolver,
    defaultValues: existing?.values ?? { namn: "", beskrivning: "", respondentgrupp: "DELTAGARE_AVSLUT", insatsIds: [], fragor: [NY_FRAGA] },
  });
  const { register, handleSubmit, setError, control, formState } = form;
  const fragor = useFieldArray({ control, name: "fragor" });

  const onSubmit = handleSubmit(async (values) => {
    if (existing) {
      const result = await updateEnkatAction(slug, existing.id, values);
      if (!result.ok) return applyServerErrors(result, setError);
      toast.success(result.data.nyVersion ? t("sparadNyVersion", { n: result.data.versionNummer }) : t("sparad"));
      router.push(`/f/${slug}/enkater/${existing.id}`);
    } else {
      const result = await createEnkatAction(slug, values);
      if (!result.ok) return applyServerErrors(result, setError);
      toast.success(t("skapad"));
      router.push(`/f/${slug}/enkater/${result.data.id}`);
    }
    router.refresh();
  });

  const errors = formState.errors;
  return (
    <FormProvider {...form}>
      <form onFocus={resolver.preload} onSubmit={onSubmit} noValidate className="flex flex-col gap-6 rounded-lg border border-gray-200 bg-white p-5">
        {existing?.last ? (
          <p role="note" className="rounded-md border border-warn bg-warn-bg p-3 text-sm text-gray-900">
            {t("lastNotis", { n: existing.versionNummer, ny: existing.versionNummer + 1 })}
          </p>
        ) : null}
        <Field id="namn" label={t("namn")} error={errors.namn?.message}>
          {(aria) => <Input {...aria} {...register("namn")} />}
        </Field>
        <Field id="beskrivning" label={t("beskrivning")} hint={t("beskrivningHint")} error={errors.beskrivning?.message}>
          {(aria) => <Textarea rows={3} {...aria} {...register("beskrivning")} />}
        </Field>
        <Field id="respondentgrupp" label={t("respondentgrupp")} error={errors.respondentgrupp?.message}>
          {(aria) => (
            <Select {...aria} {...register("respondentgrupp")}>
              {RESPONDENTGRUPPER.map((g) => (
                <option key={g} value={g}>
                  {t(`grupper.${g}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <fieldset className="flex flex-col gap-2" aria-describedby="insatser-hint">
          <legend className="text-sm font-medium">{t("insatser")}</legend>
          <p id="insatser-hint" className="text-xs text-muted">
            {t("insatserHint")}
          </p>
          <div className="grid gap-1 sm:grid-cols-2">
            {insatser.map((i) => (
              <label key={i.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" className="h-4 w-4" value={i.id} {...register("insatsIds")} />
                {i.namn}
              </label>
            ))}
          </div>
          {errors.insatsIds?.message ? (
            <p className="text-sm text-bad" role="alert">
              {errors.insatsIds.message}
            </p>
          ) : null}
        </fieldset>
        <section aria-labelledby="fragor-rubrik" className="flex flex-col gap-4">
          <h2 id="fragor-rubrik" className="text-lg font-semibold">
            {t("fragor")}
          </h2>
          {errors.fragor?.message || errors.fragor?.root?.message ? (
            <p className="text-sm text-bad" role="alert">
              {errors.fragor?.message ?? errors.fragor?.root?.message}
            </p>
          ) : null}
          {fragor.fields.map((f, i) => (
            <FragaFields key={f.id} index={i} antal={fragor.fields.length} matvariabler={matvariabler} onMove={fragor.move} onRemove={() => fragor.remove(i)} />
          ))}
          <div>
            <Button type="button" variant="outline" disabled={fragor.fields.length >= MAX_FRAGOR} onClick={() => fragor.append({ ...NY_FRAGA })}>
              <Plus aria-hidden className="h-4 w-4" /> {t("laggTillFraga")}
            </Button>
          </div>
        </section>
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t("sparar") : existing ? t("spara") : t("skapa")}
          </Button>
          <Button asChild variant="outline">
            <Link href={existing ? `/f/${slug}/enkater/${existing.id}` : `/f/${slug}/enkater`}>{t("avbryt")}</Link>
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
