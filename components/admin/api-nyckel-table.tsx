"use client";
import { useFormatter, useTranslations } from "next-intl";
import type { ColumnDef } from "@tanstack/react-table";
import { CircleCheck, CircleSlash, Clock } from "lucide-react";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import type { ApiNyckelListItem } from "@/lib/server/apinycklar/list-api-nycklar";
import { RevokeApiNyckelButton } from "./revoke-api-nyckel-button";

type Row = ApiNyckelListItem & { status: "active" | "revoked" | "expired" };

const STATUS = {
  active: { tone: "ok", Icon: CircleCheck, key: "statusActive" },
  revoked: { tone: "bad", Icon: CircleSlash, key: "statusRevoked" },
  expired: { tone: "warn", Icon: Clock, key: "statusExpired" },
} as const;

export function ApiNyckelTable({ slug, nycklar, now }: { slug: string; nycklar: ApiNyckelListItem[]; now: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const when = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "short" }) : t("apiKeys.neverUsed"));
  const day = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: "short" }) : "–");
  const rows: Row[] = nycklar.map((n) => ({ ...n, status: n.revokedAt ? "revoked" : n.expiresAt && n.expiresAt <= now ? "expired" : "active" }));
  const columns: ColumnDef<Row, unknown>[] = [
    { accessorKey: "namn", header: t("apiKeys.colName"), cell: ({ row }) => <span className="font-medium">{row.original.namn}</span> },
    { accessorKey: "prefix", header: t("apiKeys.colPrefix"), cell: ({ row }) => <code className="font-mono text-xs">{row.original.prefix}…</code> },
    { accessorKey: "roll", header: t("apiKeys.colRole"), cell: ({ row }) => t(`roles.${row.original.roll}`) },
    {
      accessorKey: "status",
      header: t("apiKeys.colStatus"),
      cell: ({ row }) => {
        const s = STATUS[row.original.status];
        return (
          <Badge tone={s.tone}>
            <s.Icon aria-hidden className="h-3.5 w-3.5" />
            {t(`apiKeys.${s.key}`)}
          </Badge>
        );
      },
    },
    {
      accessorKey: "expiresAt",
      header: t("apiKeys.colExpires"),
      // expiresAt is the first moment the key is invalid; show the last day it works.
      cell: ({ row }) => (row.original.expiresAt ? day(new Date(new Date(row.original.expiresAt).getTime() - 1).toISOString()) : "–"),
    },
    { accessorKey: "lastUsedAt", header: t("apiKeys.colLastUsed"), cell: ({ row }) => when(row.original.lastUsedAt) },
    {
      accessorKey: "createdAt",
      header: t("apiKeys.colCreated"),
      cell: ({ row }) => (
        <span>
          {day(row.original.createdAt)}
          {row.original.createdByNamn ? <span className="block text-xs text-muted">{t("apiKeys.createdBy", { name: row.original.createdByNamn })}</span> : null}
        </span>
      ),
    },
    {
      id: "actions",
      header: t("apiKeys.actions"),
      enableSorting: false,
      cell: ({ row }) => (row.original.status === "active" ? <RevokeApiNyckelButton slug={slug} id={row.original.id} namn={row.original.namn} /> : null),
    },
  ];
  return <DataTable id="api-nycklar" columns={columns} data={rows} caption={t("apiKeys.listTitle")} emptyText={t("apiKeys.empty")} />;
}
