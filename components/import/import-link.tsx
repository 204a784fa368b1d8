import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FileUp } from "lucide-react";
import { can, canWriteInsatsDeltagare } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { Button } from "@/components/ui/button";

/** The way to the import page, for those who may register deltagare in the insats (not for a VOLYM insats). */
export async function ImportLink({ ctx, insatsId, matningsmetod }: { ctx: TenantContext; insatsId: string; matningsmetod: string }) {
  if (matningsmetod === "VOLYM" || !can(ctx.roll, "deltagare:write") || !canWriteInsatsDeltagare(ctx, insatsId)) return null;
  const t = await getTranslations("importDeltagare");
  return (
    <Button asChild variant="outline">
      <Link href={`/f/${ctx.forbundSlug}/insatser/${insatsId}/import`}>
        <FileUp aria-hidden className="h-4 w-4" />
        {t("lank")}
      </Link>
    </Button>
  );
}
