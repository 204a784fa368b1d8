import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const tone = { UTKAST: "neutral", AKTIV: "ok", STANGD: "warn" } as const;

export function EnkatStatusBadge({ status }: { status: string }) {
  const t = useTranslations("enkat");
  const s = (status in tone ? status : "UTKAST") as keyof typeof tone;
  return <Badge tone={tone[s]}>{t(`status.${s}`)}</Badge>;
}
