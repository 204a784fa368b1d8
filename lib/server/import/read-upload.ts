import "server-only";
import type { FilTyp } from "@/lib/domain/import/las-fil";
import { MAX_FIL_BYTES } from "@/lib/domain/import/rapport";
import { XLSX_MIME } from "./get-import-mall";

export type Uppladdning =
  | { ok: true; typ: FilTyp; bytes: Uint8Array }
  | { ok: false; status: 400 | 413; code: "validation" | "payload_too_large"; message: string };

const MB = Math.round(MAX_FIL_BYTES / (1024 * 1024));
const FOR_STOR: Uppladdning = { ok: false, status: 413, code: "payload_too_large", message: `Filen är för stor – högst ${MB} MB. Dela upp den i flera filer.` };
const CSV_TYPER = new Set(["text/csv", "text/plain", "application/csv", "text/comma-separated-values", "application/vnd.ms-excel"]);

/**
 * The request body as an import file. The size is enforced while reading, so
 * an oversized upload is cut off rather than buffered. The type is decided by
 * the bytes (an .xlsx is a zip, "PK"); the content-type only has to be one a
 * browser or client sends for CSV or Excel — Windows reports .csv files as
 * application/vnd.ms-excel.
 */
export async function readUpload(req: Request): Promise<Uppladdning> {
  const contentType = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!CSV_TYPER.has(contentType) && contentType !== XLSX_MIME && contentType !== "application/octet-stream") {
    return {
      ok: false,
      status: 400,
      code: "validation",
      message: `Skicka filen som kroppen med content-type text/csv eller ${XLSX_MIME} (nu "${contentType || "saknas"}")`,
    };
  }
  const langd = Number(req.headers.get("content-length") ?? "0");
  if (langd > MAX_FIL_BYTES) return FOR_STOR;

  const delar: Uint8Array[] = [];
  let storlek = 0;
  if (req.body) {
    const reader = req.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      storlek += value.byteLength;
      if (storlek > MAX_FIL_BYTES) {
        await reader.cancel();
        return FOR_STOR;
      }
      delar.push(value);
    }
  }
  if (storlek === 0) return { ok: false, status: 400, code: "validation", message: "Filen är tom – skicka CSV- eller Excel-filen som förfrågans kropp" };
  const bytes = new Uint8Array(storlek);
  let pos = 0;
  for (const d of delar) {
    bytes.set(d, pos);
    pos += d.byteLength;
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return { ok: true, typ: "xlsx", bytes };
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return { ok: false, status: 400, code: "validation", message: "Det gamla Excel-formatet (.xls) stöds inte – spara filen som Excel-arbetsbok (.xlsx) eller CSV" };
  }
  if (contentType === XLSX_MIME) return { ok: false, status: 400, code: "validation", message: "Filen kunde inte läsas som Excel (.xlsx). Spara den som Excel-arbetsbok eller CSV och försök igen." };
  return { ok: true, typ: "csv", bytes };
}
