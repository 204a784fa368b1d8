"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { malTemplates, type MalTemplate } from "@/lib/domain/goals/templates";
import type { Locale } from "@/lib/domain/kodlistor";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

/**
 * Fills the form from a template on an explicit button press: a native select
 * changes value on arrow keys, and the form must not be overwritten while a
 * keyboard user is only browsing the list.
 */
export function MalTemplatePicker({ locale, onApply }: { locale: Locale; onApply: (template: MalTemplate) => void }) {
  const t = useTranslations("malForm");
  const [id, setId] = useState("");
  const [applied, setApplied] = useState<MalTemplate | null>(null);
  const template = malTemplates.find((m) => m.id === id);
  const namn = (m: MalTemplate) => (locale === "sv" ? m.namn : m.namnEn);
  return (
    <section aria-labelledby="mall-heading" className="flex flex-col gap-2 rounded-lg border border-gray-200 bg-white p-4">
      <h2 id="mall-heading" className="text-base font-semibold">
        {t("templateHeading")}
      </h2>
      <p id="mall-hint" className="text-sm text-muted">
        {t("templateHint")}
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-64 flex-1 flex-col gap-1.5">
          <Label htmlFor="mall">{t("template")}</Label>
          <Select id="mall" aria-describedby="mall-hint" value={id} onChange={(e) => setId(e.target.value)}>
            <option value="">{t("templateNone")}</option>
            {malTemplates.map((m) => (
              <option key={m.id} value={m.id}>
                {namn(m)}
              </option>
            ))}
          </Select>
        </div>
        <Button
          type="button"
          variant="outline"
          disabled={!template}
          onClick={() => {
            if (!template) return;
            onApply(template);
            setApplied(template);
          }}
        >
          {t("templateApply")}
        </Button>
      </div>
      <p aria-live="polite" className="text-sm text-ok">
        {applied ? t("templateApplied", { namn: namn(applied) }) : null}
      </p>
    </section>
  );
}
