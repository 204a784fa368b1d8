// UI texts are split per product area so that parallel work on different
// areas does not collide in one large file. Add an area here and create
// messages/{sv,en}/<area>.json; top-level keys must be unique across areas
// (tests/unit/i18n.test.ts checks it).
export const MESSAGE_AREAS = ["core", "registrering", "rapporter", "dashboard", "insatsDetaljer", "oversikt", "forlopp", "admin", "import", "konto", "gdpr", "enkat", "enkatResultat"] as const;

export type MessageTree = Record<string, unknown>;

export async function loadMessageAreas(locale: string): Promise<Record<string, MessageTree>> {
  const entries = await Promise.all(
    MESSAGE_AREAS.map(async (area) => [area, (await import(`./${locale}/${area}.json`)).default as MessageTree] as const),
  );
  return Object.fromEntries(entries);
}

export async function loadMessages(locale: string): Promise<MessageTree> {
  return Object.assign({}, ...Object.values(await loadMessageAreas(locale)));
}
