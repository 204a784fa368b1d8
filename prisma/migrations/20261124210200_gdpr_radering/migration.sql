-- GDPR erasure (lib/server/gdpr): when a deltagare's personuppgifter were erased,
-- and a version for optimistic concurrency of corrections.
-- AlterTable
ALTER TABLE "Deltagare" ADD COLUMN     "raderadAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
