-- AlterTable
ALTER TABLE "DeliverableStatusChange" ADD COLUMN     "byFirstUpload" BOOLEAN NOT NULL DEFAULT false;


-- The move of a first upload used to carry this English comment: the flag now says it, in the language of the reader.
UPDATE "DeliverableStatusChange" SET "byFirstUpload" = true, "comment" = NULL WHERE "comment" = 'First file uploaded.';
