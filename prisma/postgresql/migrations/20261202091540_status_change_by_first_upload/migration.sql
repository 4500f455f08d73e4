-- AlterTable
ALTER TABLE "DeliverableStatusChange" ADD COLUMN     "byFirstUpload" BOOLEAN NOT NULL DEFAULT false;


-- The first upload's move used to carry this English comment; the flag now says it, in the reader's language.
UPDATE "DeliverableStatusChange" SET "byFirstUpload" = true, "comment" = NULL WHERE "comment" = 'First file uploaded.';
