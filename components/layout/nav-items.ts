import type { Roll } from "@/lib/auth/permissions";

export type NavItem = { key: "overview" | "insatser" | "enkater" | "enkatResultat" | "myWork" | "reports" | "board" | "admin"; href: string };

/** The main menu per role: a link is shown only where the role has access. */
export function navItems(slug: string, roll: Roll): NavItem[] {
  const base = `/f/${slug}`;
  const all: Record<NavItem["key"], { href: string; roles: Roll[] }> = {
    myWork: { href: `${base}/mitt-arbete`, roles: ["VAGLEDARE"] },
    overview: { href: base, roles: ["ADMIN", "PROCESSLEDARE"] },
    insatser: { href: `${base}/insatser`, roles: ["ADMIN", "PROCESSLEDARE", "VAGLEDARE"] },
    enkater: { href: `${base}/enkater`, roles: ["ADMIN", "PROCESSLEDARE", "VAGLEDARE"] },
    enkatResultat: { href: `${base}/enkatresultat`, roles: ["ADMIN", "PROCESSLEDARE", "VAGLEDARE", "STYRELSE"] },
    reports: { href: `${base}/rapporter`, roles: ["ADMIN", "PROCESSLEDARE"] },
    board: { href: `${base}/styrelse`, roles: ["ADMIN", "PROCESSLEDARE", "STYRELSE"] },
    admin: { href: `${base}/admin`, roles: ["ADMIN"] },
  };
  return (Object.keys(all) as NavItem["key"][]).filter((k) => all[k].roles.includes(roll)).map((key) => ({ key, href: all[key].href }));
}
