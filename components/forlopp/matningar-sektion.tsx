import { getTranslations } from "next-intl/server";
import type { InskrivningForlopp } from "@/lib/server/inskrivning/get-inskrivning-forlopp";
import { Card, CardTitle } from "@/components/ui/card";
import type { ForloppAccess } from "./access";
import { MatningarTabell } from "./matningar-tabell";
import { MatningForm, type Registrerat } from "./matning-form";

/** Latest values per time point, as the goal engine reads them (a later date wins). */
export function registrerat(forlopp: InskrivningForlopp): Registrerat {
  const out: Registrerat = {};
  for (const m of forlopp.matningar) {
    if (m.tidpunkt === "DATUM") continue;
    const tp = (out[m.tidpunkt] ??= { datum: m.datum, varden: {} });
    if (m.datum >= tp.datum) tp.datum = m.datum;
    tp.varden[m.variabel] = m.varde;
  }
  return out;
}

export async function MatningarSektion({ forlopp, access }: { forlopp: InskrivningForlopp; access: ForloppAccess }) {
  const t = await getTranslations("forlopp.matning");
  return (
    <Card aria-labelledby="matningar-rubrik" className="flex flex-col gap-4">
      <CardTitle id="matningar-rubrik">{t("heading")}</CardTitle>
      <MatningarTabell forlopp={forlopp} />
      {access.canWrite ? (
        <div className="border-t border-gray-200 pt-4">
          <MatningForm
            slug={access.slug}
            insatsId={forlopp.insatsId}
            inskrivningId={forlopp.id}
            version={forlopp.version}
            matvariabler={forlopp.matvariabler}
            registrerat={registrerat(forlopp)}
            startdatum={forlopp.startdatum}
            avslutsdatum={forlopp.avslutsdatum}
            today={access.today}
          />
        </div>
      ) : null}
    </Card>
  );
}
