import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EyeOff, ShieldCheck, UserRound } from "lucide-react";
import { requireTenant } from "@/lib/auth/require-tenant";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getIdentityView, type RecordedBy } from "@/lib/server/deltagare/get-identity-view";
import { Card, CardTitle } from "@/components/ui/card";
import { IdentityFacts } from "./identity-facts";
import { RevealIdentityButton } from "./reveal-identity-button";
import { WithdrawConsentForm } from "./withdraw-consent-form";

/**
 * Who the deltagare of one inskrivning is, as far as the caller may know
 * (DESIGN.md §5): code, kön and age band for everyone who sees participants;
 * name and masked personnummer for a vägledare assigned to the insats; a logged
 * reveal for a processledare. Loads its own data, so any page can place it.
 */
export async function IdentityPanel({ slug, insatsId, inskrivningId }: { slug: string; insatsId: string; inskrivningId: string }) {
  const ctx = await requireTenant(slug, "deltagare:read");
  const view = await getIdentityView(ctx, insatsId, inskrivningId).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    if (e instanceof ForbiddenError) forbidden();
    throw e;
  });
  const t = await getTranslations("identityPanel");
  const by = (r: RecordedBy) => (r.kind === "import" ? t("importerad") : r.kind === "user" ? r.namn : t("okandAnvandare"));

  return (
    <Card aria-labelledby="identity-panel-title" className="flex flex-col gap-4">
      <CardTitle id="identity-panel-title">{t("title")}</CardTitle>
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-muted">{t("kod")}</dt>
          <dd className="font-mono text-base font-semibold" data-testid="deltagare-kod">
            {view.kod}
          </dd>
        </div>
        <div>
          <dt className="text-muted">{t("kon")}</dt>
          <dd>{t(`konLabel.${view.kon}`)}</dd>
        </div>
        <div>
          <dt className="text-muted">{t("aldersgrupp")}</dt>
          <dd>{t("aldersgruppValue", { grupp: view.aldersgrupp })}</dd>
        </div>
      </dl>

      <div className="flex flex-col gap-2 border-t border-gray-200 pt-4">
        <h3 className="font-semibold">{t("identitet")}</h3>
        {view.state === "visible" && view.identity ? (
          <IdentityFacts identity={view.identity} />
        ) : view.state === "revealable" ? (
          <>
            <p className="flex items-start gap-2 text-sm">
              <EyeOff aria-hidden className="mt-0.5 h-4 w-4 shrink-0" />
              {t("revealableNote")}
            </p>
            <RevealIdentityButton slug={slug} insatsId={insatsId} inskrivningId={inskrivningId} />
          </>
        ) : (
          <p className="flex items-start gap-2 text-sm">
            {view.state === "hidden" ? <EyeOff aria-hidden className="mt-0.5 h-4 w-4 shrink-0" /> : <UserRound aria-hidden className="mt-0.5 h-4 w-4 shrink-0" />}
            {t(`state.${view.state}`)}
          </p>
        )}
      </div>

      {view.samtycke ? (
        <div className="flex flex-col gap-2 border-t border-gray-200 pt-4">
          <h3 className="flex items-center gap-2 font-semibold">
            <ShieldCheck aria-hidden className="h-4 w-4" />
            {t("samtycke")}
          </h3>
          <dl className="grid gap-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-muted">{t("samtyckeDatum")}</dt>
              <dd>{view.samtycke.datum}</dd>
            </div>
            <div>
              <dt className="text-muted">{t("registreradAv")}</dt>
              <dd>{by(view.samtycke.registreradAv)}</dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="text-muted">{t("omfattning")}</dt>
              <dd>{view.samtycke.omfattning}</dd>
            </div>
            {view.samtycke.aterkalladDatum ? (
              <div className="sm:col-span-2">
                <dt className="text-muted">{t("aterkallat")}</dt>
                <dd>
                  {t("aterkallatValue", { datum: view.samtycke.aterkalladDatum, av: view.samtycke.aterkalladAv ? by(view.samtycke.aterkalladAv) : t("okandAnvandare") })}
                </dd>
              </div>
            ) : null}
          </dl>
          {view.canWithdraw ? <WithdrawConsentForm slug={slug} insatsId={insatsId} inskrivningId={inskrivningId} /> : null}
        </div>
      ) : null}
    </Card>
  );
}
