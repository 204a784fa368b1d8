import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Users } from "lucide-react";
import { can, canSeeInsatsDeltagare } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { Button } from "@/components/ui/button";

/** The way from an insats to its participant list, for those who may see it (never styrelse). */
export async function DeltagareLink({ ctx, insatsId }: { ctx: TenantContext; insatsId: string }) {
  if (!can(ctx.roll, "deltagare:read") || !canSeeInsatsDeltagare(ctx, insatsId)) return null;
  const t = await getTranslations("deltagarLista");
  return (
    <Button asChild variant="outline">
      <Link href={`/f/${ctx.forbundSlug}/insatser/${insatsId}/deltagare`}>
        <Users aria-hidden className="h-4 w-4" />
        {t("insatsPageLink")}
      </Link>
    </Button>
  );
}
