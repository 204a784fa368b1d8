import { getTranslations } from "next-intl/server";
import { Download } from "lucide-react";
import { Card } from "@/components/ui/card";
import { Button, buttonVariants } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import type { UppfoljningFinsam } from "@/lib/domain/rapporter/uppfoljning-finsam";
import { FinsamSummary } from "./finsam-summary";
import { FinsamTable } from "./finsam-table";

export async function FinsamSection({ slug, rapport, valbaraAr, arFel }: { slug: string; rapport: UppfoljningFinsam; valbaraAr: number[]; arFel: string | null }) {
  const t = await getTranslations("rapporter.finsam");
  const ar = rapport.ar;
  const csvHref = `/api/f/${slug}/rapporter/uppfoljning-finsam?ar=${ar}&format=csv`;
  return (
    <Card aria-labelledby="finsam-rubrik" className="flex flex-col gap-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl">
          <h2 id="finsam-rubrik" className="text-xl font-semibold text-gray-900">
            {t("title", { ar })}
          </h2>
          <p className="mt-1 text-sm text-muted">{t("intro")}</p>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <form method="get" className="flex items-end gap-2">
            <div className="flex flex-col gap-1">
              <label htmlFor="rapport-ar" className="text-sm font-medium text-gray-900">
                {t("yearLabel")}
              </label>
              <Select id="rapport-ar" name="ar" defaultValue={String(ar)} className="w-28" aria-describedby={arFel ? "rapport-ar-fel" : undefined}>
                {valbaraAr.map((a) => (
                  <option key={a} value={a}>
                    {a}
                  </option>
                ))}
              </Select>
            </div>
            <Button type="submit" variant="outline">
              {t("show")}
            </Button>
          </form>
          <div className="flex flex-col items-start gap-1">
            <a href={csvHref} download className={buttonVariants()}>
              <Download aria-hidden className="size-4" />
              {t("downloadCsv")}
            </a>
          </div>
        </div>
      </div>
      {arFel ? (
        <p id="rapport-ar-fel" role="alert" className="rounded-md bg-warn-bg px-3 py-2 text-sm text-warn">
          {t("invalidYear", { message: arFel, ar })}
        </p>
      ) : null}
      <p className="-mt-2 text-right text-xs text-muted">{t("downloadHint")}</p>
      <FinsamSummary rapport={rapport} />
      <FinsamTable slug={slug} rapport={rapport} />
      <details className="rounded-md border border-gray-200 bg-gray-50 px-4 py-3 text-sm">
        <summary className="cursor-pointer font-medium text-gray-900">{t("howTitle")}</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-gray-700">
          {(["aktiv", "person", "volym", "budgeterat"] as const).map((k) => (
            <li key={k}>{t(`how.${k}`)}</li>
          ))}
        </ul>
      </details>
    </Card>
  );
}

