import { useTranslations } from "next-intl";
import type { EnkatDetalj } from "@/lib/server/enkat/get-enkat";

/** The questions of one version, read-only, with how each is answered. */
export function FragaLista({ fragor }: { fragor: EnkatDetalj["fragor"] }) {
  const t = useTranslations("enkatForm");
  return (
    <ol className="mt-4 flex list-decimal flex-col gap-3 pl-6">
      {fragor.map((f) => (
        <li key={f.id}>
          <p className="font-medium">
            {f.text}
            {f.obligatorisk ? <span className="ml-2 text-xs font-normal text-muted">({t("obligatoriskKort")})</span> : null}
          </p>
          <p className="text-sm text-muted">
            {t(`typer.${f.typ}`)}
            {f.typ === "SKALA" ? ` ${f.skalaMin}–${f.skalaMax}${f.etikettMin || f.etikettMax ? ` (${f.etikettMin ?? ""} … ${f.etikettMax ?? ""})` : ""}` : ""}
            {f.typ === "ETT_AV_FLERA" ? `: ${f.alternativ.join(" · ")}` : ""}
            {f.matvariabelNamn ? ` · ${t("blirMatning", { namn: f.matvariabelNamn })}` : ""}
          </p>
        </li>
      ))}
    </ol>
  );
}
