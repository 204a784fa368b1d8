import "server-only";
import QRCode from "qrcode";
import { enkatUrl } from "./token";

export type LankUtskrift = { url: string; qr: string };

/** Each link's address and its QR code as an SVG data URL, drawn on the server (no script on the printed sheet). */
export async function lankUtskrift(origin: string, tokens: readonly string[]): Promise<LankUtskrift[]> {
  return Promise.all(
    tokens.map(async (token) => {
      const url = enkatUrl(origin, token);
      const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
      return { url, qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
    }),
  );
}
