import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { Button } from "@/components/ui/button";
import { requireTenant } from "@/lib/auth/require-tenant";
import { listInsatser } from "@/lib/server/insats/list-insatser";
import { listMalStatusPerInsats } from "@/lib/server/malsattning/list-mal-status-per-insats";
import { InsatsTable } from "@/components/insats/insats-table";
import { KlientTexter } from "@/components/i18n/klient-texter";

export default async function InsatserPage({ params }: { params: Promise<{ forbund: string }> }) {
  const { forbund } = await params;
  const ctx = await requireTenant(forbund, "insats:read");
  const t = await getTranslations("insatsList");
  const tPage = await getTranslations("insatsPage");
  // Only counts per status reach the browser; the engine runs here.
  const [insatser, malStatus] = await Promise.all([listInsatser(ctx), listMalStatusPerInsats(ctx)]);
  return (
    <KlientTexter ns={["insatsDetaljer", "insatsList", "insatstyp", "malStatus", "matningsmetod", "status", "table"]}>
      <div className="flex flex-col gap-6">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h1 className="text-2xl font-bold">{t("title")}</h1>
            <p className="mt-1 text-muted">{t("intro")}</p>
          </div>
          {can(ctx.roll, "insats:write") ? (
            <Button asChild>
              <Link href={`/f/${ctx.forbundSlug}/insatser/ny`}>{tPage("newInsats")}</Link>
            </Button>
          ) : null}
        </div>
        <InsatsTable slug={ctx.forbundSlug} insatser={insatser} malStatus={malStatus} />
      </div>
    </KlientTexter>
  );
}
