import Link from "next/link";
import { useTranslations } from "next-intl";
import { ChartColumn } from "lucide-react";
import { can, canSeeInsatsDeltagare } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { Button } from "@/components/ui/button";

/** The insats page's link to its dashboard, shown only to those the dashboard admits. */
export function DashboardLink({ ctx, insatsId }: { ctx: TenantContext; insatsId: string }) {
  const t = useTranslations("dashboard");
  if (!can(ctx.roll, "dashboard:read") || !canSeeInsatsDeltagare(ctx, insatsId)) return null;
  return (
    <Button asChild variant="outline" className="ml-auto">
      <Link href={`/f/${ctx.forbundSlug}/insatser/${insatsId}/dashboard`}>
        <ChartColumn aria-hidden className="h-4 w-4" />
        {t("link")}
      </Link>
    </Button>
  );
}
