-- An insats belongs to one förbund, but the planner multiplied the selectivities of
-- "forbundId" and "insatsId" as if independent: at national scale (80 förbund, 2 000
-- insatser) it expected 4 of the 300 inskrivningar per insats and joined a whole
-- förbund's rows (the overview, 25 insatser) by nested loops, ~5x slower than the hash
-- joins it picks when it knows the count (issue 8, bench/data-functions.ts).
-- Extended statistics tell it the dependency. Nothing in schema.prisma describes
-- statistics objects, and the drift test compares tables, indexes and constraints only.
CREATE STATISTICS "Inskrivning_forbundId_insatsId_stat" (dependencies, ndistinct) ON "forbundId", "insatsId" FROM "Inskrivning";
ANALYZE "Inskrivning";
