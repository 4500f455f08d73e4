-- CreateEnum
CREATE TYPE "ExchangeRateRule" AS ENUM ('SUBMISSION_MONTH', 'PERIOD_AVERAGE');

-- AlterEnum
ALTER TYPE "DocumentType" ADD VALUE 'RECEIPT';

-- AlterTable
ALTER TABLE "FundingProgramme" ADD COLUMN     "exchangeRateRule" "ExchangeRateRule" NOT NULL DEFAULT 'SUBMISSION_MONTH';

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "officeFlatRatePercent" DECIMAL(65,30);

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "expenditureItemId" TEXT;

-- CreateTable
CREATE TABLE "ExpenditureItem" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "category" "CostCategory" NOT NULL,
    "description" TEXT NOT NULL,
    "supplier" TEXT,
    "invoiceNumber" TEXT,
    "invoiceDate" TIMESTAMP(3) NOT NULL,
    "paymentDate" TIMESTAMP(3),
    "amount" DECIMAL(65,30) NOT NULL,
    "currency" TEXT NOT NULL,
    "exchangeRate" DECIMAL(65,30),
    "rateMonth" TIMESTAMP(3),
    "rateIsAverage" BOOLEAN NOT NULL DEFAULT false,
    "convertedAmount" DECIMAL(65,30),
    "acceptedAmount" DECIMAL(65,30),
    "deductionReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExpenditureItem_pkey" PRIMARY KEY ("id")
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

-- DropForeignKey
ALTER TABLE "ReportedCost" DROP CONSTRAINT "ReportedCost_reportId_fkey";

-- DropTable
DROP TABLE "ReportedCost";

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "id" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "month" TIMESTAMP(3) NOT NULL,
    "rate" DECIMAL(65,30) NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExpenditureItem_reportId_idx" ON "ExpenditureItem"("reportId");

-- CreateIndex
CREATE INDEX "ExpenditureItem_projectId_idx" ON "ExpenditureItem"("projectId");

-- CreateIndex
CREATE INDEX "ExchangeRate_month_idx" ON "ExchangeRate"("month");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeRate_currency_month_key" ON "ExchangeRate"("currency", "month");

-- CreateIndex
CREATE INDEX "Document_expenditureItemId_idx" ON "Document"("expenditureItemId");

-- AddForeignKey
ALTER TABLE "ExpenditureItem" ADD CONSTRAINT "ExpenditureItem_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpenditureItem" ADD CONSTRAINT "ExpenditureItem_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "PartnerReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_expenditureItemId_fkey" FOREIGN KEY ("expenditureItemId") REFERENCES "ExpenditureItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

