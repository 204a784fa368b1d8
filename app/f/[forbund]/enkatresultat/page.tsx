import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { listEnkatResultat } from "@/lib/server/enkat-resultat/list-enkat-resultat";
import { CellText } from "@/components/oversikt/cell-text";

/** Every enkät of the förbund with its number of answers and a link to its results; the board's way in. */
export default async function EnkatResultatListaPage({ params }: { params: Promise<{ forbund: string }> }) {
  const { forbund } = await params;
  const ctx = await requireTenant(forbund, "enkatresultat:read");
  const [lista, t] = await Promise.all([listEnkatResultat(ctx), getTranslations("enkatResultat")]);
  return (
    <div className="flex max-w-4xl flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t("lista.title")}</h1>
        <p className="mt-1 text-muted">{t("lista.intro")}</p>
      </div>
      {lista.enkater.length === 0 ? (
        <p className="text-muted">{t("lista.inga")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("lista.title")}</caption>
            <thead>
              <tr className="border-b border-gray-300">
                <th scope="col" className="py-2 pr-4 font-semibold">{t("lista.namn")}</th>
                <th scope="col" className="py-2 pr-4 font-semibold">{t("lista.grupp")}</th>
                <th scope="col" className="py-2 pl-4 text-right font-semibold">{t("lista.svar")}</th>
              </tr>
            </thead>
            <tbody>
              {lista.enkater.map((e) => (
                <tr key={e.id} className="border-b border-gray-100">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    <Link href={`/f/${ctx.forbundSlug}/enkater/${e.id}/resultat`} className="text-brand-700 underline underline-offset-4">
                      {e.namn}
                    </Link>
                  </th>
                  <td className="py-2 pr-4">{t(`grupper.${e.respondentgrupp}`)}</td>
                  <td className="py-2 pl-4 text-right tabular-nums">
                    <CellText cell={e.svar} min={lista.minCell} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
