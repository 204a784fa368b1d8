import "server-only";
import { Document, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { createTranslator } from "next-intl";
import { loadMessages } from "@/messages/load";
import { RapportSida, rapportText } from "@/lib/server/pdf/rapport-sida";
import type { MalStatus } from "@/lib/domain/goals/evaluate";
import { formatProcent } from "@/lib/domain/goals/format";
import { formatStyrelseResultat } from "@/lib/domain/oversikt/format-styrelse-mal";
import type { KonRad, StyrelseInsats, StyrelseOversikt } from "@/lib/domain/oversikt/types";
import type { Cell } from "@/lib/domain/suppression";

const FARG: Record<MalStatus, string> = {
  UPPNATT: "#1e6b34",
  PA_VAG: "#124741",
  RISK: "#8a5200",
  EJ_UPPNATT: "#a1231b",
  UNDERLAG_SAKNAS: "#4b5563",
  EJ_MATBART: "#4b5563",
  MANUELL: "#4b5563",
};

const s = StyleSheet.create({
  ...rapportText,
  insats: { marginBottom: 14 },
  h2: { fontFamily: "Helvetica-Bold", fontSize: 12, color: "#124741", marginBottom: 2 },
  meta: { color: "#4b5563", marginBottom: 6 },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#e5e7eb", paddingVertical: 3 },
  headRow: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: "#9ca3af", paddingVertical: 3, fontFamily: "Helvetica-Bold" },
  status: { width: 80, flexDirection: "row", alignItems: "center" },
  dot: { width: 6, height: 6, borderRadius: 3, marginRight: 4 },
  malText: { flex: 1, paddingRight: 6 },
  resultat: { width: 190 },
  cellLabel: { width: 90 },
  cellNum: { width: 70, textAlign: "right" },
  note: { fontSize: 8, color: "#4b5563", marginTop: 3 },
});

type T = (key: string, values?: Record<string, string | number>) => string;

function cellText(c: Cell | null, min: number): string {
  if (c === null) return "";
  if (typeof c === "number") return new Intl.NumberFormat("sv-SE").format(c);
  return c.dold === "LITEN" ? `<${min}` : "–";
}

const kronor = (n: number) => new Intl.NumberFormat("sv-SE", { style: "currency", currency: "SEK", maximumFractionDigits: 0 }).format(n);

