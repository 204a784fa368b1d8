import { useTranslations } from "next-intl";
import type { InsatsDetail } from "@/lib/server/insats/get-insats";
import { visaDatum } from "@/lib/domain/visa-datum";

export function InsatsFacts({ insats }: { insats: InsatsDetail }) {
  const t = useTranslations("insatsPage");
  const date = visaDatum;
  const planned =
    insats.planeradeDeltagare == null
      ? t("notSet")
      : insats.planeradeDeltagarePer === "AR"
        ? t("plannedPerYear", { count: insats.planeradeDeltagare })
        : t("plannedPeriod", { count: insats.planeradeDeltagare });
  const rows: [string, React.ReactNode][] = [
    [t("owner"), insats.utforare?.namn ?? t("notSet")],
    ...(insats.matningsmetod === "PERSONUPPGIFTER" ? ([[t("pua"), insats.pua?.namn ?? t("notSet")]] as [string, React.ReactNode][]) : []),
    [t("planned"), planned],
    [t("esf"), insats.esfFinansierad ? t("yes") : t("no")],
    [t("vagledare"), insats.vagledare.length ? insats.vagledare.map((v) => v.namn).join(", ") : t("noneAssigned")],
  ];
  return (
    <div className="mt-3 flex flex-col gap-4 text-sm">
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-muted">{label}</dt>
            <dd className="font-medium">{value}</dd>
          </div>
        ))}
      </dl>
      {insats.malgrupp ? (
        <div>
          <h3 className="font-semibold">{t("malgrupp")}</h3>
          <p className="mt-1 whitespace-pre-line">{insats.malgrupp}</p>
        </div>
      ) : null}
      {insats.syfte ? (
        <div>
          <h3 className="font-semibold">{t("syfte")}</h3>
          <p className="mt-1 whitespace-pre-line">{insats.syfte}</p>
        </div>
      ) : null}
      {insats.grupper.length ? (
        <div>
          <h3 className="font-semibold">{t("groups")}</h3>
          <ul className="mt-1 list-disc pl-5">
            {insats.grupper.map((g) => (
              <li key={g.id}>
                {t("groupLine", { namn: g.namn, start: date(g.startdatum), veckor: g.veckor })}
                {g.planeradStorlek ? `, ${t("groupPlanned", { count: g.planeradStorlek })}` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
