import "server-only";
import type { ReactNode } from "react";
import { Page, StyleSheet, Text, View } from "@react-pdf/renderer";

/**
 * The page every PDF the app prints shares (board report, registerutdrag): A4,
 * the förbund and a line of metadata in a fixed header, a summary line and
 * "Sida x av y" in a fixed footer, so every printed page says what it is.
 */
const sida = StyleSheet.create({
  page: { paddingTop: 64, paddingBottom: 48, paddingHorizontal: 40, fontFamily: "Helvetica", fontSize: 9.5, color: "#111827" },
  header: { position: "absolute", top: 24, left: 40, right: 40, flexDirection: "row", justifyContent: "space-between", borderBottomWidth: 1, borderBottomColor: "#175a53", paddingBottom: 6 },
  headerTitle: { fontFamily: "Helvetica-Bold", fontSize: 10, color: "#175a53" },
  headerMeta: { fontSize: 8.5, color: "#4b5563" },
  footer: { position: "absolute", bottom: 20, left: 40, right: 40, flexDirection: "row", justifyContent: "space-between", fontSize: 8, color: "#4b5563", borderTopWidth: 0.5, borderTopColor: "#d1d5db", paddingTop: 4 },
});

/** Title, lead and small-caps heading, the same in every report. */
export const rapportText = {
  h1: { fontFamily: "Helvetica-Bold", fontSize: 16, marginBottom: 4 },
  lead: { color: "#4b5563", marginBottom: 12 },
  h3: { fontFamily: "Helvetica-Bold", fontSize: 9, textTransform: "uppercase", color: "#4b5563", marginTop: 6, marginBottom: 3 },
} as const;

export function RapportSida({
  forbund,
  meta,
  sidfot,
  sidnummer,
  children,
}: {
  forbund: string;
  meta: ReactNode;
  sidfot: string;
  /** "Sida 2 av 5", in the report's own words. */
  sidnummer: (sida: number, sidor: number) => string;
  children: ReactNode;
}) {
  return (
    <Page size="A4" style={sida.page}>
      <View style={sida.header} fixed>
        <Text style={sida.headerTitle}>{forbund}</Text>
        <Text style={sida.headerMeta}>{meta}</Text>
      </View>
      {children}
      <View style={sida.footer} fixed>
        <Text>{sidfot}</Text>
        <Text render={({ pageNumber, totalPages }) => sidnummer(pageNumber, totalPages)} />
      </View>
    </Page>
  );
}
