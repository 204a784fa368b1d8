import { getTranslations } from "next-intl/server";
import type { InskrivningForlopp } from "@/lib/server/inskrivning/get-inskrivning-forlopp";
import { Card, CardTitle } from "@/components/ui/card";
import type { ForloppAccess } from "./access";
import { AvslutForm } from "./avslut-form";
import { Fakta, kodLabels } from "./forlopp-fakta";
import { registrerat } from "./matningar-sektion";
import { ReopenForm } from "./reopen-form";

export async function AvslutSektion({ forlopp, access }: { forlopp: InskrivningForlopp; access: ForloppAccess }) {
  const t = await getTranslations("forlopp.avslut");
  const l = await kodLabels();
  const avslutad = forlopp.avslutsdatum !== null;
  const form = (
    <AvslutForm
      slug={access.slug}
      insatsId={forlopp.insatsId}
      inskrivningId={forlopp.id}
      version={forlopp.version}
      startdatum={forlopp.startdatum}
      today={access.today}
      matvariabler={forlopp.matvariabler}
      current={{
        avslutsdatum: forlopp.avslutsdatum,
        avslutsorsak: forlopp.avslutsorsak,
        forsorjningAvslut: forlopp.forsorjningAvslut,
        sysselsattningAvslut: forlopp.sysselsattningAvslut,
        varden: registrerat(forlopp).AVSLUT?.varden ?? {},
      }}
    />
  );
  return (
    <Card aria-labelledby="avslut-rubrik" className="flex flex-col gap-4">
      <CardTitle id="avslut-rubrik">{t("heading")}</CardTitle>
      {avslutad ? (
        <Fakta
          rows={[
            [t("datum"), forlopp.avslutsdatum],
            [t("orsak"), l.avslutsorsak(forlopp.avslutsorsak)],
            [t("forsorjning"), l.forsorjning(forlopp.forsorjningAvslut)],
            [t("sysselsattning"), l.sysselsattning(forlopp.sysselsattningAvslut)],
          ]}
        />
      ) : (
        <p className="text-sm text-muted">{t("ejAvslutad")}</p>
      )}
      {access.canWrite && !avslutad ? <div className="border-t border-gray-200 pt-4">{form}</div> : null}
      {access.canWrite && avslutad ? (
        <details className="border-t border-gray-200 pt-4">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("editSummary")}</summary>
          <div className="mt-4">{form}</div>
        </details>
      ) : null}
      {access.canReopen && avslutad ? (
        <div className="border-t border-gray-200 pt-4">
          <ReopenForm slug={access.slug} insatsId={forlopp.insatsId} inskrivningId={forlopp.id} version={forlopp.version} />
        </div>
      ) : null}
    </Card>
  );
}
