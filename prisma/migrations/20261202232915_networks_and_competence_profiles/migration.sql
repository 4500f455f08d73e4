-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN "markets" TEXT;
ALTER TABLE "Organisation" ADD COLUMN "offer" TEXT;
ALTER TABLE "Organisation" ADD COLUMN "sectors" TEXT;
ALTER TABLE "Organisation" ADD COLUMN "staffSize" TEXT;

-- CreateTable
CREATE TABLE "Competence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nameEn" TEXT NOT NULL,
    "nameRo" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "OrganisationCompetence" (
    "organisationId" TEXT NOT NULL,
    "competenceId" TEXT NOT NULL,

    PRIMARY KEY ("organisationId", "competenceId"),
    CONSTRAINT "OrganisationCompetence_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OrganisationCompetence_competenceId_fkey" FOREIGN KEY ("competenceId") REFERENCES "Competence" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_NetworkMembership" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "networkId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "joinedOn" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "leftOn" DATETIME,
    CONSTRAINT "NetworkMembership_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NetworkMembership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_NetworkMembership" ("id", "joinedOn", "networkId", "organisationId") SELECT "id", "joinedOn", "networkId", "organisationId" FROM "NetworkMembership";
DROP TABLE "NetworkMembership";
ALTER TABLE "new_NetworkMembership" RENAME TO "NetworkMembership";
CREATE INDEX "NetworkMembership_organisationId_idx" ON "NetworkMembership"("organisationId");
CREATE UNIQUE INDEX "NetworkMembership_networkId_organisationId_key" ON "NetworkMembership"("networkId", "organisationId");
CREATE TABLE "new_Project" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "acronym" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "programmeId" TEXT NOT NULL,
    "callId" TEXT,
    "startDate" DATETIME NOT NULL,
    "durationMonths" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "totalCost" DECIMAL NOT NULL,
    "grantAmount" DECIMAL NOT NULL,
    "cofinancingRate" DECIMAL NOT NULL,
    "grantAgreementNumber" TEXT,
    "cordisId" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "archivedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "officeFlatRatePercent" DECIMAL,
    "networkId" TEXT,
    CONSTRAINT "Project_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "FundingProgramme" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Project_callId_fkey" FOREIGN KEY ("callId") REFERENCES "Call" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Project_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Project" ("acronym", "archivedAt", "callId", "cofinancingRate", "cordisId", "createdAt", "currency", "durationMonths", "grantAgreementNumber", "grantAmount", "id", "isDemo", "officeFlatRatePercent", "programmeId", "startDate", "status", "summary", "title", "totalCost", "updatedAt", "version") SELECT "acronym", "archivedAt", "callId", "cofinancingRate", "cordisId", "createdAt", "currency", "durationMonths", "grantAgreementNumber", "grantAmount", "id", "isDemo", "officeFlatRatePercent", "programmeId", "startDate", "status", "summary", "title", "totalCost", "updatedAt", "version" FROM "Project";
DROP TABLE "Project";
ALTER TABLE "new_Project" RENAME TO "Project";
CREATE UNIQUE INDEX "Project_acronym_key" ON "Project"("acronym");
CREATE UNIQUE INDEX "Project_cordisId_key" ON "Project"("cordisId");
CREATE INDEX "Project_programmeId_idx" ON "Project"("programmeId");
CREATE INDEX "Project_callId_idx" ON "Project"("callId");
CREATE INDEX "Project_status_idx" ON "Project"("status");
CREATE INDEX "Project_startDate_idx" ON "Project"("startDate");
CREATE INDEX "Project_networkId_idx" ON "Project"("networkId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Competence_nameEn_key" ON "Competence"("nameEn");

-- CreateIndex
CREATE UNIQUE INDEX "Competence_nameRo_key" ON "Competence"("nameRo");

-- CreateIndex
CREATE INDEX "OrganisationCompetence_competenceId_idx" ON "OrganisationCompetence"("competenceId");

-- CreateIndex
CREATE INDEX "Organisation_type_idx" ON "Organisation"("type");

