-- DropIndex
DROP INDEX "Deliverable_projectId_status_idx";

-- CreateIndex
CREATE INDEX "Deliverable_projectId_status_dueMonth_idx" ON "Deliverable"("projectId", "status", "dueMonth");

