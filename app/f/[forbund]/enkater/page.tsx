import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireTenant } from "@/lib/auth/require-tenant";
import { listEnkater } from "@/lib/server/enkat/list-enkater";
import { Button } from "@/components/ui/button";
import { EnkatTable } from "@/components/enkat/enkat-table";
import { KlientTexter } from "@/components/i18n/klient-texter";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("enkat"))("title") };
}

export default async function EnkaterPage({ params }: { params: Promise<{ forbund: string }> }) {
  const { forbund } = await params;
  const ctx = await requireTenant(forbund, "enkat:read");
  const t = await getTranslations("enkat");
  const enkater = await listEnkater(ctx);
  return (
    <KlientTexter ns={["enkat", "table"]}>
      <div className="flex flex-col gap-6">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h1 className="text-2xl font-bold">{t("title")}</h1>
            <p className="mt-1 max-w-prose text-muted">{t("intro")}</p>
          </div>
          {can(ctx.roll, "enkat:write") ? (
            <Button asChild>
              <Link href={`/f/${ctx.forbundSlug}/enkater/ny`}>{t("ny")}</Link>
            </Button>
          ) : null}
        </div>
        <EnkatTable slug={ctx.forbundSlug} enkater={enkater} />
      </div>
    </KlientTexter>
  );
}
