-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'PROCESSLEDARE', 'VAGLEDARE', 'STYRELSE');

-- CreateEnum
CREATE TYPE "Insatstyp" AS ENUM ('INDIVIDINRIKTAD', 'STRUKTURINRIKTAD', 'FORSTUDIE');

-- CreateEnum
CREATE TYPE "InsatsStatus" AS ENUM ('PLANERAD', 'PAGAENDE', 'AVSLUTAD');

-- CreateEnum
CREATE TYPE "Matningsmetod" AS ENUM ('VOLYM', 'ANONYM', 'PERSONUPPGIFTER');

-- CreateEnum
CREATE TYPE "PlaneradPer" AS ENUM ('PERIOD', 'AR');

-- CreateEnum
CREATE TYPE "Kon" AS ENUM ('K', 'M');

-- CreateEnum
CREATE TYPE "MedlemTyp" AS ENUM ('AF', 'FK', 'REGION', 'KOMMUN', 'ANNAN');

-- CreateEnum
CREATE TYPE "MatvariabelTyp" AS ENUM ('SKALA', 'JANEJ');

-- CreateEnum
CREATE TYPE "Tidpunkt" AS ENUM ('START', 'AVSLUT', 'UPPFOLJNING_90', 'DATUM');

-- CreateEnum
CREATE TYPE "MatningKalla" AS ENUM ('VAGLEDARE', 'SJALVRAPPORTERAD', 'IMPORT');

-- CreateEnum
CREATE TYPE "MalTyp" AS ENUM ('ANDEL', 'ANTAL', 'KVALITATIV');

-- CreateEnum
CREATE TYPE "MalKategori" AS ENUM ('RESULTATMAL', 'VERKSAMHETSMAL', 'KVALITATIVT_MAL');

-- CreateEnum
CREATE TYPE "KvalitativStatus" AS ENUM ('EJ_PABORJAT', 'PAGAR', 'UPPNATT', 'EJ_UPPNATT');

-- CreateEnum
CREATE TYPE "PlanMalStatus" AS ENUM ('EJ_PABORJAT', 'PAGAR', 'UPPNATT', 'AVBRUTET');

-- CreateEnum
CREATE TYPE "FinansieringKalla" AS ENUM ('FORBUNDET', 'ESF', 'MEDLEM', 'ANNAN');

-- CreateTable
CREATE TABLE "Forbund" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "namn" TEXT NOT NULL,
    "organisationsnummer" TEXT,
    "minCellStorlek" INTEGER NOT NULL DEFAULT 5,
    "gallringManader" INTEGER NOT NULL DEFAULT 24,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Forbund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Medlem" (
    "forbundId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "namn" TEXT NOT NULL,
    "typ" "MedlemTyp" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Medlem_pkey" PRIMARY KEY ("forbundId","id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "namn" TEXT NOT NULL,
    "passwordHash" TEXT,
    "aktiv" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "forbundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("forbundId","userId")
);

-- CreateTable
CREATE TABLE "Insats" (
    "forbundId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "namn" TEXT NOT NULL,
    "insatstyp" "Insatstyp" NOT NULL,
    "status" "InsatsStatus" NOT NULL DEFAULT 'PLANERAD',
    "matningsmetod" "Matningsmetod" NOT NULL DEFAULT 'ANONYM',
    "puaMedlemId" TEXT,
    "bitradesavtalDatum" DATE,
    "utforareMedlemId" TEXT,
    "startdatum" DATE NOT NULL,
    "slutdatum" DATE,
    "malgrupp" TEXT NOT NULL DEFAULT '',
    "syfte" TEXT NOT NULL DEFAULT '',
    "preciseradInriktning" TEXT NOT NULL DEFAULT '',
    "kontaktperson" TEXT NOT NULL DEFAULT '',
    "kontaktEpost" TEXT,
    "planeradeDeltagare" INTEGER,
    "planeradeDeltagarePer" "PlaneradPer" NOT NULL DEFAULT 'PERIOD',
    "esfFinansierad" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Insats_pkey" PRIMARY KEY ("forbundId","id")
);

