import { withTenant } from "@/lib/api/handler";
import { getRegisterutdrag } from "@/lib/server/gdpr/get-registerutdrag";
import { renderRegisterutdragPdf } from "@/lib/server/gdpr/render-registerutdrag-pdf";

export const runtime = "nodejs";

type Params = { forbund: string; deltagareId: string };

/** Registerutdrag (GDPR art. 15) as a readable Swedish PDF; the same extract as the JSON, audited. */
export const GET = withTenant<Params>("gdpr:registerutdrag", async ({ ctx, params }) => {
  const utdrag = await getRegisterutdrag(ctx, params.deltagareId, "pdf");
  const pdf = await renderRegisterutdragPdf(utdrag);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="registerutdrag-${utdrag.deltagare.kod}-${utdrag.skapad.slice(0, 10)}.pdf"`,
      "cache-control": "no-store",
    },
  });
});
