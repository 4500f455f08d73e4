-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_DeliverableStatusChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deliverableId" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "comment" TEXT,
    "byFirstUpload" BOOLEAN NOT NULL DEFAULT false,
    "actorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DeliverableStatusChange_deliverableId_fkey" FOREIGN KEY ("deliverableId") REFERENCES "Deliverable" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DeliverableStatusChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_DeliverableStatusChange" ("actorId", "comment", "createdAt", "deliverableId", "fromStatus", "id", "toStatus") SELECT "actorId", "comment", "createdAt", "deliverableId", "fromStatus", "id", "toStatus" FROM "DeliverableStatusChange";
DROP TABLE "DeliverableStatusChange";
ALTER TABLE "new_DeliverableStatusChange" RENAME TO "DeliverableStatusChange";
CREATE INDEX "DeliverableStatusChange_deliverableId_createdAt_idx" ON "DeliverableStatusChange"("deliverableId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- The move of a first upload used to carry this English comment: the flag now says it, in the language of the reader.
UPDATE "DeliverableStatusChange" SET "byFirstUpload" = 1, "comment" = NULL WHERE "comment" = 'First file uploaded.';
