import "server-only";
import { Document, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { createTranslator } from "next-intl";
import { loadMessages } from "@/messages/load";
import { RapportSida, rapportText } from "@/lib/server/pdf/rapport-sida";
import * as kod from "@/lib/domain/kodlistor";
import type { Registerutdrag } from "./get-registerutdrag";

const s = StyleSheet.create({
  ...rapportText,
  h2: { fontFamily: "Helvetica-Bold", fontSize: 12, color: "#124741", marginTop: 10, marginBottom: 4 },
  section: { marginBottom: 8 },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#e5e7eb", paddingVertical: 2 },
  label: { width: 160, color: "#4b5563" },
  value: { flex: 1 },
  item: { paddingVertical: 1.5 },
  note: { fontSize: 8, color: "#4b5563" },
});

type T = ((key: string, values?: Record<string, string | number>) => string) & { has(key: string): boolean };

const STOCKHOLM = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
/** An instant as Swedish local time, "2026-11-24 21:03". */
const lokalTid = (iso: string) => STOCKHOLM.format(new Date(iso));

/** An audit action ("inskrivning.avslut") in words; an action without a label is shown as its code. */
function handelseText(t: T, action: string): string {
  const key = `gdpr.pdf.handelseTyp.${action.replace(/\./g, "_")}`;
  return t.has(key) ? t(key) : action;
}

function Rad({ label, value }: { label: string; value: string }) {
  return (
    <View style={s.row} wrap={false}>
      <Text style={s.label}>{label}</Text>
      <Text style={s.value}>{value}</Text>
    </View>
  );
}

const lista = (koder: string[], k: { label(kod: string): string }, tom: string) => (koder.length ? koder.map((x) => k.label(x)).join(", ") : tom);
const enkel = (v: string | null, k: { label(kod: string): string } | null, tom: string) => (v ? (k ? k.label(v) : v) : tom);

function Handelser({ rader, t }: { rader: Registerutdrag["handelser"]; t: T }) {
  if (rader.length === 0) return <Text style={s.note}>{t("gdpr.pdf.ingaHandelser")}</Text>;
  return (
    <View>
      {rader.map((h, n) => (
        <Text key={n} style={s.item}>
          {t("gdpr.pdf.handelse", { tidpunkt: lokalTid(h.tidpunkt), handelse: handelseText(t, h.handelse), av: h.utfordAv })}
        </Text>
      ))}
    </View>
  );
}

function Inskrivning({ i, t }: { i: Registerutdrag["inskrivningar"][number]; t: T }) {
  const tom = t("gdpr.pdf.tom");
  return (
    <View style={s.section}>
      <View wrap={false}>
        <Text style={s.h2}>{i.insats}</Text>
        <Text style={s.note}>{t("gdpr.pdf.period", { start: i.startdatum, slut: i.avslutsdatum ?? t("gdpr.pdf.pagar") })}</Text>
      </View>
      <Rad label={t("gdpr.pdf.grupp")} value={i.grupp ?? tom} />
      <Rad label={t("gdpr.pdf.remittent")} value={enkel(i.remittent, kod.remittent, tom)} />
      <Rad label={t("gdpr.pdf.aktuellHos")} value={lista(i.aktuellHos, kod.aktuellHos, tom)} />
      <Rad label={t("gdpr.pdf.forsorjningStart")} value={lista(i.forsorjningStart, kod.forsorjning, tom)} />
      <Rad label={t("gdpr.pdf.sysselsattningStart")} value={lista(i.sysselsattningStart, kod.sysselsattning, tom)} />
      <Rad label={t("gdpr.pdf.utbildningsniva")} value={enkel(i.utbildningsniva, kod.utbildningsniva, tom)} />
      <Rad label={t("gdpr.pdf.folkbokforingskommun")} value={i.folkbokforingskommun ?? tom} />
      <Rad label={t("gdpr.pdf.tidIOffentligForsorjning")} value={enkel(i.tidIOffentligForsorjning, kod.tidIOffentligForsorjning, tom)} />
      <Rad label={t("gdpr.pdf.spar")} value={i.spar ?? tom} />
      <Rad label={t("gdpr.pdf.avslutsorsak")} value={enkel(i.avslutsorsak, kod.avslutsorsak, tom)} />
      <Rad label={t("gdpr.pdf.forsorjningAvslut")} value={lista(i.forsorjningAvslut, kod.forsorjning, tom)} />
      <Rad label={t("gdpr.pdf.sysselsattningAvslut")} value={lista(i.sysselsattningAvslut, kod.sysselsattning, tom)} />
      <Rad label={t("gdpr.pdf.anonymiserad")} value={t(i.anonymiserad ? "gdpr.pdf.ja" : "gdpr.pdf.nej")} />
      <Text style={s.h3} minPresenceAhead={24}>{t("gdpr.pdf.matningar")}</Text>
      {i.matningar.length === 0 ? <Text style={s.note}>{t("gdpr.pdf.ingaMatningar")}</Text> : null}
      {i.matningar.map((m, n) => (
        <Text key={n} style={s.item}>
          {t("gdpr.pdf.matning", { datum: m.datum, variabel: m.variabel, tidpunkt: kod.tidpunkt.label(m.tidpunkt), varde: new Intl.NumberFormat("sv-SE").format(m.varde) })}
        </Text>
      ))}
      {i.uppfoljning ? (
        <View wrap={false}>
          <Text style={s.h3}>{t("gdpr.pdf.uppfoljning")}</Text>
          <Text style={s.item}>{t("gdpr.pdf.uppfoljningRad", { datum: i.uppfoljning.datum, status: kod.uppfoljningStatus.label(i.uppfoljning.status) })}</Text>
          {i.uppfoljning.kommentar ? <Text style={s.item}>{`${t("gdpr.pdf.kommentar")}: ${i.uppfoljning.kommentar}`}</Text> : null}
        </View>
      ) : null}
      {i.plan ? (
        <View>
          <Text style={s.h3}>{t("gdpr.pdf.plan", { datum: i.plan.upprattad })}</Text>
          {i.plan.mal.map((m, n) => (
            <Text key={n} style={s.item}>
              {t("gdpr.pdf.planMal", { beskrivning: m.beskrivning || tom, status: t(`gdpr.pdf.planMalStatus.${m.status}`) })}
            </Text>
          ))}
        </View>
      ) : null}
      {i.enkatlankar.length > 0 ? <Text style={s.h3}>{t("gdpr.pdf.enkatlankar")}</Text> : null}
      {i.enkatlankar.map((l, n) => (
        <Text key={n} style={s.item}>
          {t("gdpr.pdf.enkatlankRad", {
            enkat: l.enkat,
            skapad: l.skapad,
            giltigTill: l.giltigTill,
            status: l.anvand ? t("gdpr.pdf.enkatlankAnvand", { datum: l.anvand }) : t("gdpr.pdf.enkatlankOanvand"),
          })}
        </Text>
      ))}
      {i.enkatsvar.length > 0 ? <Text style={s.h3}>{t("gdpr.pdf.enkatsvar")}</Text> : null}
      {i.enkatsvar.map((e, n) => (
        <View key={n} style={s.item}>
          <Text>{t("gdpr.pdf.enkatsvarRad", { enkat: e.enkat, period: `${e.ar}-${String(e.manad).padStart(2, "0")}` })}</Text>
          {e.svar.map((r, m) => (
            <Text key={m} style={s.note}>{`${r.fraga}: ${r.text ?? (r.varde === null ? tom : new Intl.NumberFormat("sv-SE").format(r.varde))}`}</Text>
          ))}
        </View>
      ))}
      <Text style={s.h3} minPresenceAhead={24}>{t("gdpr.pdf.handelser")}</Text>
      <Handelser rader={i.handelser} t={t} />
    </View>
  );
}

/**
 * The registerutdrag as a PDF in Swedish: förbund and date in a fixed header,
 * page numbers in a fixed footer (as the board report). Identity in clear: it
 * is made for the person it is about.
 */
export async function renderRegisterutdragPdf(u: Registerutdrag): Promise<Buffer> {
  const t = createTranslator({ locale: "sv", messages: await loadMessages("sv") }) as unknown as T;
  const datum = lokalTid(u.skapad).slice(0, 10);
  const tom = t("gdpr.pdf.tom");
  const doc = (
    <Document title={`${t("gdpr.pdf.title")} – ${u.deltagare.kod}`} author="Insatsportalen" language="sv-SE">
      <RapportSida
        forbund={u.forbund}
        meta={t("gdpr.pdf.skapad", { datum })}
        sidfot={t("gdpr.pdf.sammanstalld", { forbund: u.forbund, datum })}
        sidnummer={(sida, sidor) => t("gdpr.pdf.sida", { sida, sidor })}
      >
        <Text style={s.h1}>{t("gdpr.pdf.title")}</Text>
        <Text style={s.lead}>{t("gdpr.pdf.lead", { forbund: u.forbund })}</Text>

        <Text style={s.h2}>{t("gdpr.pdf.deltagare")}</Text>
        <Rad label={t("gdpr.pdf.kod")} value={u.deltagare.kod} />
        <Rad label={t("gdpr.pdf.kon")} value={kod.kon.label(u.deltagare.kon)} />
        <Rad label={t("gdpr.pdf.fodelsear")} value={String(u.deltagare.fodelsear)} />
        <Rad label={t("gdpr.pdf.registrerad")} value={u.deltagare.registrerad} />
        <Rad label={t("gdpr.pdf.skyddad")} value={t(u.deltagare.skyddadIdentitet ? "gdpr.pdf.ja" : "gdpr.pdf.nej")} />
        {u.deltagare.personuppgifterRaderade ? <Rad label={t("gdpr.pdf.raderad")} value={u.deltagare.personuppgifterRaderade} /> : null}

        <Text style={s.h2}>{t("gdpr.pdf.identitet")}</Text>
        {u.identitet ? (
          <View>
            <Rad label={t("gdpr.pdf.namn")} value={`${u.identitet.fornamn} ${u.identitet.efternamn}`.trim() || tom} />
            <Rad label={t("gdpr.pdf.personnummer")} value={u.identitet.personnummer} />
            <Rad label={t("gdpr.pdf.telefon")} value={u.identitet.telefon ?? tom} />
            <Rad label={t("gdpr.pdf.epost")} value={u.identitet.epost ?? tom} />
          </View>
        ) : (
          <Text style={s.note}>{t("gdpr.pdf.ingenIdentitet")}</Text>
        )}

        <Text style={s.h2}>{t("gdpr.pdf.samtycken")}</Text>
        {u.samtycken.length === 0 ? <Text style={s.note}>{t("gdpr.pdf.ingaSamtycken")}</Text> : null}
        {u.samtycken.map((sa, n) => (
          <View key={n} style={s.item} wrap={false}>
            <Text>
              {t("gdpr.pdf.samtycke", { insats: sa.insats, datum: sa.datum })}
              {sa.aterkallat ? `, ${t("gdpr.pdf.aterkallat", { datum: sa.aterkallat })}` : ""}
            </Text>
            {sa.omfattning ? <Text style={s.note}>{`${t("gdpr.pdf.omfattning")}: ${sa.omfattning}`}</Text> : null}
          </View>
        ))}

        <Text style={s.h2}>{t("gdpr.pdf.inskrivningar")}</Text>
        {u.inskrivningar.length === 0 ? <Text style={s.note}>{t("gdpr.pdf.ingaInskrivningar")}</Text> : null}
        {u.inskrivningar.map((i) => (
          <Inskrivning key={i.id} i={i} t={t} />
        ))}

        <Text style={s.h2}>{t("gdpr.pdf.loggTitel")}</Text>
        <Handelser rader={u.handelser} t={t} />
      </RapportSida>
    </Document>
  );
  return renderToBuffer(doc);
}