-- CreateTable
CREATE TABLE "Grupp" (
    "forbundId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "insatsId" TEXT NOT NULL,
    "namn" TEXT NOT NULL,
    "startdatum" DATE NOT NULL,
    "veckor" INTEGER NOT NULL,
    "planeradStorlek" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Grupp_pkey" PRIMARY KEY ("forbundId","id")
);

-- CreateTable
CREATE TABLE "InsatsTilldelning" (
    "forbundId" TEXT NOT NULL,
    "insatsId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InsatsTilldelning_pkey" PRIMARY KEY ("forbundId","insatsId","userId")
);

-- CreateTable
CREATE TABLE "BudgetPost" (
    "forbundId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "insatsId" TEXT NOT NULL,
    "ar" INTEGER NOT NULL,
    "kategori" TEXT NOT NULL,
    "belopp" DECIMAL(14,2) NOT NULL,
    "beskrivning" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "BudgetPost_pkey" PRIMARY KEY ("forbundId","id")
);

-- CreateTable
CREATE TABLE "Finansiering" (
    "forbundId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "insatsId" TEXT NOT NULL,
    "ar" INTEGER NOT NULL,
    "kalla" "FinansieringKalla" NOT NULL,
    "medlemId" TEXT,
    "belopp" DECIMAL(14,2) NOT NULL,

    CONSTRAINT "Finansiering_pkey" PRIMARY KEY ("forbundId","id")
);

-- CreateTable
CREATE TABLE "Utfall" (
    "forbundId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "insatsId" TEXT NOT NULL,
    "ar" INTEGER NOT NULL,
    "manad" INTEGER,
    "kategori" TEXT NOT NULL,
    "belopp" DECIMAL(14,2) NOT NULL,
    "beskrivning" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Utfall_pkey" PRIMARY KEY ("forbundId","id")
);

-- CreateTable
CREATE TABLE "VolymRegistrering" (
    "forbundId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "insatsId" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodSlut" DATE NOT NULL,
    "kvinnor" INTEGER NOT NULL,
    "man" INTEGER NOT NULL,
    "kommentar" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VolymRegistrering_pkey" PRIMARY KEY ("forbundId","id")
);

-- CreateTable
CREATE TABLE "Deltagare" (
    "forbundId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "kod" TEXT NOT NULL,
    "kon" "Kon" NOT NULL,
    "fodelsear" INTEGER NOT NULL,
    "skyddadIdentitet" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Deltagare_pkey" PRIMARY KEY ("forbundId","id")
);

-- CreateTable
CREATE TABLE "DeltagareIdentitet" (
    "forbundId" TEXT NOT NULL,
    "deltagareId" TEXT NOT NULL,
    "personnummerEnc" TEXT NOT NULL,
    "personnummerHash" TEXT NOT NULL,
    "kontaktEnc" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeltagareIdentitet_pkey" PRIMARY KEY ("forbundId","deltagareId")
);

-- CreateTable
CREATE TABLE "Samtycke" (
    "forbundId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "deltagareId" TEXT NOT NULL,
    "insatsId" TEXT NOT NULL,
    "datum" DATE NOT NULL,
    "omfattning" TEXT NOT NULL,
    "registreradAvId" TEXT NOT NULL,
    "aterkalladDatum" DATE,
    "aterkalladAvId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Samtycke_pkey" PRIMARY KEY ("forbundId","id")
);

-- CreateTable
CREATE TABLE "Inskrivning" (
    "forbundId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "insatsId" TEXT NOT NULL,
    "deltagareId" TEXT NOT NULL,
    "gruppId" TEXT,
    "startdatum" DATE NOT NULL,
    "remittent" TEXT,
    "aktuellHos" TEXT[],
    "forsorjningStart" TEXT[],
    "sysselsattningStart" TEXT[],
    "utbildningsniva" TEXT,
    "folkbokforingskommun" TEXT,
    "tidIOffentligForsorjning" TEXT,
    "spar" TEXT,
    "avslutsdatum" DATE,
    "avslutsorsak" TEXT,
    "forsorjningAvslut" TEXT[],
    "sysselsattningAvslut" TEXT[],
    "anonymiserad" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Inskrivning_pkey" PRIMARY KEY ("forbundId","id")
);

