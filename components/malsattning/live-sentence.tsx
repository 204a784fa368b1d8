"use client";
import { useEffect, useState } from "react";
import { useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { describeMalsattning } from "@/lib/domain/goals/describe";
import type { malDefinitionSchema } from "@/lib/domain/goals/definition";
import type { Locale } from "@/lib/domain/kodlistor";
import { toInput, type MalFormValues } from "./mal-form-values";
import type { MatvariabelOption } from "./matvariabel-villkor-fields";

/**
 * The definition's schema (and zod) arrives just after the page, not with it (issue 8,
 * first-load JS); until then the box is empty rather than claiming something is missing.
 */
function useDefinitionSchema() {
  const [schema, setSchema] = useState<typeof malDefinitionSchema | null>(null);
  useEffect(() => {
    let aktiv = true;
    void import("@/lib/domain/goals/definition").then((m) => aktiv && setSchema(() => m.malDefinitionSchema));
    return () => {
      aktiv = false;
    };
  }, []);
  return schema;
}

/** The target as a sentence, rewritten as the user types; until it parses, what is still missing. */
export function LiveSentence({ matvariabler, locale }: { matvariabler: MatvariabelOption[]; locale: Locale }) {
  const t = useTranslations("malForm");
  const values = useWatch<MalFormValues>() as MalFormValues;
  const schema = useDefinitionSchema();
  const typAv = (kod: string) => matvariabler.find((m) => m.kod === kod)?.typ;
  const parsed = schema?.safeParse(toInput(values, typAv).definition);
  const mening = parsed?.success
    ? describeMalsattning(parsed.data, { locale, matvariabelNamn: (kod) => matvariabler.find((m) => m.kod === kod)?.namn ?? kod, matvariabelTyp: typAv })
    : null;
  return (
    <section aria-labelledby="live-sentence-heading" className="rounded-lg border border-brand-100 bg-brand-50 p-4">
      <h3 id="live-sentence-heading" className="text-xs font-semibold uppercase tracking-wide text-brand-800">
        {t("liveHeading")}
      </h3>
      <div aria-live="polite" data-testid="live-sentence" className="mt-1">
        {!parsed ? null : mening ? (
          <p className="text-lg font-medium text-gray-900">{mening}</p>
        ) : (
          <p className="text-sm text-muted">{t("liveMissing", { what: parsed.error?.issues[0]?.message ?? "" })}</p>
        )}
      </div>
    </section>
  );
}
