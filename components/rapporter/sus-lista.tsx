import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Table2 } from "lucide-react";
import { Card } from "@/components/ui/card";
import type { InsatsListItem } from "@/lib/server/insats/list-insatser";

/** The Rapporter page's way into each insats's SUS summary (volume insatser have no inskrivningar to summarise). */
export async function SusLista({ slug, insatser }: { slug: string; insatser: InsatsListItem[] }) {
  const t = await getTranslations("sus");
  const medInskrivningar = insatser.filter((i) => i.matningsmetod !== "VOLYM");
  return (
    <Card aria-labelledby="sus-rubrik" className="flex flex-col gap-3">
      <div className="max-w-3xl">
        <h2 id="sus-rubrik" className="text-xl font-semibold text-gray-900">
          {t("listaRubrik")}
        </h2>
        <p className="mt-1 text-sm text-muted">{t("listaIntro")}</p>
      </div>
      {medInskrivningar.length === 0 ? (
        <p className="text-sm text-muted">{t("listaTom")}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {medInskrivningar.map((i) => (
            <li key={i.id}>
              <Link href={`/f/${slug}/insatser/${i.id}/sus`} className="inline-flex items-center gap-2 rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-medium text-brand-700 hover:bg-gray-50">
                <Table2 aria-hidden className="h-4 w-4" />
                {i.namn}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
