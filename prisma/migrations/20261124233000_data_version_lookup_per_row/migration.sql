-- insats_data_version (migration 20261124230000) found the insatser of written
-- Matning, Uppfoljning, Plan and EnkatSvarRad rows with a plain join of the
-- transition table to Inskrivning or EnkatSvar. Right after a bulk insert in the
-- same transaction (an import writes its inskrivningar, then their mätningar)
-- the planner's statistics still say the insats has a handful of inskrivningar,
-- so it chose a nested loop that scans the whole transition table once per
-- inskrivning of the insats: 10 000 imported rows took 50-80 s instead of 5 s,
-- and it grows with the square of the import. Now each distinct written
-- inskrivning (or svar) is looked up once by primary key (LATERAL … LIMIT 1 is
-- not flattened into a join the planner could reorder), and the set of insatser
-- is computed once (MATERIALIZED) before their rows are locked in id order.
-- Same insatser, same lock order, same one UPDATE per statement.
-- The body has no literal semicolon (\073 in E'' strings): the migration
-- runner splits statements on every semicolon.

CREATE OR REPLACE FUNCTION "insats_data_version"() RETURNS trigger
LANGUAGE plpgsql AS E'DECLARE
  rader text\073
  par text\073
BEGIN

  rader := CASE TG_OP WHEN ''INSERT'' THEN ''SELECT * FROM nya'' WHEN ''DELETE'' THEN ''SELECT * FROM gamla''
                      ELSE ''SELECT * FROM nya UNION ALL SELECT * FROM gamla'' END\073
  par := CASE TG_ARGV[0]
    WHEN ''insats'' THEN format(''SELECT t."forbundId", t."insatsId" FROM (%s) t'', rader)
    WHEN ''inskrivning'' THEN format(''SELECT i."forbundId", i."insatsId" FROM (SELECT DISTINCT r."forbundId", r."inskrivningId" FROM (%s) r) t CROSS JOIN LATERAL (SELECT x."forbundId", x."insatsId" FROM "Inskrivning" x WHERE x."forbundId" = t."forbundId" AND x."id" = t."inskrivningId" LIMIT 1) i'', rader)
    WHEN ''enkatsvar'' THEN format(''SELECT s."forbundId", s."insatsId" FROM (SELECT DISTINCT r."forbundId", r."svarId" FROM (%s) r) t CROSS JOIN LATERAL (SELECT x."forbundId", x."insatsId" FROM "EnkatSvar" x WHERE x."forbundId" = t."forbundId" AND x."id" = t."svarId" LIMIT 1) s'', rader)
    WHEN ''deltagare'' THEN ''SELECT i."forbundId", i."insatsId" FROM nya n JOIN gamla o ON o."forbundId" = n."forbundId" AND o."id" = n."id" JOIN "Inskrivning" i ON i."forbundId" = n."forbundId" AND i."deltagareId" = n."id" WHERE (n."kon", n."fodelsear") IS DISTINCT FROM (o."kon", o."fodelsear")''
  END\073
  IF par IS NULL THEN RAISE EXCEPTION ''insats_data_version: okänt läge %'', TG_ARGV[0]\073 END IF\073
  EXECUTE format(''WITH p AS MATERIALIZED (SELECT DISTINCT * FROM (%s) q) UPDATE "Insats" s SET "dataVersion" = s."dataVersion" + 1 FROM (SELECT "forbundId", "id" FROM "Insats" WHERE ("forbundId", "id") IN (SELECT * FROM p) ORDER BY "forbundId", "id" FOR NO KEY UPDATE) l WHERE s."forbundId" = l."forbundId" AND s."id" = l."id"'', par)\073
  RETURN NULL\073
END\073';
