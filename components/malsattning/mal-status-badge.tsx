import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { SpriteIkon } from "@/components/ui/sprite-ikon";
import type { MalStatus } from "@/lib/domain/goals/evaluate";

const look = {
  UPPNATT: { tone: "ok", ikon: "check-circle" },
  PA_VAG: { tone: "info", ikon: "trending-up" },
  RISK: { tone: "warn", ikon: "triangle-alert" },
  EJ_UPPNATT: { tone: "bad", ikon: "x-circle" },
  UNDERLAG_SAKNAS: { tone: "neutral", ikon: "circle-help" },
  EJ_MATBART: { tone: "neutral", ikon: "ban" },
  MANUELL: { tone: "neutral", ikon: "pen-line" },
} as const;

/** Status as text, colour and icon — never colour alone; with `count`, how many targets have it. */
export function MalStatusBadge({ status, count }: { status: MalStatus; count?: number }) {
  const t = useTranslations("malStatus");
  const { tone, ikon } = look[status];
  return (
    <Badge tone={tone}>
      <SpriteIkon namn={ikon} className="h-3.5 w-3.5" />
      {count !== undefined ? <span className="tabular-nums font-semibold">{count}</span> : null}
      {t(status)}
    </Badge>
  );
}
