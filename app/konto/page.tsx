import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { CHANGE_PASSWORD_PATH } from "@/lib/auth/paths";
import { SignOutEverywhereButton } from "@/components/konto/sign-out-everywhere-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("konto"))("title") };
}

export default async function KontoPage() {
  const user = await requireUser("/konto");
  const t = await getTranslations("konto");
  return (
    <main id="innehall" className="mx-auto max-w-xl px-4 py-12">
      <p>
        <Link href="/" className="text-sm text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="mt-4 text-2xl font-bold text-gray-900">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("intro")}</p>
      <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-gray-200 bg-white p-4">
        <dt className="font-medium">{t("name")}</dt>
        <dd>{user.namn}</dd>
        <dt className="font-medium">{t("email")}</dt>
        <dd>{user.email}</dd>
      </dl>
      <section aria-labelledby="losenord-rubrik" className="mt-8">
        <h2 id="losenord-rubrik" className="text-lg font-semibold">
          {t("passwordHeading")}
        </h2>
        <p className="mt-1 text-sm text-muted">{t("passwordText")}</p>
        <Link href={CHANGE_PASSWORD_PATH} className="mt-3 inline-block text-brand-700 underline">
          {t("changePasswordLink")}
        </Link>
      </section>
      <section aria-labelledby="overallt-rubrik" className="mt-8">
        <h2 id="overallt-rubrik" className="text-lg font-semibold">
          {t("everywhereHeading")}
        </h2>
        <p className="mb-3 mt-1 text-sm text-muted">{t("everywhereText")}</p>
        <SignOutEverywhereButton />
      </section>
    </main>
  );
}
