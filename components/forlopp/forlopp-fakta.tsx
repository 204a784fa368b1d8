import { getLocale, getTranslations } from "next-intl/server";
import { avslutsorsak, forsorjning, sysselsattning, type Locale } from "@/lib/domain/kodlistor";

/** A definition list of label → value pairs; an empty value says so in words. */
export async function Fakta({ rows }: { rows: [string, string | null][] }) {
  const t = await getTranslations("forlopp");
  return (
    <dl className="grid gap-3 text-sm sm:grid-cols-2">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt className="text-muted">{label}</dt>
          <dd className="font-medium">{value && value.length > 0 ? value : t("ejAngivet")}</dd>
        </div>
      ))}
    </dl>
  );
}

export async function kodLabels() {
  const locale = (await getLocale()) as Locale;
  const list = (l: { label: (k: string, loc?: Locale) => string }, koder: string[]) => koder.map((k) => l.label(k, locale)).join(", ");
  return {
    forsorjning: (koder: string[]) => list(forsorjning, koder),
    sysselsattning: (koder: string[]) => list(sysselsattning, koder),
    avslutsorsak: (kod: string | null) => (kod ? avslutsorsak.label(kod, locale) : null),
    locale,
  };
}
