import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { landingPath } from "@/lib/auth/permissions";
import { listMemberships } from "@/lib/server/user/list-memberships";

export default async function ValjForbundPage() {
  const session = await requireUser("/valj-forbund");
  const t = await getTranslations();
  const memberships = await listMemberships(session.userId);
  return (
    <main id="innehall" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold">{t("forbundPicker.title")}</h1>
      <p className="mt-2 text-muted">{memberships.length ? t("forbundPicker.intro") : t("forbundPicker.none")}</p>
      <ul className="mt-6 flex flex-col gap-3">
        {memberships.map((m) => (
          <li key={m.slug}>
            <Link href={landingPath(m.slug, m.roll)} className="block rounded-lg border border-gray-200 bg-white p-4 hover:border-brand-600">
              <span className="font-medium">{m.namn}</span>
              <span className="block text-sm text-muted">{t(`roles.${m.roll}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
