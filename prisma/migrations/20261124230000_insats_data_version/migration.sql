-- Per-insats data versions (issue 8, result cache): a write moves on only the
-- version of the insats whose figures it can change, so the förbund overview
-- recomputes that insats and reuses the others. Statement-level AFTER triggers
-- with transition tables run in the writing transaction (committed or rolled
-- back with it) and cost one UPDATE per statement, however many rows an
-- import writes. Writes to förbund-wide data the figures read (Matvariabel,
-- enkät wording) move the förbund's dataVersion instead. A change of the
-- Forbund or Insats row itself needs no trigger: the cache key holds the
-- row's xmin. Locks: only the written insatser's rows, taken in id order, so
-- writes to different insatser never wait on each other.
-- The bodies have no literal semicolon (\073 in E'' strings): the migration
-- runner splits statements on every semicolon.

-- Not in the Prisma client (@ignore): read with raw SQL by lib/server/cache only.
ALTER TABLE "Insats" ADD COLUMN "dataVersion" INTEGER NOT NULL DEFAULT 0;

-- TG_ARGV[0] says how a written row reaches its insats: insats (its own insatsId),
-- inskrivning (through Inskrivning), enkatsvar (through EnkatSvar), deltagare
-- (UPDATE only, the insatser of the person's inskrivningar when kön or födelseår changed).
CREATE FUNCTION "insats_data_version"() RETURNS trigger
LANGUAGE plpgsql AS E'DECLARE
  rader text\073
  par text\073
BEGIN

  rader := CASE TG_OP WHEN ''INSERT'' THEN ''SELECT * FROM nya'' WHEN ''DELETE'' THEN ''SELECT * FROM gamla''
                      ELSE ''SELECT * FROM nya UNION ALL SELECT * FROM gamla'' END\073
  par := CASE TG_ARGV[0]
    WHEN ''insats'' THEN format(''SELECT t."forbundId", t."insatsId" FROM (%s) t'', rader)
    WHEN ''inskrivning'' THEN format(''SELECT i."forbundId", i."insatsId" FROM (%s) t JOIN "Inskrivning" i ON i."forbundId" = t."forbundId" AND i."id" = t."inskrivningId"'', rader)
    WHEN ''enkatsvar'' THEN format(''SELECT s."forbundId", s."insatsId" FROM (%s) t JOIN "EnkatSvar" s ON s."forbundId" = t."forbundId" AND s."id" = t."svarId"'', rader)
    WHEN ''deltagare'' THEN ''SELECT i."forbundId", i."insatsId" FROM nya n JOIN gamla o ON o."forbundId" = n."forbundId" AND o."id" = n."id" JOIN "Inskrivning" i ON i."forbundId" = n."forbundId" AND i."deltagareId" = n."id" WHERE (n."kon", n."fodelsear") IS DISTINCT FROM (o."kon", o."fodelsear")''
  END\073
  IF par IS NULL THEN RAISE EXCEPTION ''insats_data_version: okänt läge %'', TG_ARGV[0]\073 END IF\073
  EXECUTE format(''UPDATE "Insats" s SET "dataVersion" = s."dataVersion" + 1 FROM (SELECT "forbundId", "id" FROM "Insats" WHERE ("forbundId", "id") IN (%s) ORDER BY "forbundId", "id" FOR NO KEY UPDATE) l WHERE s."forbundId" = l."forbundId" AND s."id" = l."id"'', par)\073
  RETURN NULL\073
END\073';

CREATE FUNCTION "forbund_data_version"() RETURNS trigger
LANGUAGE plpgsql AS E'DECLARE
  rader text\073
BEGIN

  rader := CASE TG_OP WHEN ''INSERT'' THEN ''SELECT * FROM nya'' WHEN ''DELETE'' THEN ''SELECT * FROM gamla''
                      ELSE ''SELECT * FROM nya UNION ALL SELECT * FROM gamla'' END\073
  EXECUTE format(''UPDATE "Forbund" SET "dataVersion" = "dataVersion" + 1 WHERE "id" IN (SELECT "forbundId" FROM (%s) t)'', rader)\073
  RETURN NULL\073
END\073';

-- One call per tracked table, as insats_enable_tenant_rls: later migrations call it
-- for their new tables (tests/integration/data-version-coverage.test.ts fails otherwise).
CREATE FUNCTION "insats_track_data_version"(tbl text, mode text) RETURNS void
LANGUAGE plpgsql AS E'DECLARE
  fn text := CASE WHEN mode = ''forbund'' THEN ''forbund_data_version'' ELSE ''insats_data_version'' END\073
  arg text := CASE WHEN mode = ''forbund'' THEN '''' ELSE quote_literal(mode) END\073
BEGIN
  IF mode <> ''deltagare'' THEN
    EXECUTE format(''CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS nya FOR EACH STATEMENT EXECUTE FUNCTION %I(%s)'', tbl || ''_data_version_ins'', tbl, fn, arg)\073
    EXECUTE format(''CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS gamla FOR EACH STATEMENT EXECUTE FUNCTION %I(%s)'', tbl || ''_data_version_del'', tbl, fn, arg)\073
  END IF\073
  EXECUTE format(''CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS gamla NEW TABLE AS nya FOR EACH STATEMENT EXECUTE FUNCTION %I(%s)'', tbl || ''_data_version_upd'', tbl, fn, arg)\073
END\073';

SELECT "insats_track_data_version"('Grupp', 'insats');
SELECT "insats_track_data_version"('BudgetPost', 'insats');
SELECT "insats_track_data_version"('Utfall', 'insats');
SELECT "insats_track_data_version"('VolymRegistrering', 'insats');
SELECT "insats_track_data_version"('Inskrivning', 'insats');
SELECT "insats_track_data_version"('Malsattning', 'insats');
SELECT "insats_track_data_version"('EnkatSvar', 'insats');
SELECT "insats_track_data_version"('Matning', 'inskrivning');
SELECT "insats_track_data_version"('Uppfoljning', 'inskrivning');
SELECT "insats_track_data_version"('Plan', 'inskrivning');
SELECT "insats_track_data_version"('EnkatSvarRad', 'enkatsvar');
SELECT "insats_track_data_version"('Deltagare', 'deltagare');
SELECT "insats_track_data_version"('Matvariabel', 'forbund');
SELECT "insats_track_data_version"('Enkat', 'forbund');
SELECT "insats_track_data_version"('EnkatVersion', 'forbund');
SELECT "insats_track_data_version"('EnkatFraga', 'forbund');
