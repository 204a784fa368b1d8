import { Ban, CheckCircle2, CircleCheck, CircleHelp, Download, FileSpreadsheet, PenLine, Scale, TrendingUp, TriangleAlert, XCircle } from "lucide-react";

/**
 * Icons a page repeats many times — status badges, export links, warnings —
 * drawn once in a hidden sprite (IkonSprite, in the root layout) and referenced
 * with <use>. Inline, each copy was ~400 bytes of SVG in the HTML and again in
 * the React payload: on a förbund overview of 25 insatser that was ~300 kB of
 * its 880 kB (issue 8). Decorative only (aria-hidden); the text beside each
 * icon carries the meaning. Colour follows the text (currentColor).
 */
const SPRITE = {
  "check-circle": CheckCircle2,
  "circle-check": CircleCheck,
  "trending-up": TrendingUp,
  "triangle-alert": TriangleAlert,
  "x-circle": XCircle,
  "circle-help": CircleHelp,
  ban: Ban,
  "pen-line": PenLine,
  download: Download,
  "file-spreadsheet": FileSpreadsheet,
  scale: Scale,
} as const;

export type SpriteNamn = keyof typeof SPRITE;

/** The symbols, once per document. */
export function IkonSprite() {
  return (
    <svg aria-hidden="true" focusable="false" width="0" height="0" style={{ position: "absolute", overflow: "hidden" }}>
      {Object.entries(SPRITE).map(([namn, Icon]) => (
        <symbol key={namn} id={`ikon-${namn}`} viewBox="0 0 24 24">
          <Icon />
        </symbol>
      ))}
    </svg>
  );
}

export function SpriteIkon({ namn, className }: { namn: SpriteNamn; className?: string }) {
  return (
    <svg aria-hidden="true" focusable="false" className={className} viewBox="0 0 24 24">
      <use href={`#ikon-${namn}`} />
    </svg>
  );
}
