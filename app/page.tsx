import { redirect } from "next/navigation";
import { getSessionIdentity } from "@/lib/auth/session";
import { landingPath } from "@/lib/auth/permissions";
import { listMemberships } from "@/lib/server/user/list-memberships";

export default async function Home() {
  const session = await getSessionIdentity();
  if (!session) redirect("/login");
  const memberships = await listMemberships(session.userId);
  if (memberships.length === 1) redirect(landingPath(memberships[0]!.slug, memberships[0]!.roll));
  redirect("/valj-forbund");
}
