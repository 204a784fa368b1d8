"use client";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { ReopenInskrivningInput } from "@/lib/validation/inskrivning-handelser";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { reopenInskrivningAction } from "@/lib/actions/inskrivning/reopen-inskrivning";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { FormAlert } from "./form-alert";
import { useHandelseSubmit } from "./use-handelse-submit";

const resolver = lazyZodResolver(() => import("@/lib/validation/inskrivning-handelser").then((m) => m.reopenInskrivningSchema));

/** Processledare only: reopens an avslut, with the reason written to the audit log. */
export function ReopenForm({ slug, insatsId, inskrivningId, version }: { slug: string; insatsId: string; inskrivningId: string; version: number }) {
  const t = useTranslations("forlopp.reopen");
  const form = useForm<ReopenInskrivningInput>({ resolver: resolver as never, defaultValues: { version, skal: "" } });
  const { register, handleSubmit, setError, formState } = form;
  const { submit, formError } = useHandelseSubmit(setError, t("saved"));
  const onSubmit = handleSubmit((values) => submit(() => reopenInskrivningAction(slug, insatsId, inskrivningId, { ...values, version })));
  return (
    <form onFocus={resolver.preload} onSubmit={onSubmit} noValidate aria-labelledby="reopen-rubrik" className="flex flex-col gap-3">
      <h3 id="reopen-rubrik" className="text-base font-semibold">
        {t("heading")}
      </h3>
      <p className="-mt-1 text-sm text-muted">{t("hint")}</p>
      <FormAlert message={formError} />
      <Field id="skal" label={t("skal")} error={formState.errors.skal?.message}>
        {(aria) => <Textarea {...aria} {...register("skal")} />}
      </Field>
      <div>
        <Button type="submit" variant="outline" disabled={formState.isSubmitting}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
