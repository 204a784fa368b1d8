import { useTranslations } from "next-intl";
import { visaDatum } from "@/lib/domain/visa-datum";

export type StatusPost = { status: string; kommentar: string; datum: string; userNamn: string };

/** The dated judgements of a qualitative target, newest first. */
export function KvalitativHistorik({ poster }: { poster: StatusPost[] }) {
  const t = useTranslations();
  return (
    <section aria-labelledby="historik-heading" className="flex flex-col gap-3">
      <h2 id="historik-heading" className="text-lg font-semibold">
        {t("malForm.status.history")}
      </h2>
      {poster.length === 0 ? (
        <p className="text-sm text-muted">{t("malForm.status.noHistory")}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {poster.map((p, i) => (
            <li key={`${p.datum}-${i}`} className="border-l-4 border-brand-100 pl-3">
              <p className="text-sm">
                <time dateTime={p.datum} className="font-medium tabular-nums">
                  {visaDatum(p.datum)}
                </time>{" "}
                · <span className="font-semibold">{t(`kvalitativStatus.${p.status}`)}</span>
                {p.userNamn ? <span className="text-muted"> · {p.userNamn}</span> : null}
              </p>
              <p className="mt-1 whitespace-pre-line text-sm">{p.kommentar}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
