import { withTenant } from "@/lib/api/handler";
import { parseInput } from "@/lib/actions/result";
import { oversiktFilterInput, oversiktFilterSchema } from "@/lib/validation/oversikt";
import { getStyrelseOversikt } from "@/lib/server/oversikt/get-styrelse-oversikt";
import { renderStyrelsePdf } from "@/lib/server/oversikt/render-styrelse-pdf";
import { recordStyrelseExport } from "@/lib/server/oversikt/record-styrelse-export";

export const runtime = "nodejs";

/** The board report as a PDF: the suppressed view model only, whoever asks; the export is audited. */
export const GET = withTenant("styrelse:read", async ({ req, ctx }) => {
  const filter = parseInput(oversiktFilterSchema, oversiktFilterInput(req.nextUrl.searchParams));
  const vy = await getStyrelseOversikt(ctx, filter, { locale: "sv" });
  const pdf = await renderStyrelsePdf(vy);
  await recordStyrelseExport(ctx, { format: "pdf", filter: { ...filter }, insatser: vy.insatser.map((i) => i.id) });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="styrelserapport-${ctx.forbundSlug}-${vy.idag}.pdf"`,
      "cache-control": "no-store",
    },
  });
});
