"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { FileSpreadsheet, Loader2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

type Props = { action: string; insatsId: string; insatsNamn: string; min: string; max: string; defaultValue: string; periodId: string };

/**
 * Downloads the ESF file without leaving the page, and shows a refusal (a bad
 * month, an expired session) beside the field instead of a JSON page. Without
 * JavaScript the form still works as a plain GET download.
 */
export function EsfDownloadForm({ action, insatsId, insatsNamn, min, max, defaultValue, periodId }: Props) {
  const t = useTranslations("rapporter.esf");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = `esf-manad-${insatsId}`;
  const errorId = `esf-fel-${insatsId}`;

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const manad = String(new FormData(e.currentTarget).get("manad") ?? "");
    setPending(true);
    setError(null);
    try {
      const res = await fetch(`${action}?manad=${encodeURIComponent(manad)}`);
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string; fieldErrors?: Record<string, string[]> } } | null;
        setError(body?.error?.fieldErrors?.manad?.[0] ?? body?.error?.message ?? t("failed"));
        return;
      }
      const filnamn = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? `esf-${manad}.xlsx`;
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement("a");
      a.href = url;
      a.download = filnamn;
      document.body.append(a);
      a.click();
      a.remove();
      URL.revokeObjectURL(url);
    } catch {
      setError(t("failed"));
    } finally {
      setPending(false);
    }
  }

  return (
    <form method="get" action={action} onSubmit={onSubmit} className="flex flex-col items-end gap-1">
      <div className="flex items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={inputId} className="text-sm font-medium text-gray-900">
            {t("monthLabel", { insats: insatsNamn })}
          </label>
          <Input
            id={inputId}
            name="manad"
            type="month"
            required
            min={min}
            max={max}
            defaultValue={defaultValue}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${errorId} ${periodId}` : periodId}
            className="w-44"
          />
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <FileSpreadsheet aria-hidden className="size-4" />}
          {pending ? t("downloading") : t("download")}
        </Button>
      </div>
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-bad">
          {error}
        </p>
      ) : null}
    </form>
  );
}
