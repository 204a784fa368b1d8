"use client";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import { Copy } from "lucide-react";
import { Button } from "@/components/ui/button";

/** A secret shown once: read-only, selectable, with a copy button. */
export function CopySecret({ id, label, value, copiedText }: { id: string; label: string; value: string; copiedText: string }) {
  const t = useTranslations("apiKeys");
  const copy = async () => {
    await navigator.clipboard?.writeText(value).catch(() => undefined);
    toast.success(copiedText);
  };
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} className="h-10 w-full rounded-md border border-gray-400 bg-gray-50 px-3 font-mono text-sm" />
        <Button type="button" variant="outline" onClick={copy}>
          <Copy aria-hidden className="h-4 w-4" />
          {t("copy")}
        </Button>
      </div>
    </div>
  );
}
