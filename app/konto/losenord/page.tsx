import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { ACCOUNT_PATH, CHANGE_PASSWORD_PATH } from "@/lib/auth/paths";
import { ChangePasswordForm } from "@/components/konto/change-password-form";
import { KlientTexter } from "@/components/i18n/klient-texter";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("losenord"))("title") };
}

/** Changing one's password; also where a user on a temporary password is sent until they have chosen their own. */
export default async function LosenordPage() {
  const user = await requireUser(CHANGE_PASSWORD_PATH, { allowPasswordChange: true });
  const t = await getTranslations();
  const forced = user.losenordMasteBytas;
  return (
    <KlientTexter ns={["losenord"]}>
      <main id="innehall" className="mx-auto max-w-md px-4 py-12">
        {forced ? null : (
          <p>
            <Link href={ACCOUNT_PATH} className="text-sm text-brand-700 underline">
              {t("konto.title")}
            </Link>
          </p>
        )}
        <h1 className="mt-4 text-2xl font-bold text-gray-900">{forced ? t("losenord.forcedTitle") : t("losenord.title")}</h1>
        <p className="mt-2 text-muted">{forced ? t("losenord.forcedIntro") : t("losenord.intro")}</p>
        <ChangePasswordForm forced={forced} next="/" />
      </main>
    </KlientTexter>
  );
}
