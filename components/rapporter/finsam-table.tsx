import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Check, Minus } from "lucide-react";
import type { UppfoljningFinsam } from "@/lib/domain/rapporter/uppfoljning-finsam";
import { kronor } from "./kronor";

const th = "px-3 py-3 font-semibold";
const num = "px-3 py-3 text-right tabular-nums";

export async function FinsamTable({ slug, rapport }: { slug: string; rapport: UppfoljningFinsam }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const kr = await kronor();
  const f = (k: string, v?: Record<string, string | number>) => t(`rapporter.finsam.${k}`, v);
  const ar = rapport.ar;
  if (rapport.insatser.length === 0) return <p className="rounded-md border border-dashed border-gray-300 p-6 text-center text-muted">{f("empty", { ar })}</p>;
  const visaOkant = rapport.insatser.some((r) => r.deltagare.okantKon > 0);
  const belopp = (n: number | null) => (n === null ? <span aria-label={f("summary.ejRegistrerat")}>{f("saknas")}</span> : kr(n));
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{f("caption", { ar })}</caption>
        <thead className="bg-gray-50 text-xs uppercase tracking-wide text-gray-700">
          <tr>
            <th scope="col" className={th}>{f("col.insats")}</th>
            <th scope="col" className={th}>{f("col.inriktning")}</th>
            <th scope="col" className={th}>{f("col.esf")}</th>
            <th scope="col" className={th}>{f("col.metod")}</th>
            <th scope="col" className={`${th} text-right`}>{f("col.budgeterat")}</th>
            <th scope="col" className={`${th} text-right`}>{f("col.kvinnor")}</th>
            <th scope="col" className={`${th} text-right`}>{f("col.man")}</th>
            {visaOkant ? <th scope="col" className={`${th} text-right`}>{f("col.okant")}</th> : null}
            <th scope="col" className={`${th} text-right`}>{f("col.totalt")}</th>
            <th scope="col" className={`${th} text-right`}>{f("col.budget")}</th>
            <th scope="col" className={`${th} text-right`}>{f("col.utfall")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rapport.insatser.map((r) => (
            <tr key={r.insatsId} className="align-top">
              <th scope="row" className="max-w-xs px-3 py-3 font-normal">
                <Link href={`/f/${slug}/insatser/${r.insatsId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {r.namn}
                </Link>
                {r.malgrupp ? (
                  <p className="mt-1 line-clamp-2 text-xs text-gray-700" title={r.malgrupp}>
                    {f("malgrupp", { text: r.malgrupp })}
                  </p>
                ) : null}
              </th>
              <td className="px-3 py-3">{t(`insatstyp.${r.inriktning}`)}</td>
              <td className="px-3 py-3">
                <span className="inline-flex items-center gap-1">
                  {r.esfFinansierad ? <Check aria-hidden className="size-4 text-ok" /> : <Minus aria-hidden className="size-4 text-gray-500" />}
                  {r.esfFinansierad ? f("esfJa") : f("esfNej")}
                </span>
              </td>
              <td className="px-3 py-3">
                {t(`matningsmetod.${r.uppfoljningsmetod}`)}
                {r.kalla === "VOLYM" ? <span className="block text-xs text-gray-700">{f("volymKalla")}</span> : null}
              </td>
              <td className={num}>
                {r.budgeteratAntal === null ? f("saknas") : format.number(r.budgeteratAntal)}
                <span className="block text-xs font-normal text-gray-700">{f(`regel.${r.budgeteratRegel}`)}</span>
              </td>
              <td className={num}>{format.number(r.deltagare.kvinnor)}</td>
              <td className={num}>{format.number(r.deltagare.man)}</td>
              {visaOkant ? <td className={num}>{format.number(r.deltagare.okantKon)}</td> : null}
              <td className={`${num} font-semibold`}>{format.number(r.deltagare.totalt)}</td>
              <td className={num}>{belopp(r.budget)}</td>
              <td className={num}>{belopp(r.utfall)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-gray-300 bg-gray-50">
          <tr>
            <th scope="row" colSpan={visaOkant ? 9 : 8} className="px-3 py-3 text-left">
              {f("totalRow")}
              <span className="block text-xs font-normal text-gray-700">{f("totalHint")}</span>
            </th>
            <td className={`${num} font-semibold`}>{belopp(rapport.forbund.budget)}</td>
            <td className={`${num} font-semibold`}>{belopp(rapport.forbund.utfall)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
