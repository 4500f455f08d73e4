-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "partnerId" TEXT;


-- Earlier events learn the partner their record belongs to, so that the history applies the same
-- visibility to them as to new ones. Events whose record is gone keep none: they show only to funding readers.
UPDATE "AuditEvent" SET "partnerId" = (SELECT "partnerId" FROM "BudgetLine" WHERE "BudgetLine"."id" = "AuditEvent"."entityId")
WHERE "action" LIKE 'budget.%';
UPDATE "AuditEvent" SET "partnerId" = (SELECT "partnerId" FROM "PartnerReport" WHERE "PartnerReport"."id" = "AuditEvent"."entityId")
WHERE "action" LIKE 'report.%';
UPDATE "AuditEvent" SET "partnerId" = "entityId" WHERE "action" LIKE 'partner.%';
