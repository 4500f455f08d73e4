-- AlterTable
ALTER TABLE "Project" ADD COLUMN "officeFlatRatePercent" DECIMAL;

-- CreateTable
CREATE TABLE "ExpenditureItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "supplier" TEXT,
    "invoiceNumber" TEXT,
    "invoiceDate" DATETIME NOT NULL,
    "paymentDate" DATETIME,
    "amount" DECIMAL NOT NULL,
    "currency" TEXT NOT NULL,
    "exchangeRate" DECIMAL,
    "rateMonth" DATETIME,
    "rateIsAverage" BOOLEAN NOT NULL DEFAULT false,
    "convertedAmount" DECIMAL,
    "acceptedAmount" DECIMAL,
    "deductionReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ExpenditureItem_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ExpenditureItem_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "PartnerReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Each reported total of a cost category becomes one expenditure item of its report, accepted in full where the report
-- was accepted: the items are the one source of reported spend from here on
INSERT INTO "ExpenditureItem" ("id", "projectId", "reportId", "category", "description", "invoiceDate", "amount", "currency", "exchangeRate", "rateMonth", "convertedAmount", "acceptedAmount", "version", "createdAt", "updatedAt")
SELECT c."id", r."projectId", c."reportId", c."category", 'Reported total before itemised reporting', COALESCE(r."submittedAt", r."createdAt"),
       COALESCE(c."originalAmount", c."amount"), COALESCE(c."originalCurrency", p."currency"), c."exchangeRate", c."rateDate", c."amount",
       CASE WHEN r."status" = 'ACCEPTED' THEN c."amount" END, 1, c."createdAt", c."updatedAt"
FROM "ReportedCost" c
JOIN "PartnerReport" r ON r."id" = c."reportId"
JOIN "Project" p ON p."id" = r."projectId";

-- DropIndex
DROP INDEX "ReportedCost_reportId_category_key";

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "ReportedCost";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "currency" TEXT NOT NULL,
    "month" DATETIME NOT NULL,
    "rate" DECIMAL NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_FundingProgramme" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "managedBy" TEXT,
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "exchangeRateRule" TEXT NOT NULL DEFAULT 'SUBMISSION_MONTH',
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_FundingProgramme" ("archivedAt", "code", "createdAt", "currency", "description", "id", "managedBy", "name", "updatedAt") SELECT "archivedAt", "code", "createdAt", "currency", "description", "id", "managedBy", "name", "updatedAt" FROM "FundingProgramme";
DROP TABLE "FundingProgramme";
ALTER TABLE "new_FundingProgramme" RENAME TO "FundingProgramme";
CREATE UNIQUE INDEX "FundingProgramme_code_key" ON "FundingProgramme"("code");
CREATE TABLE "new_Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "type" TEXT NOT NULL DEFAULT 'OTHER',
    "deliverableId" TEXT,
    "partnerReportId" TEXT,
    "expenditureItemId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Document_deliverableId_fkey" FOREIGN KEY ("deliverableId") REFERENCES "Deliverable" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Document_partnerReportId_fkey" FOREIGN KEY ("partnerReportId") REFERENCES "PartnerReport" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Document_expenditureItemId_fkey" FOREIGN KEY ("expenditureItemId") REFERENCES "ExpenditureItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Document" ("createdAt", "deliverableId", "id", "partnerReportId", "title", "type") SELECT "createdAt", "deliverableId", "id", "partnerReportId", "title", "type" FROM "Document";
DROP TABLE "Document";
ALTER TABLE "new_Document" RENAME TO "Document";
CREATE INDEX "Document_deliverableId_idx" ON "Document"("deliverableId");
CREATE INDEX "Document_partnerReportId_idx" ON "Document"("partnerReportId");
CREATE INDEX "Document_expenditureItemId_idx" ON "Document"("expenditureItemId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ExpenditureItem_reportId_idx" ON "ExpenditureItem"("reportId");

-- CreateIndex
CREATE INDEX "ExpenditureItem_projectId_idx" ON "ExpenditureItem"("projectId");

-- CreateIndex
CREATE INDEX "ExchangeRate_month_idx" ON "ExchangeRate"("month");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeRate_currency_month_key" ON "ExchangeRate"("currency", "month");

