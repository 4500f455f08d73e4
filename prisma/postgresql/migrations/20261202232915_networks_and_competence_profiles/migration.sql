-- CreateEnum
CREATE TYPE "NetworkMembershipStatus" AS ENUM ('ACTIVE', 'LEFT');

-- CreateEnum
CREATE TYPE "StaffSizeBand" AS ENUM ('MICRO', 'SMALL', 'MEDIUM', 'LARGE');

-- AlterTable
ALTER TABLE "NetworkMembership" ADD COLUMN     "leftOn" TIMESTAMP(3),
ADD COLUMN     "status" "NetworkMembershipStatus" NOT NULL DEFAULT 'ACTIVE';

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "markets" TEXT,
ADD COLUMN     "offer" TEXT,
ADD COLUMN     "sectors" TEXT,
ADD COLUMN     "staffSize" "StaffSizeBand";

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "networkId" TEXT;

-- CreateTable
CREATE TABLE "Competence" (
    "id" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameRo" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Competence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationCompetence" (
    "organisationId" TEXT NOT NULL,
    "competenceId" TEXT NOT NULL,

    CONSTRAINT "OrganisationCompetence_pkey" PRIMARY KEY ("organisationId","competenceId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Competence_nameEn_key" ON "Competence"("nameEn");

-- CreateIndex
CREATE UNIQUE INDEX "Competence_nameRo_key" ON "Competence"("nameRo");

-- CreateIndex
CREATE INDEX "OrganisationCompetence_competenceId_idx" ON "OrganisationCompetence"("competenceId");

-- CreateIndex
CREATE INDEX "Organisation_type_idx" ON "Organisation"("type");

-- CreateIndex
CREATE INDEX "Project_networkId_idx" ON "Project"("networkId");

-- AddForeignKey
ALTER TABLE "OrganisationCompetence" ADD CONSTRAINT "OrganisationCompetence_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationCompetence" ADD CONSTRAINT "OrganisationCompetence_competenceId_fkey" FOREIGN KEY ("competenceId") REFERENCES "Competence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE SET NULL ON UPDATE CASCADE;

