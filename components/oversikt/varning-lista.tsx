import { useTranslations } from "next-intl";
import { SpriteIkon } from "@/components/ui/sprite-ikon";
import type { Varning } from "@/lib/domain/oversikt/types";

/** Data-quality warnings of one insats, each with its count — text and icon, never colour alone. */
export function VarningLista({ varningar, matvariabelNamn }: { varningar: Varning[]; matvariabelNamn: Record<string, string> }) {
  const t = useTranslations("oversikt.varning");
  if (varningar.length === 0) {
    return (
      <p className="flex items-center gap-1.5 text-sm text-ok">
        <SpriteIkon namn="circle-check" className="h-4 w-4" />
        {t("inga")}
      </p>
    );
  }
  return (
    <ul className="flex flex-col gap-1 text-sm">
      {varningar.map((v) => (
        <li key={`${v.typ}-${v.variabel ?? ""}`} className="flex items-start gap-1.5 text-warn">
          <SpriteIkon namn="triangle-alert" className="mt-0.5 h-4 w-4 shrink-0" />
          <span>{t(v.typ, { antal: v.antal, variabel: v.variabel ? (matvariabelNamn[v.variabel] ?? v.variabel) : "" })}</span>
        </li>
      ))}
    </ul>
  );
}
