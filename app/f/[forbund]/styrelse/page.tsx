import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { listInsatser } from "@/lib/server/insats/list-insatser";
import { InsatsTable } from "@/components/insats/insats-table";

export default async function StyrelsePage({ params }: { params: Promise<{ forbund: string }> }) {
  const { forbund } = await params;
  const ctx = await requireTenant(forbund, "styrelse:read");
  const t = await getTranslations("styrelse");
  const insatser = await listInsatser(ctx);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
      </div>
      <InsatsTable slug={ctx.forbundSlug} insatser={insatser} />
    </div>
  );
}
