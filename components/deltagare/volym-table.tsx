import { useTranslations } from "next-intl";

type Rad = { id: string; periodStart: string; periodSlut: string; kvinnor: number; man: number; kommentar: string };

/** Counts registered for a VOLYM insats. */
export function VolymTable({ rader }: { rader: Rad[] }) {
  const t = useTranslations("deltagarLista.volym");
  if (rader.length === 0) return <p className="text-muted">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-gray-50 text-xs uppercase tracking-wide text-gray-700">
          <tr>
            <th scope="col" className="px-4 py-3">{t("period")}</th>
            <th scope="col" className="px-4 py-3 text-right">{t("kvinnor")}</th>
            <th scope="col" className="px-4 py-3 text-right">{t("man")}</th>
            <th scope="col" className="px-4 py-3 text-right">{t("totalt")}</th>
            <th scope="col" className="px-4 py-3">{t("kommentar")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rader.map((r) => (
            <tr key={r.id}>
              <td className="whitespace-nowrap px-4 py-3">{r.periodStart} – {r.periodSlut}</td>
              <td className="px-4 py-3 text-right">{r.kvinnor}</td>
              <td className="px-4 py-3 text-right">{r.man}</td>
              <td className="px-4 py-3 text-right">{r.kvinnor + r.man}</td>
              <td className="px-4 py-3">{r.kommentar}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
