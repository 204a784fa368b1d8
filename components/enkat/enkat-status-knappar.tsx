"use client";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import { setEnkatStatusAction } from "@/lib/actions/enkat/set-enkat-status";
import { Button } from "@/components/ui/button";

export function EnkatStatusKnappar({ slug, enkatId, status }: { slug: string; enkatId: string; status: string }) {
  const t = useTranslations("enkat");
  const router = useRouter();
  const [pending, start] = useTransition();
  const set = (ny: "AKTIV" | "STANGD") =>
    start(async () => {
      const result = await setEnkatStatusAction(slug, enkatId, { status: ny });
      if (!result.ok) toast.error(result.message);
      else {
        toast.success(t(ny === "AKTIV" ? "aktiverad" : "stangd"));
        router.refresh();
      }
    });
  return status === "AKTIV" ? (
    <Button variant="outline" disabled={pending} onClick={() => set("STANGD")}>
      {t("stang")}
    </Button>
  ) : (
    <Button disabled={pending} onClick={() => set("AKTIV")}>
      {t(status === "STANGD" ? "oppnaIgen" : "aktivera")}
    </Button>
  );
}
