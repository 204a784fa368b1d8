import { useTranslations } from "next-intl";
import { CheckCircle2, Clock, TriangleAlert, CalendarClock } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { UppfoljningLage } from "@/lib/domain/uppfoljning";

const look = {
  GJORD: { tone: "ok", Icon: CheckCircle2 },
  EJ_AKTUELL: { tone: "neutral", Icon: CalendarClock },
  AKTUELL: { tone: "info", Icon: Clock },
  FORSENAD: { tone: "warn", Icon: TriangleAlert },
} as const;

/** Where a 90-day follow-up stands, as text and icon (never colour alone). */
export function UppfoljningLageBadge({ lage }: { lage: UppfoljningLage }) {
  const t = useTranslations("forlopp.lage");
  const { tone, Icon } = look[lage];
  return (
    <Badge tone={tone}>
      <Icon aria-hidden className="h-3.5 w-3.5" />
      {t(lage)}
    </Badge>
  );
}
