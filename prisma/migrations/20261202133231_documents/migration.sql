-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "type" TEXT NOT NULL DEFAULT 'OTHER',
    "deliverableId" TEXT,
    "partnerReportId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Document_deliverableId_fkey" FOREIGN KEY ("deliverableId") REFERENCES "Deliverable" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Document_partnerReportId_fkey" FOREIGN KEY ("partnerReportId") REFERENCES "PartnerReport" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- The files uploaded so far become one document per distinct file name of a deliverable or a report.
INSERT INTO "Document" ("id", "title", "deliverableId", "partnerReportId", "createdAt")
SELECT 'doc-' || MIN("id"), "originalName", "deliverableId", "partnerReportId", MIN("createdAt")
FROM "StoredFile"
GROUP BY "deliverableId", "partnerReportId", "originalName";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_StoredFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "storageKey" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "documentId" TEXT NOT NULL,
    "isFrozen" BOOLEAN NOT NULL DEFAULT false,
    "uploadedById" TEXT NOT NULL,
    "deliverableId" TEXT,
    "partnerReportId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StoredFile_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "StoredFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "StoredFile_deliverableId_fkey" FOREIGN KEY ("deliverableId") REFERENCES "Deliverable" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "StoredFile_partnerReportId_fkey" FOREIGN KEY ("partnerReportId") REFERENCES "PartnerReport" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Each file joins its document, and the versions are numbered again within it, in upload order.
INSERT INTO "new_StoredFile" ("createdAt", "deliverableId", "id", "isFrozen", "mimeType", "originalName", "partnerReportId", "sha256", "sizeBytes", "storageKey", "uploadedById", "versionNumber", "documentId")
SELECT f."createdAt", f."deliverableId", f."id", f."isFrozen", f."mimeType", f."originalName", f."partnerReportId", f."sha256", f."sizeBytes", f."storageKey", f."uploadedById",
  ROW_NUMBER() OVER (PARTITION BY d."id" ORDER BY f."versionNumber"), d."id"
FROM "StoredFile" f
JOIN "Document" d ON d."title" = f."originalName" AND d."deliverableId" IS f."deliverableId" AND d."partnerReportId" IS f."partnerReportId";
DROP TABLE "StoredFile";
ALTER TABLE "new_StoredFile" RENAME TO "StoredFile";
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");
CREATE INDEX "StoredFile_deliverableId_idx" ON "StoredFile"("deliverableId");
CREATE INDEX "StoredFile_partnerReportId_idx" ON "StoredFile"("partnerReportId");
CREATE UNIQUE INDEX "StoredFile_documentId_versionNumber_key" ON "StoredFile"("documentId", "versionNumber");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Document_deliverableId_idx" ON "Document"("deliverableId");

-- CreateIndex
CREATE INDEX "Document_partnerReportId_idx" ON "Document"("partnerReportId");

