import { useTranslations } from "next-intl";
import { Ban, CheckCircle2, CircleHelp, PenLine, TrendingUp, TriangleAlert, XCircle } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { MalStatus } from "@/lib/domain/goals/evaluate";

const look = {
  UPPNATT: { tone: "ok", Icon: CheckCircle2 },
  PA_VAG: { tone: "info", Icon: TrendingUp },
  RISK: { tone: "warn", Icon: TriangleAlert },
  EJ_UPPNATT: { tone: "bad", Icon: XCircle },
  UNDERLAG_SAKNAS: { tone: "neutral", Icon: CircleHelp },
  EJ_MATBART: { tone: "neutral", Icon: Ban },
  MANUELL: { tone: "neutral", Icon: PenLine },
} as const;

/** Status as text, colour and icon — never colour alone; with `count`, how many targets have it. */
export function MalStatusBadge({ status, count }: { status: MalStatus; count?: number }) {
  const t = useTranslations("malStatus");
  const { tone, Icon } = look[status];
  return (
    <Badge tone={tone}>
      <Icon aria-hidden className="h-3.5 w-3.5" />
      {count !== undefined ? <span className="tabular-nums font-semibold">{count}</span> : null}
      {t(status)}
    </Badge>
  );
}
