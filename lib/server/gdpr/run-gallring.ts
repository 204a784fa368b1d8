import "server-only";
import { db } from "@/lib/db";
import { gallraForbund, type GallringResultat } from "./gallra-forbund";

export type GallringKorning = { slug: string; resultat?: GallringResultat; fel?: string };

/**
 * Retention for every förbund (or the named ones). Listing förbund is a
 * system query on the plain client (no tenant yet); each förbund is then
 * erased in its own tenant transaction, so one förbund's failure neither
 * rolls back nor stops the others.
 */
export async function runGallring(options: { idag?: string; torrkorning?: boolean; slugs?: string[] } = {}): Promise<GallringKorning[]> {
  const forbund = await db.forbund.findMany({
    where: options.slugs?.length ? { slug: { in: options.slugs } } : {},
    select: { id: true, slug: true },
    orderBy: { slug: "asc" },
  });
  const out: GallringKorning[] = [];
  for (const f of forbund) {
    try {
      out.push({ slug: f.slug, resultat: await gallraForbund(f.id, options) });
    } catch (error) {
      out.push({ slug: f.slug, fel: error instanceof Error ? error.message : String(error) });
    }
  }
  for (const slug of options.slugs ?? []) {
    if (!forbund.some((f) => f.slug === slug)) out.push({ slug, fel: "förbundet finns inte" });
  }
  return out;
}

/** One line per förbund, for a scheduler's log. */
export function formatGallringRad(k: GallringKorning): string {
  if (k.fel) return `gallring ${k.slug}: FEL ${k.fel}`;
  const r = k.resultat!;
  const verb = r.torrkorning ? "skulle radera" : "raderade";
  return `gallring ${k.slug}: ${verb} ${r.raderade} deltagare (period ${r.gallringManader} mån, avslutade före ${r.grans})`;
}
