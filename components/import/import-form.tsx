"use client";
import { useId, useRef, useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { AlertCircle, CheckCircle2 } from "lucide-react";
import type { ImportRapport } from "@/lib/domain/import/rapport";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { ImportRapportVy } from "./import-rapport";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * What the progress shows, honestly: the browser reports how many bytes have
 * been sent, so the upload gets a percentage; what the server then does
 * (reading, checking, writing) reports nothing until it is done, so that stage
 * is shown as under way without a figure.
 */
type Lage =
  | { steg: "vilar" }
  | { steg: "laddarUpp"; procent: number | null; dryRun: boolean }
  | { steg: "bearbetar"; dryRun: boolean }
  | { steg: "klar"; rapport: ImportRapport }
  | { steg: "fel"; meddelande: string };

function skicka(url: string, fil: File, onProgress: (procent: number | null) => void, onUppladdad: () => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("content-type", fil.name.toLowerCase().endsWith(".xlsx") ? XLSX_MIME : "text/csv");
    xhr.upload.onprogress = (e) => onProgress(e.lengthComputable ? Math.round((e.loaded / e.total) * 100) : null);
    xhr.upload.onload = onUppladdad;
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new Error("network"));
    xhr.send(fil);
  });
}

export function ImportForm({ api, deltagareHref, insatsNamn, maxBytes }: { api: string; deltagareHref: string; insatsNamn: string; maxBytes: number }) {
  const t = useTranslations("importDeltagare");
  const [fil, setFil] = useState<File | null>(null);
  const [filFel, setFilFel] = useState<string | undefined>();
  const [lage, setLage] = useState<Lage>({ steg: "vilar" });
  const [bekrafta, setBekrafta] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const progressId = useId();
  const mb = Math.round(maxBytes / (1024 * 1024));
  const upptagen = lage.steg === "laddarUpp" || lage.steg === "bearbetar";

  async function kor(dryRun: boolean) {
    if (!fil) return setFilFel(t("fil.saknas"));
    if (fil.size > maxBytes) return setFilFel(t("fil.forStor", { mb }));
    setFilFel(undefined);
    setLage({ steg: "laddarUpp", procent: 0, dryRun });
    statusRef.current?.focus();
    try {
      const url = `${api}?dryRun=${dryRun}&filnamn=${encodeURIComponent(fil.name)}`;
      const { body } = await skicka(
        url,
        fil,
        (procent) => setLage({ steg: "laddarUpp", procent, dryRun }),
        () => setLage({ steg: "bearbetar", dryRun }),
      );
      const svar = body as (ImportRapport & { error?: undefined }) | { error: { message: string } } | null;
      if (svar && "error" in svar && svar.error) setLage({ steg: "fel", meddelande: t("status.fel", { meddelande: svar.error.message }) });
      else if (svar && "antalRader" in svar) setLage({ steg: "klar", rapport: svar });
      else setLage({ steg: "fel", meddelande: t("status.fel", { meddelande: "—" }) });
    } catch {
      setLage({ steg: "fel", meddelande: t("status.natverk") });
    }
  }

  const rapport = lage.steg === "klar" ? lage.rapport : null;
  const kanImportera = rapport !== null && rapport.dryRun && rapport.antalFel === 0 && rapport.antalRader > 0;

  return (
    <Card className="flex flex-col gap-4">
      <CardTitle>{t("fil.heading")}</CardTitle>
      <form
        className="flex flex-col gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          void kor(true);
        }}
      >
        <Field id="importfil" label={t("fil.label")} hint={t("fil.hint", { mb })} error={filFel}>
          {(aria) => (
            <Input
              {...aria}
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={upptagen}
              onChange={(e) => {
                setFil(e.target.files?.[0] ?? null);
                setFilFel(undefined);
                // A report belongs to the file it was made for.
                setLage({ steg: "vilar" });
              }}
            />
          )}
        </Field>
        <div>
          <Button type="submit" disabled={upptagen}>
            {rapport?.dryRun ? t("fil.igen") : t("fil.kontrollera")}
          </Button>
        </div>
      </form>

      <div ref={statusRef} tabIndex={-1} aria-live="polite" className="outline-none">
        {lage.steg === "laddarUpp" ? (
          <div className="flex flex-col gap-1">
            <label htmlFor={progressId} className="text-sm">
              {lage.procent === null ? t("status.laddarUppOkand") : t("status.laddarUpp", { procent: lage.procent })}
            </label>
            <progress id={progressId} max={100} value={lage.procent ?? undefined} className="h-2 w-full max-w-md" />
          </div>
        ) : null}
        {lage.steg === "bearbetar" ? (
          <div className="flex flex-col gap-1">
            <label htmlFor={progressId} className="text-sm">
              {lage.dryRun ? t("status.bearbetar") : t("status.sparar")}
            </label>
            {/* No value: the server does not report how far it has come, so the bar only says "under way". */}
            <progress id={progressId} aria-label={t("status.serverLabel")} className="h-2 w-full max-w-md" />
          </div>
        ) : null}
        {lage.steg === "fel" ? (
          <p role="alert" className="flex items-start gap-2 text-bad">
            <AlertCircle aria-hidden className="mt-0.5 size-4 shrink-0" />
            {lage.meddelande}
          </p>
        ) : null}
        {rapport ? <ImportRapportVy rapport={rapport} /> : null}
      </div>

      {kanImportera ? (
        <AlertDialog open={bekrafta} onOpenChange={setBekrafta}>
          <div>
            <Button type="button" onClick={() => setBekrafta(true)}>
              {t("importera.knapp")}
            </Button>
          </div>
          <AlertDialogContent>
            <AlertDialogHeader>
              <AlertDialogTitle>{t("importera.bekraftaTitel", { antal: rapport.antalRader })}</AlertDialogTitle>
              <AlertDialogDescription>{t("importera.bekraftaText", { insats: insatsNamn })}</AlertDialogDescription>
            </AlertDialogHeader>
            <AlertDialogFooter>
              <AlertDialogCancel>{t("importera.avbryt")}</AlertDialogCancel>
              <AlertDialogAction variant="default" onClick={() => void kor(false)}>
                {t("importera.bekrafta")}
              </AlertDialogAction>
            </AlertDialogFooter>
          </AlertDialogContent>
        </AlertDialog>
      ) : null}
      {rapport?.sparad ? (
        <p className="flex items-center gap-2">
          <CheckCircle2 aria-hidden className="size-4 text-ok" />
          <Link href={deltagareHref} className="text-brand-700 underline underline-offset-2">
            {t("rapport.tillDeltagare")}
          </Link>
        </p>
      ) : null}
    </Card>
  );
}
