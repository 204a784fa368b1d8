import { getTranslations } from "next-intl/server";
import type { InskrivningForlopp } from "@/lib/server/inskrivning/get-inskrivning-forlopp";

const TIDPUNKTER = ["START", "AVSLUT", "UPPFOLJNING_90"] as const;

/** Every Matvariabel at every time point; an empty cell says "saknas" in words, not only by a dash. */
export async function MatningarTabell({ forlopp }: { forlopp: InskrivningForlopp }) {
  const t = await getTranslations("forlopp.matning");
  const cell = (kod: string, tp: (typeof TIDPUNKTER)[number]) => {
    const m = forlopp.matningar.filter((x) => x.variabel === kod && x.tidpunkt === tp).at(-1);
    return m ?? null;
  };
  const visa = (typ: "SKALA" | "JANEJ", varde: number) => (typ === "JANEJ" ? (varde === 1 ? t("ja") : t("nej")) : String(varde));
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[32rem] text-left text-sm">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead>
          <tr className="border-b border-gray-200">
            <th scope="col" className="py-2 pr-3 font-semibold">
              {t("variabel")}
            </th>
            {TIDPUNKTER.map((tp) => (
              <th key={tp} scope="col" className="py-2 pr-3 font-semibold">
                {t(`tidpunkter.${tp}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {forlopp.matvariabler.map((mv) => (
            <tr key={mv.kod} className="border-b border-gray-100">
              <th scope="row" className="py-2 pr-3 font-medium">
                {mv.namn}
              </th>
              {TIDPUNKTER.map((tp) => {
                const m = cell(mv.kod, tp);
                return (
                  <td key={tp} className="py-2 pr-3">
                    {m ? (
                      <>
                        <span className="font-semibold">{visa(mv.typ, m.varde)}</span>{" "}
                        <span className="text-xs text-muted">
                          {m.datum} · {t(`kallor.${m.kalla}`)}
                        </span>
                      </>
                    ) : (
                      <span className="text-muted">{t("saknas")}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