function InsatsSektion({ i, min, t }: { i: StyrelseInsats; min: number; t: T }) {
  const volym = i.deltagare.kalla === "VOLYM";
  const rader: [string, KonRad<Cell>][] = [
    [t("oversikt.deltagare.kvinnor"), i.deltagare.K],
    [t("oversikt.deltagare.man"), i.deltagare.M],
    [t("oversikt.deltagare.totalt"), i.deltagare.totalt],
  ];
  return (
    <View style={s.insats} wrap>
      <View wrap={false}>
        <Text style={s.h2}>{i.namn}</Text>
        <Text style={s.meta}>
          {t(`insatstyp.${i.insatstyp}`)} · {t(`status.${i.status}`)} · {t("oversikt.insats.period", { start: i.startdatum, slut: i.slutdatum ?? t("oversikt.insats.tillsVidare") })}
        </Text>
      </View>
      <Text style={s.h3}>{t("styrelseVy.malOchResultat")}</Text>
      {i.mal.length === 0 ? <Text>{t("oversikt.insats.noMal")}</Text> : null}
      {i.mal.map((m) => (
        <View key={m.id} style={s.row} wrap={false}>
          <View style={s.status}>
            <View style={[s.dot, { backgroundColor: FARG[m.status] }]} />
            <Text style={{ color: FARG[m.status], fontFamily: "Helvetica-Bold" }}>{t(`malStatus.${m.status}`)}</Text>
          </View>
          <Text style={s.malText}>{m.mening}</Text>
          <Text style={s.resultat}>{formatStyrelseResultat(m, min, "sv")}</Text>
        </View>
      ))}
      <View wrap={false}>
        <Text style={s.h3}>{t("oversikt.insats.deltagare")}</Text>
        <View style={s.headRow}>
          <Text style={s.cellLabel}>{t("oversikt.deltagare.kon")}</Text>
          {volym ? null : <Text style={s.cellNum}>{t("oversikt.deltagare.aktiva")}</Text>}
          {volym ? null : <Text style={s.cellNum}>{t("oversikt.deltagare.avslutade")}</Text>}
          <Text style={s.cellNum}>{t("oversikt.deltagare.inskrivna")}</Text>
        </View>
        {rader.map(([label, r]) => (
          <View key={label} style={s.row}>
            <Text style={s.cellLabel}>{label}</Text>
            {volym ? null : <Text style={s.cellNum}>{cellText(r.aktiva, min)}</Text>}
            {volym ? null : <Text style={s.cellNum}>{cellText(r.avslutade, min)}</Text>}
            <Text style={s.cellNum}>{cellText(r.totalt, min)}</Text>
          </View>
        ))}
        <Text style={s.note}>
          {i.deltagare.andelKvinnor !== null && typeof i.deltagare.totalt.totalt === "number"
            ? `${t("oversikt.deltagare.andelKvinnor", { andel: formatProcent(i.deltagare.andelKvinnor, "sv", 0), n: i.deltagare.totalt.totalt })} · ${t(i.deltagare.jamstalld ? "oversikt.deltagare.jamstalld" : "oversikt.deltagare.ejJamstalld")}`
            : i.deltagare.totalt.totalt === 0
              ? t("oversikt.deltagare.ingen")
              : t("oversikt.deltagare.andelDold")}
        </Text>
        <Text style={s.h3}>{t("oversikt.insats.budget")}</Text>
        <Text>
          {i.budget.budget === 0
            ? t("oversikt.budget.ingen")
            : `${t("oversikt.budget.utfallAv", { utfall: kronor(i.budget.utfall), budget: kronor(i.budget.budget) })} · ${t("oversikt.budget.andel", { andel: formatProcent(i.budget.andel ?? 0, "sv", 0) })}`}
        </Text>
      </View>
    </View>
  );
}

/**
 * The board report as a PDF, in Swedish, from the suppressed view model only.
 * Förbund, period and date are in a fixed header and page numbers in a fixed
 * footer, so every printed page says what it is.
 */
export async function renderStyrelsePdf(vy: StyrelseOversikt): Promise<Buffer> {
  const t = createTranslator({ locale: "sv", messages: await loadMessages("sv") }) as unknown as T;
  const period = vy.period.fran ? t("oversikt.period.mellan", { fran: vy.period.fran, till: vy.period.till }) : t("oversikt.period.heltid", { till: vy.period.till });
  const doc = (
    <Document title={`${t("styrelseVy.rapport")} – ${vy.forbund.namn}`} author="Insatsportalen" language="sv-SE">
      <RapportSida
        forbund={vy.forbund.namn}
        meta={`${t("oversikt.period.label")}: ${period} · ${t("styrelseVy.skapad", { datum: vy.idag })}`}
        sidfot={t("styrelseVy.sammanstalld", { forbund: vy.forbund.namn, period, datum: vy.idag })}
        sidnummer={(sida, sidor) => t("styrelseVy.sida", { sida, sidor })}
      >
        <Text style={s.h1}>{t("styrelseVy.rapport")}</Text>
        <Text style={s.lead}>{t("oversikt.cell.legend", { min: vy.minCell })}</Text>
        {vy.insatser.length === 0 ? <Text>{t("oversikt.empty")}</Text> : null}
        {vy.insatser.map((i) => (
          <InsatsSektion key={i.id} i={i} min={vy.minCell} t={t} />
        ))}
      </RapportSida>
    </Document>
  );
  return renderToBuffer(doc);
}
