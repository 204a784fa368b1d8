import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { can, canWriteInsatsDeltagare } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { listInsatsDeltagareSida, DELTAGARE_PER_SIDA } from "@/lib/server/deltagare/list-insats-deltagare-sida";
import { deltagareListaSchema } from "@/lib/validation/deltagare-lista";
import { listVolym } from "@/lib/server/deltagare/list-volym";
import { Button } from "@/components/ui/button";
import { DeltagareTable } from "@/components/deltagare/deltagare-table";
import { VolymTable } from "@/components/deltagare/volym-table";
import { KlientTexter } from "@/components/i18n/klient-texter";

type Search = Record<string, string | string[] | undefined>;

export default async function InsatsDeltagarePage({ params, searchParams }: { params: Promise<{ forbund: string; insatsId: string }>; searchParams: Promise<Search> }) {
  const { forbund, insatsId } = await params;
  const ctx = await requireTenant(forbund, "deltagare:read");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  // A hand-edited query string falls back to the first page, newest first, rather than an error.
  const parsed = deltagareListaSchema.safeParse(raw);
  const fraga = parsed.success ? parsed.data : deltagareListaSchema.parse({});
  const lista = await listInsatsDeltagareSida(ctx, insatsId, fraga).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    if (e instanceof ForbiddenError) forbidden();
    throw e;
  });
  const volym = lista.insats.matningsmetod === "VOLYM" ? await listVolym(ctx, insatsId) : null;
  const t = await getTranslations("deltagarLista");
  const mayRegister = can(ctx.roll, "deltagare:write") && canWriteInsatsDeltagare(ctx, insatsId);
  const base = `/f/${ctx.forbundSlug}/insatser/${insatsId}`;
  return (
    <KlientTexter ns={["deltagarLista", "table"]}>
      <div className="flex flex-col gap-6">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <p className="text-sm">
              <Link href={base} className="text-brand-700 underline-offset-2 hover:underline">
                {lista.insats.namn}
              </Link>
            </p>
            <h1 className="text-2xl font-bold">{volym ? t("titleVolym") : t("title")}</h1>
            <p className="mt-1 text-sm text-muted">{volym ? t("introVolym") : lista.medIdentitet ? t("introMedIdentitet") : t("introPseudonym")}</p>
          </div>
          {mayRegister ? (
            <Button asChild>
              <Link href={`${base}/deltagare/ny`}>{volym ? t("registreraVolym") : t("registrera")}</Link>
            </Button>
          ) : null}
        </div>
        {volym ? (
          <VolymTable rader={volym} />
        ) : (
          <DeltagareTable
            slug={ctx.forbundSlug}
            insatsId={insatsId}
            rader={lista.rader}
            medIdentitet={lista.medIdentitet}
            sida={{
              page: lista.sida,
              pageCount: lista.sidor,
              total: lista.total,
              pageSize: DELTAGARE_PER_SIDA,
              query: new URLSearchParams(Object.entries({ sok: fraga.sok ?? "", sortera: fraga.sortera, ordning: fraga.ordning }).filter(([, v]) => v !== "")).toString(),
              sort: { column: fraga.sortera, direction: fraga.ordning },
              sok: fraga.sok ?? "",
            }}
          />
        )}
      </div>
    </KlientTexter>
  );
}
