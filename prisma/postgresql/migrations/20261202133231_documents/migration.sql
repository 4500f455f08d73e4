-- CreateEnum
CREATE TYPE "DocumentType" AS ENUM ('ACTIVITY_REPORT', 'TIMESHEETS', 'EVIDENCE', 'OTHER');

-- DropIndex
DROP INDEX "StoredFile_deliverableId_versionNumber_key";

-- DropIndex
DROP INDEX "StoredFile_partnerReportId_versionNumber_key";

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "type" "DocumentType" NOT NULL DEFAULT 'OTHER',
    "deliverableId" TEXT,
    "partnerReportId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- The files uploaded so far become one document per distinct file name of a deliverable or a report.
INSERT INTO "Document" ("id", "title", "deliverableId", "partnerReportId", "createdAt")
SELECT 'doc-' || MIN("id"), "originalName", "deliverableId", "partnerReportId", MIN("createdAt")
FROM "StoredFile"
GROUP BY "deliverableId", "partnerReportId", "originalName";

-- Each file joins its document, and the versions are numbered again within it, in upload order.
ALTER TABLE "StoredFile" ADD COLUMN "documentId" TEXT;
UPDATE "StoredFile" AS f SET "documentId" = numbered."documentId", "versionNumber" = numbered."versionNumber"
FROM (
  SELECT s."id", d."id" AS "documentId", ROW_NUMBER() OVER (PARTITION BY d."id" ORDER BY s."versionNumber") AS "versionNumber"
  FROM "StoredFile" s
  JOIN "Document" d ON d."title" = s."originalName"
    AND d."deliverableId" IS NOT DISTINCT FROM s."deliverableId"
    AND d."partnerReportId" IS NOT DISTINCT FROM s."partnerReportId"
) AS numbered
WHERE f."id" = numbered."id";
ALTER TABLE "StoredFile" ALTER COLUMN "documentId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Document_deliverableId_idx" ON "Document"("deliverableId");

-- CreateIndex
CREATE INDEX "Document_partnerReportId_idx" ON "Document"("partnerReportId");

-- CreateIndex
CREATE INDEX "StoredFile_deliverableId_idx" ON "StoredFile"("deliverableId");

-- CreateIndex
CREATE INDEX "StoredFile_partnerReportId_idx" ON "StoredFile"("partnerReportId");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_documentId_versionNumber_key" ON "StoredFile"("documentId", "versionNumber");

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_deliverableId_fkey" FOREIGN KEY ("deliverableId") REFERENCES "Deliverable"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_partnerReportId_fkey" FOREIGN KEY ("partnerReportId") REFERENCES "PartnerReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

