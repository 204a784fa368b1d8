import { getTranslations } from "next-intl/server";
import type { KolumnForklaring } from "@/lib/domain/import/kolumner";

/** The column format as a table: the same text as the template's explanation sheet and the README. */
export async function KolumnTabell({ rader }: { rader: KolumnForklaring[] }) {
  const t = await getTranslations("importDeltagare.mall");
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-gray-200">
            <th scope="col" className="py-2 pr-3">{t("kolumn")}</th>
            <th scope="col" className="py-2 pr-3">{t("kravs")}</th>
            <th scope="col" className="py-2 pr-3">{t("tillatna")}</th>
            <th scope="col" className="py-2">{t("beskrivning")}</th>
          </tr>
        </thead>
        <tbody>
          {rader.map((r) => (
            <tr key={r.rubrik} className="border-b border-gray-100 align-top">
              <th scope="row" className="py-2 pr-3 font-medium whitespace-nowrap">{r.rubrik}</th>
              <td className="py-2 pr-3">{r.kravs}</td>
              <td className="py-2 pr-3 break-words">{r.tillatna}</td>
              <td className="py-2">{r.beskrivning}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
