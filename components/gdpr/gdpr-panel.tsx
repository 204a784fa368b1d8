import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Download, PencilLine } from "lucide-react";
import { Card } from "@/components/ui/card";
import type { GdprStatus } from "@/lib/server/gdpr/get-gdpr-status";
import { RaderaPersonuppgifterButton } from "./radera-personuppgifter-button";

/** Registerutdrag, correction and erasure of one deltagare, each shown only to the roles that may use it. */
export async function GdprPanel({ slug, status }: { slug: string; status: GdprStatus }) {
  const t = await getTranslations("gdpr.panel");
  if (!status.kanRegisterutdrag && !status.kanRatta && !status.kanRadera && !status.raderad) return null;
  const api = `/api/f/${slug}/deltagare/${status.deltagareId}/registerutdrag`;
  const linkClass = "inline-flex h-10 items-center gap-2 rounded-md border border-gray-400 bg-white px-4 text-sm font-medium text-gray-900 hover:bg-gray-50";
  return (
    <Card>
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 max-w-prose text-sm text-muted">{t("intro")}</p>
      {status.raderad ? (
        <p role="status" className="mt-3 rounded-md border border-gray-300 bg-gray-50 p-3 text-sm">
          {t("raderadInfo", { datum: status.raderad })}
        </p>
      ) : null}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        {status.kanRegisterutdrag ? (
          <>
            <a href={`${api}.pdf`} className={linkClass} download>
              <Download aria-hidden className="h-4 w-4" />
              {t("registerutdragPdf")}
            </a>
            <a href={api} className={linkClass} download={`registerutdrag-${status.kod}.json`}>
              <Download aria-hidden className="h-4 w-4" />
              {t("registerutdragJson")}
            </a>
          </>
        ) : null}
        {status.kanRatta ? (
          <Link href={`/f/${slug}/deltagare/${status.deltagareId}/ratta`} className={linkClass}>
            <PencilLine aria-hidden className="h-4 w-4" />
            {t("ratta")}
          </Link>
        ) : null}
        {status.kanRadera ? <RaderaPersonuppgifterButton slug={slug} deltagareId={status.deltagareId} kod={status.kod} /> : null}
      </div>
      {status.kanRegisterutdrag && !status.raderad ? <p className="mt-2 max-w-prose text-xs text-muted">{t("registerutdragHint")}</p> : null}
    </Card>
  );
}
