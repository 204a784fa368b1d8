import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { loadImportInsats } from "@/lib/server/import/load-import-insats";
import { getInsats } from "@/lib/server/insats/get-insats";
import { kolumnForklaringar } from "@/lib/domain/import/kolumner";
import { MAX_FIL_BYTES } from "@/lib/domain/import/rapport";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { ImportForm } from "@/components/import/import-form";
import { KolumnTabell } from "@/components/import/kolumn-tabell";
import { KlientTexter } from "@/components/i18n/klient-texter";

export default async function ImportPage({ params }: { params: Promise<{ forbund: string; insatsId: string }> }) {
  const { forbund, insatsId } = await params;
  const ctx = await requireTenant(forbund, "deltagare:write");
  const t = await getTranslations("importDeltagare");
  const base = `/f/${ctx.forbundSlug}/insatser/${insatsId}`;
  const api = `/api/f/${ctx.forbundSlug}/insatser/${insatsId}/import`;
  let insats;
  let hinder: string | null = null;
  try {
    insats = await loadImportInsats(ctx, insatsId);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    if (e instanceof ForbiddenError) forbidden();
    if (!(e instanceof ValidationError || e instanceof ConflictError)) throw e;
    // VOLYM, or PERSONUPPGIFTER without a personuppgiftsansvarig: say why instead of offering a form.
    hinder = e instanceof ValidationError ? t("volym") : e.message;
  }
  const namn = insats?.namn ?? (await getInsats(ctx, insatsId)).namn;

  return (
    <KlientTexter ns={["importDeltagare", "table"]}>
      <div className="flex flex-col gap-6">
        <div>
          <p className="text-sm">
            <Link href={base} className="text-brand-700 underline-offset-2 hover:underline">
              {namn}
            </Link>
          </p>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-1 max-w-3xl text-sm text-muted">{t("intro")}</p>
        </div>
        {hinder || !insats ? (
          <Card>
            <p role="status">{hinder}</p>
            <Button asChild variant="outline" className="mt-3 self-start">
              <Link href={base}>{t("tillbaka")}</Link>
            </Button>
          </Card>
        ) : (
          <>
            <Card className="flex flex-col gap-3">
              <CardTitle>{t("mall.heading")}</CardTitle>
              <p className="text-sm">{t("mall.text")}</p>
              <div className="flex flex-wrap gap-2">
                <Button asChild variant="outline">
                  <a href={`${api}/mall?format=xlsx`} download>
                    {t("mall.xlsx")}
                  </a>
                </Button>
                <Button asChild variant="outline">
                  <a href={`${api}/mall?format=csv`} download>
                    {t("mall.csv")}
                  </a>
                </Button>
              </div>
              <details>
                <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("mall.kolumner")}</summary>
                <KolumnTabell rader={kolumnForklaringar(insats.metod, insats.matvariabler)} />
              </details>
            </Card>
            <ImportForm api={api} deltagareHref={`${base}/deltagare`} insatsNamn={insats.namn} maxBytes={MAX_FIL_BYTES} />
          </>
        )}
      </div>
    </KlientTexter>
  );
}
