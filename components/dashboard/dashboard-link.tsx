import Link from "next/link";
import { useTranslations } from "next-intl";
import { ChartColumn, Table2 } from "lucide-react";
import { can, canSeeInsatsDeltagare } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { Button } from "@/components/ui/button";

/**
 * The insats page's links to its dashboard and its SUS summary, each shown
 * only to those it admits: the dashboard never to styrelse, the SUS summary
 * to styrelse too (suppressed), and to a vägledare only for an assigned insats.
 */
export function DashboardLink({ ctx, insatsId }: { ctx: TenantContext; insatsId: string }) {
  const t = useTranslations("dashboard");
  const ts = useTranslations("sus");
  const dashboard = can(ctx.roll, "dashboard:read") && canSeeInsatsDeltagare(ctx, insatsId);
  const sus = ctx.roll === "STYRELSE" || canSeeInsatsDeltagare(ctx, insatsId);
  if (!dashboard && !sus) return null;
  return (
    <div className="ml-auto flex flex-wrap gap-2">
      {sus ? (
        <Button asChild variant="outline">
          <Link href={`/f/${ctx.forbundSlug}/insatser/${insatsId}/sus`}>
            <Table2 aria-hidden className="h-4 w-4" />
            {ts("lank")}
          </Link>
        </Button>
      ) : null}
      {dashboard ? (
        <Button asChild variant="outline">
          <Link href={`/f/${ctx.forbundSlug}/insatser/${insatsId}/dashboard`}>
            <ChartColumn aria-hidden className="h-4 w-4" />
            {t("link")}
          </Link>
        </Button>
      ) : null}
    </div>
  );
}