-- CreateTable
CREATE TABLE "Matvariabel" (
    "forbundId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "kod" TEXT NOT NULL,
    "namn" TEXT NOT NULL,
    "beskrivning" TEXT NOT NULL DEFAULT '',
    "typ" "MatvariabelTyp" NOT NULL,
    "min" INTEGER,
    "max" INTEGER,
    "aktiv" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Matvariabel_pkey" PRIMARY KEY ("forbundId","id")
);

-- CreateTable
CREATE TABLE "Matning" (
    "forbundId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "inskrivningId" TEXT NOT NULL,
    "matvariabelId" TEXT NOT NULL,
    "tidpunkt" "Tidpunkt" NOT NULL,
    "datum" DATE NOT NULL,
    "varde" DOUBLE PRECISION NOT NULL,
    "kalla" "MatningKalla" NOT NULL DEFAULT 'VAGLEDARE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Matning_pkey" PRIMARY KEY ("forbundId","id")
);

-- CreateTable
CREATE TABLE "Uppfoljning" (
    "forbundId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "inskrivningId" TEXT NOT NULL,
    "datum" DATE NOT NULL,
    "status" TEXT NOT NULL,
    "forsorjning" TEXT[],
    "sysselsattning" TEXT[],
    "kommentar" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Uppfoljning_pkey" PRIMARY KEY ("forbundId","id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "forbundId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "inskrivningId" TEXT NOT NULL,
    "upprattadDatum" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("forbundId","id")
);

-- CreateTable
CREATE TABLE "PlanMal" (
    "forbundId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "beskrivning" TEXT NOT NULL,
    "maldatum" DATE,
    "status" "PlanMalStatus" NOT NULL DEFAULT 'EJ_PABORJAT',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanMal_pkey" PRIMARY KEY ("forbundId","id")
);

-- CreateTable
CREATE TABLE "Malsattning" (
    "forbundId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "insatsId" TEXT NOT NULL,
    "typ" "MalTyp" NOT NULL,
    "kategori" "MalKategori" NOT NULL,
    "text" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "sortering" INTEGER NOT NULL DEFAULT 0,
    "kvalitativStatus" "KvalitativStatus",
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Malsattning_pkey" PRIMARY KEY ("forbundId","id")
);

