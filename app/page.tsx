import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { landingPath } from "@/lib/auth/permissions";
import { listMemberships } from "@/lib/server/user/list-memberships";

export default async function Home() {
  const session = await requireUser("/");
  const memberships = await listMemberships(session.userId);
  if (memberships.length === 1) redirect(landingPath(memberships[0]!.slug, memberships[0]!.roll));
  redirect("/valj-forbund");
}
