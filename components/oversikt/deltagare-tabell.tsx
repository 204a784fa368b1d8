import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { SpriteIkon } from "@/components/ui/sprite-ikon";
import { formatProcent } from "@/lib/domain/goals/format";
import type { Cell } from "@/lib/domain/suppression";
import type { DeltagareAntal } from "@/lib/domain/oversikt/types";
import { CellText } from "./cell-text";

/** Participants by kön × aktiva/avslutade with totals; a real table, so it reads aloud and prints. */
export function DeltagareTabell({ d, min, caption }: { d: DeltagareAntal<Cell>; min: number; caption: string }) {
  const t = useTranslations("oversikt.deltagare");
  const volym = d.kalla === "VOLYM";
  const rows = [
    { key: "K", label: t("kvinnor"), r: d.K },
    { key: "M", label: t("man"), r: d.M },
    { key: "T", label: t("totalt"), r: d.totalt },
  ] as const;
  return (
    <div className="flex flex-col gap-2">
      <table className="w-full text-sm tabular-nums">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-gray-200 text-left text-xs uppercase tracking-wide text-muted">
            <th scope="col" className="py-1 pr-2 font-medium">{t("kon")}</th>
            {volym ? null : (
              <>
                <th scope="col" className="py-1 pr-2 text-right font-medium">{t("aktiva")}</th>
                <th scope="col" className="py-1 pr-2 text-right font-medium">{t("avslutade")}</th>
              </>
            )}
            <th scope="col" className="py-1 text-right font-medium">{t("inskrivna")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, r }) => (
            <tr key={key} className={key === "T" ? "border-t border-gray-200 font-semibold" : ""}>
              <th scope="row" className="py-1 pr-2 text-left font-normal">{label}</th>
              {volym ? null : (
                <>
                  <td className="py-1 pr-2 text-right">{r.aktiva === null ? "" : <CellText cell={r.aktiva} min={min} />}</td>
                  <td className="py-1 pr-2 text-right">{r.avslutade === null ? "" : <CellText cell={r.avslutade} min={min} />}</td>
                </>
              )}
              <td className="py-1 text-right">
                <CellText cell={r.totalt} min={min} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {volym ? <p className="text-xs text-muted">{t("volym")}</p> : null}
      <Konsfordelning d={d} />
    </div>
  );
}

/** "Kvinnor 62 % av 120" and whether that is within the seeds' 40–60 %. */
export function Konsfordelning({ d }: { d: DeltagareAntal<Cell> }) {
  const t = useTranslations("oversikt.deltagare");
  const locale = useLocale() as "sv" | "en";
  if (d.totalt.totalt === 0) return <p className="text-sm text-muted">{t("ingen")}</p>;
  if (d.andelKvinnor === null || typeof d.totalt.totalt !== "number") return <p className="text-sm text-muted">{t("andelDold")}</p>;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span>{t("andelKvinnor", { andel: formatProcent(d.andelKvinnor, locale, 0), n: d.totalt.totalt })}</span>
      {d.jamstalld ? (
        <Badge tone="ok">
          <SpriteIkon namn="scale" className="h-3.5 w-3.5" />
          {t("jamstalld")}
        </Badge>
      ) : (
        <Badge tone="warn">
          <SpriteIkon namn="triangle-alert" className="h-3.5 w-3.5" />
          {t("ejJamstalld")}
        </Badge>
      )}
    </div>
  );
}
