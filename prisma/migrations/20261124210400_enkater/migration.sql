-- Issue 10: enkäter (docs/decisions/005-enkater.md). An answer (EnkatSvar)
-- has no link id, no timestamp finer than year and month, no address, and
-- random uuid ids: nothing ties an anonymous answer to a person.

-- CreateEnum
CREATE TYPE "EnkatRespondentgrupp" AS ENUM ('DELTAGARE_PAGAENDE', 'DELTAGARE_AVSLUT', 'INSATSPERSONAL', 'STYRELSELEDAMOTER', 'CHEFER_I_SAMVERKAN', 'REMITTENTER');

-- CreateEnum
CREATE TYPE "EnkatStatus" AS ENUM ('UTKAST', 'AKTIV', 'STANGD');

-- CreateEnum
CREATE TYPE "EnkatFragaTyp" AS ENUM ('SKALA', 'JA_NEJ', 'ETT_AV_FLERA', 'FRITEXT');

-- CreateTable
CREATE TABLE "Enkat" (
    "forbundId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "namn" TEXT NOT NULL,
    "beskrivning" TEXT NOT NULL DEFAULT '',
    "respondentgrupp" "EnkatRespondentgrupp" NOT NULL,
    "status" "EnkatStatus" NOT NULL DEFAULT 'UTKAST',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Enkat_pkey" PRIMARY KEY ("forbundId","id")
);

-- CreateTable
CREATE TABLE "EnkatInsats" (
    "forbundId" TEXT NOT NULL,
    "enkatId" TEXT NOT NULL,
    "insatsId" TEXT NOT NULL,

    CONSTRAINT "EnkatInsats_pkey" PRIMARY KEY ("forbundId","enkatId","insatsId")
);

-- CreateTable
CREATE TABLE "EnkatVersion" (
    "forbundId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "enkatId" TEXT NOT NULL,
    "nummer" INTEGER NOT NULL,
    "last" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EnkatVersion_pkey" PRIMARY KEY ("forbundId","id")
);

-- CreateTable
CREATE TABLE "EnkatFraga" (
    "forbundId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "ordning" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "hjalptext" TEXT NOT NULL DEFAULT '',
    "typ" "EnkatFragaTyp" NOT NULL,
    "obligatorisk" BOOLEAN NOT NULL DEFAULT false,
    "skalaMin" INTEGER,
    "skalaMax" INTEGER,
    "etikettMin" TEXT,
    "etikettMax" TEXT,
    "alternativ" TEXT[],
    "matvariabelId" TEXT,

    CONSTRAINT "EnkatFraga_pkey" PRIMARY KEY ("forbundId","id")
);

-- CreateTable
CREATE TABLE "EnkatLank" (
    "forbundId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "enkatId" TEXT NOT NULL,
    "insatsId" TEXT,
    "inskrivningId" TEXT,
    "tidpunkt" "Tidpunkt",
    "tokenHash" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" DATE,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EnkatLank_pkey" PRIMARY KEY ("forbundId","id")
);

-- CreateTable
CREATE TABLE "EnkatSvar" (
    "forbundId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "enkatId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "insatsId" TEXT,
    "inskrivningId" TEXT,
    "ar" INTEGER NOT NULL,
    "manad" INTEGER NOT NULL,

    CONSTRAINT "EnkatSvar_pkey" PRIMARY KEY ("forbundId","id")
);

-- CreateTable
CREATE TABLE "EnkatSvarRad" (
    "forbundId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "svarId" TEXT NOT NULL,
    "fragaId" TEXT NOT NULL,
    "varde" DOUBLE PRECISION,
    "text" TEXT,

    CONSTRAINT "EnkatSvarRad_pkey" PRIMARY KEY ("forbundId","id")
);

