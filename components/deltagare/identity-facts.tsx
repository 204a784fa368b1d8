import { useTranslations } from "next-intl";
import type { ReadIdentity } from "@/lib/identity/identity-fields";

/** Name, masked personnummer and contact details of one deltagare. */
export function IdentityFacts({ identity }: { identity: ReadIdentity }) {
  const t = useTranslations("identityPanel");
  return (
    <dl className="grid gap-2 text-sm sm:grid-cols-2" data-testid="identity-facts">
      <div>
        <dt className="text-muted">{t("namn")}</dt>
        <dd className="font-medium">{identity.namn}</dd>
      </div>
      <div>
        <dt className="text-muted">{t("personnummer")}</dt>
        <dd className="font-mono">{identity.personnummerMaskerat}</dd>
      </div>
      {identity.telefon ? (
        <div>
          <dt className="text-muted">{t("telefon")}</dt>
          <dd>{identity.telefon}</dd>
        </div>
      ) : null}
      {identity.epost ? (
        <div>
          <dt className="text-muted">{t("epost")}</dt>
          <dd>{identity.epost}</dd>
        </div>
      ) : null}
    </dl>
  );
}
