import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireTenant } from "@/lib/auth/require-tenant";
import { listEnkater } from "@/lib/server/enkat/list-enkater";
import { Button } from "@/components/ui/button";
import { EnkatStatusBadge } from "@/components/enkat/enkat-status-badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("enkat"))("title") };
}

export default async function EnkaterPage({ params }: { params: Promise<{ forbund: string }> }) {
  const { forbund } = await params;
  const ctx = await requireTenant(forbund, "enkat:read");
  const t = await getTranslations("enkat");
  const enkater = await listEnkater(ctx);
  return (
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
      {enkater.length === 0 ? (
        <p className="rounded-md border border-gray-200 bg-white p-4 text-muted">{t("inga")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead className="bg-gray-50">
              <tr>
                <th scope="col" className="px-4 py-2">{t("kolumn.namn")}</th>
                <th scope="col" className="px-4 py-2">{t("kolumn.grupp")}</th>
                <th scope="col" className="px-4 py-2">{t("kolumn.galler")}</th>
                <th scope="col" className="px-4 py-2">{t("kolumn.status")}</th>
                <th scope="col" className="px-4 py-2 text-right">{t("kolumn.version")}</th>
                <th scope="col" className="px-4 py-2 text-right">{t("kolumn.lankar")}</th>
                <th scope="col" className="px-4 py-2 text-right">{t("kolumn.svar")}</th>
              </tr>
            </thead>
            <tbody>
              {enkater.map((e) => (
                <tr key={e.id} className="border-t border-gray-200">
                  <td className="px-4 py-2">
                    <Link href={`/f/${ctx.forbundSlug}/enkater/${e.id}`} className="font-medium text-brand-700 underline underline-offset-4">
                      {e.namn}
                    </Link>
                  </td>
                  <td className="px-4 py-2">{t(`grupper.${e.respondentgrupp}`)}</td>
                  <td className="px-4 py-2">{e.insatser.length ? e.insatser.join(", ") : t("forbundsniva")}</td>
                  <td className="px-4 py-2">
                    <EnkatStatusBadge status={e.status} />
                  </td>
                  <td className="px-4 py-2 text-right tabular-nums">{e.versionNummer}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{e.antalLankar}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{e.antalSvar}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