-- CreateTable
CREATE TABLE "EnkatTokenForsok" (
    "id" BIGSERIAL NOT NULL,
    "adressHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EnkatTokenForsok_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Enkat_forbundId_status_idx" ON "Enkat"("forbundId", "status");

-- CreateIndex
CREATE INDEX "EnkatInsats_forbundId_insatsId_idx" ON "EnkatInsats"("forbundId", "insatsId");

-- CreateIndex
CREATE UNIQUE INDEX "EnkatVersion_forbundId_enkatId_nummer_key" ON "EnkatVersion"("forbundId", "enkatId", "nummer");

-- CreateIndex
CREATE INDEX "EnkatFraga_forbundId_versionId_ordning_idx" ON "EnkatFraga"("forbundId", "versionId", "ordning");

-- CreateIndex
CREATE UNIQUE INDEX "EnkatLank_tokenHash_key" ON "EnkatLank"("tokenHash");

-- CreateIndex
CREATE INDEX "EnkatLank_forbundId_enkatId_batchId_idx" ON "EnkatLank"("forbundId", "enkatId", "batchId");

-- CreateIndex
CREATE INDEX "EnkatLank_forbundId_enkatId_insatsId_idx" ON "EnkatLank"("forbundId", "enkatId", "insatsId");

-- CreateIndex
CREATE INDEX "EnkatSvar_forbundId_enkatId_versionId_ar_idx" ON "EnkatSvar"("forbundId", "enkatId", "versionId", "ar");

-- CreateIndex
CREATE INDEX "EnkatSvar_forbundId_insatsId_ar_idx" ON "EnkatSvar"("forbundId", "insatsId", "ar");

-- CreateIndex
CREATE INDEX "EnkatSvarRad_forbundId_fragaId_idx" ON "EnkatSvarRad"("forbundId", "fragaId");

-- CreateIndex
CREATE UNIQUE INDEX "EnkatSvarRad_forbundId_svarId_fragaId_key" ON "EnkatSvarRad"("forbundId", "svarId", "fragaId");

-- CreateIndex
CREATE INDEX "EnkatTokenForsok_adressHash_createdAt_idx" ON "EnkatTokenForsok"("adressHash", "createdAt");

-- AddForeignKey
ALTER TABLE "Enkat" ADD CONSTRAINT "Enkat_forbundId_fkey" FOREIGN KEY ("forbundId") REFERENCES "Forbund"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnkatInsats" ADD CONSTRAINT "EnkatInsats_forbundId_enkatId_fkey" FOREIGN KEY ("forbundId", "enkatId") REFERENCES "Enkat"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnkatInsats" ADD CONSTRAINT "EnkatInsats_forbundId_insatsId_fkey" FOREIGN KEY ("forbundId", "insatsId") REFERENCES "Insats"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnkatVersion" ADD CONSTRAINT "EnkatVersion_forbundId_enkatId_fkey" FOREIGN KEY ("forbundId", "enkatId") REFERENCES "Enkat"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnkatFraga" ADD CONSTRAINT "EnkatFraga_forbundId_versionId_fkey" FOREIGN KEY ("forbundId", "versionId") REFERENCES "EnkatVersion"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnkatFraga" ADD CONSTRAINT "EnkatFraga_forbundId_matvariabelId_fkey" FOREIGN KEY ("forbundId", "matvariabelId") REFERENCES "Matvariabel"("forbundId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnkatLank" ADD CONSTRAINT "EnkatLank_forbundId_enkatId_fkey" FOREIGN KEY ("forbundId", "enkatId") REFERENCES "Enkat"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnkatLank" ADD CONSTRAINT "EnkatLank_forbundId_insatsId_fkey" FOREIGN KEY ("forbundId", "insatsId") REFERENCES "Insats"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnkatLank" ADD CONSTRAINT "EnkatLank_forbundId_inskrivningId_fkey" FOREIGN KEY ("forbundId", "inskrivningId") REFERENCES "Inskrivning"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnkatSvar" ADD CONSTRAINT "EnkatSvar_forbundId_enkatId_fkey" FOREIGN KEY ("forbundId", "enkatId") REFERENCES "Enkat"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnkatSvar" ADD CONSTRAINT "EnkatSvar_forbundId_versionId_fkey" FOREIGN KEY ("forbundId", "versionId") REFERENCES "EnkatVersion"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnkatSvar" ADD CONSTRAINT "EnkatSvar_forbundId_insatsId_fkey" FOREIGN KEY ("forbundId", "insatsId") REFERENCES "Insats"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnkatSvar" ADD CONSTRAINT "EnkatSvar_forbundId_inskrivningId_fkey" FOREIGN KEY ("forbundId", "inskrivningId") REFERENCES "Inskrivning"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnkatSvarRad" ADD CONSTRAINT "EnkatSvarRad_forbundId_svarId_fkey" FOREIGN KEY ("forbundId", "svarId") REFERENCES "EnkatSvar"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnkatSvarRad" ADD CONSTRAINT "EnkatSvarRad_forbundId_fragaId_fkey" FOREIGN KEY ("forbundId", "fragaId") REFERENCES "EnkatFraga"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Row-level security on every new tenant table (EnkatTokenForsok is not one:
-- a refused token names no förbund).
SELECT "insats_enable_tenant_rls"('Enkat');
SELECT "insats_enable_tenant_rls"('EnkatInsats');
SELECT "insats_enable_tenant_rls"('EnkatVersion');
SELECT "insats_enable_tenant_rls"('EnkatFraga');
SELECT "insats_enable_tenant_rls"('EnkatLank');
SELECT "insats_enable_tenant_rls"('EnkatSvar');
SELECT "insats_enable_tenant_rls"('EnkatSvarRad');