-- CreateTable
CREATE TABLE "MalsattningStatus" (
    "forbundId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "malsattningId" TEXT NOT NULL,
    "status" "KvalitativStatus" NOT NULL,
    "kommentar" TEXT NOT NULL,
    "datum" DATE NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MalsattningStatus_pkey" PRIMARY KEY ("forbundId","id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "forbundId" TEXT,
    "userId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT,
    "entityId" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Forbund_slug_key" ON "Forbund"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Medlem_forbundId_namn_key" ON "Medlem"("forbundId", "namn");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE INDEX "Insats_forbundId_status_idx" ON "Insats"("forbundId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Insats_forbundId_namn_key" ON "Insats"("forbundId", "namn");

-- CreateIndex
CREATE UNIQUE INDEX "Grupp_forbundId_insatsId_namn_key" ON "Grupp"("forbundId", "insatsId", "namn");

-- CreateIndex
CREATE INDEX "InsatsTilldelning_forbundId_userId_idx" ON "InsatsTilldelning"("forbundId", "userId");

-- CreateIndex
CREATE INDEX "BudgetPost_forbundId_insatsId_ar_idx" ON "BudgetPost"("forbundId", "insatsId", "ar");

-- CreateIndex
CREATE INDEX "Finansiering_forbundId_insatsId_ar_idx" ON "Finansiering"("forbundId", "insatsId", "ar");

-- CreateIndex
CREATE INDEX "Utfall_forbundId_insatsId_ar_idx" ON "Utfall"("forbundId", "insatsId", "ar");

-- CreateIndex
CREATE INDEX "VolymRegistrering_forbundId_insatsId_idx" ON "VolymRegistrering"("forbundId", "insatsId");

-- CreateIndex
CREATE UNIQUE INDEX "Deltagare_forbundId_kod_key" ON "Deltagare"("forbundId", "kod");

-- CreateIndex
CREATE UNIQUE INDEX "DeltagareIdentitet_forbundId_personnummerHash_key" ON "DeltagareIdentitet"("forbundId", "personnummerHash");

-- CreateIndex
CREATE INDEX "Samtycke_forbundId_deltagareId_insatsId_idx" ON "Samtycke"("forbundId", "deltagareId", "insatsId");

-- CreateIndex
CREATE INDEX "Inskrivning_forbundId_insatsId_startdatum_idx" ON "Inskrivning"("forbundId", "insatsId", "startdatum");

-- CreateIndex
CREATE INDEX "Inskrivning_forbundId_insatsId_avslutsdatum_idx" ON "Inskrivning"("forbundId", "insatsId", "avslutsdatum");

-- CreateIndex
CREATE INDEX "Inskrivning_forbundId_deltagareId_idx" ON "Inskrivning"("forbundId", "deltagareId");

-- CreateIndex
CREATE UNIQUE INDEX "Matvariabel_forbundId_kod_key" ON "Matvariabel"("forbundId", "kod");

-- CreateIndex
CREATE INDEX "Matning_forbundId_inskrivningId_idx" ON "Matning"("forbundId", "inskrivningId");

-- CreateIndex
CREATE INDEX "Matning_forbundId_matvariabelId_tidpunkt_idx" ON "Matning"("forbundId", "matvariabelId", "tidpunkt");

-- CreateIndex
CREATE UNIQUE INDEX "Uppfoljning_forbundId_inskrivningId_key" ON "Uppfoljning"("forbundId", "inskrivningId");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_forbundId_inskrivningId_key" ON "Plan"("forbundId", "inskrivningId");

-- CreateIndex
CREATE INDEX "Malsattning_forbundId_insatsId_idx" ON "Malsattning"("forbundId", "insatsId");

-- CreateIndex
CREATE INDEX "MalsattningStatus_forbundId_malsattningId_idx" ON "MalsattningStatus"("forbundId", "malsattningId");

-- CreateIndex
CREATE INDEX "AuditEvent_forbundId_createdAt_idx" ON "AuditEvent"("forbundId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_forbundId_action_createdAt_idx" ON "AuditEvent"("forbundId", "action", "createdAt");

-- AddForeignKey
ALTER TABLE "Medlem" ADD CONSTRAINT "Medlem_forbundId_fkey" FOREIGN KEY ("forbundId") REFERENCES "Forbund"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_forbundId_fkey" FOREIGN KEY ("forbundId") REFERENCES "Forbund"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Insats" ADD CONSTRAINT "Insats_forbundId_fkey" FOREIGN KEY ("forbundId") REFERENCES "Forbund"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Insats" ADD CONSTRAINT "Insats_utforare_fkey" FOREIGN KEY ("forbundId", "utforareMedlemId") REFERENCES "Medlem"("forbundId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Insats" ADD CONSTRAINT "Insats_pua_fkey" FOREIGN KEY ("forbundId", "puaMedlemId") REFERENCES "Medlem"("forbundId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Grupp" ADD CONSTRAINT "Grupp_forbundId_insatsId_fkey" FOREIGN KEY ("forbundId", "insatsId") REFERENCES "Insats"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsatsTilldelning" ADD CONSTRAINT "InsatsTilldelning_forbundId_insatsId_fkey" FOREIGN KEY ("forbundId", "insatsId") REFERENCES "Insats"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsatsTilldelning" ADD CONSTRAINT "InsatsTilldelning_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetPost" ADD CONSTRAINT "BudgetPost_forbundId_insatsId_fkey" FOREIGN KEY ("forbundId", "insatsId") REFERENCES "Insats"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finansiering" ADD CONSTRAINT "Finansiering_forbundId_insatsId_fkey" FOREIGN KEY ("forbundId", "insatsId") REFERENCES "Insats"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finansiering" ADD CONSTRAINT "Finansiering_forbundId_medlemId_fkey" FOREIGN KEY ("forbundId", "medlemId") REFERENCES "Medlem"("forbundId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Utfall" ADD CONSTRAINT "Utfall_forbundId_insatsId_fkey" FOREIGN KEY ("forbundId", "insatsId") REFERENCES "Insats"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolymRegistrering" ADD CONSTRAINT "VolymRegistrering_forbundId_insatsId_fkey" FOREIGN KEY ("forbundId", "insatsId") REFERENCES "Insats"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deltagare" ADD CONSTRAINT "Deltagare_forbundId_fkey" FOREIGN KEY ("forbundId") REFERENCES "Forbund"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeltagareIdentitet" ADD CONSTRAINT "DeltagareIdentitet_forbundId_deltagareId_fkey" FOREIGN KEY ("forbundId", "deltagareId") REFERENCES "Deltagare"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Samtycke" ADD CONSTRAINT "Samtycke_forbundId_deltagareId_fkey" FOREIGN KEY ("forbundId", "deltagareId") REFERENCES "Deltagare"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Samtycke" ADD CONSTRAINT "Samtycke_forbundId_insatsId_fkey" FOREIGN KEY ("forbundId", "insatsId") REFERENCES "Insats"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inskrivning" ADD CONSTRAINT "Inskrivning_forbundId_insatsId_fkey" FOREIGN KEY ("forbundId", "insatsId") REFERENCES "Insats"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inskrivning" ADD CONSTRAINT "Inskrivning_forbundId_deltagareId_fkey" FOREIGN KEY ("forbundId", "deltagareId") REFERENCES "Deltagare"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inskrivning" ADD CONSTRAINT "Inskrivning_forbundId_gruppId_fkey" FOREIGN KEY ("forbundId", "gruppId") REFERENCES "Grupp"("forbundId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Matvariabel" ADD CONSTRAINT "Matvariabel_forbundId_fkey" FOREIGN KEY ("forbundId") REFERENCES "Forbund"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Matning" ADD CONSTRAINT "Matning_forbundId_inskrivningId_fkey" FOREIGN KEY ("forbundId", "inskrivningId") REFERENCES "Inskrivning"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Matning" ADD CONSTRAINT "Matning_forbundId_matvariabelId_fkey" FOREIGN KEY ("forbundId", "matvariabelId") REFERENCES "Matvariabel"("forbundId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Uppfoljning" ADD CONSTRAINT "Uppfoljning_forbundId_inskrivningId_fkey" FOREIGN KEY ("forbundId", "inskrivningId") REFERENCES "Inskrivning"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_forbundId_inskrivningId_fkey" FOREIGN KEY ("forbundId", "inskrivningId") REFERENCES "Inskrivning"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanMal" ADD CONSTRAINT "PlanMal_forbundId_planId_fkey" FOREIGN KEY ("forbundId", "planId") REFERENCES "Plan"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Malsattning" ADD CONSTRAINT "Malsattning_forbundId_insatsId_fkey" FOREIGN KEY ("forbundId", "insatsId") REFERENCES "Insats"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MalsattningStatus" ADD CONSTRAINT "MalsattningStatus_forbundId_malsattningId_fkey" FOREIGN KEY ("forbundId", "malsattningId") REFERENCES "Malsattning"("forbundId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_forbundId_fkey" FOREIGN KEY ("forbundId") REFERENCES "Forbund"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

