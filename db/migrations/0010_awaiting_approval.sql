ALTER TABLE `disbursements` ADD `approval_required` integer;--> statement-breakpoint
ALTER TABLE `disbursements` ADD `approved_at` text;--> statement-breakpoint
CREATE INDEX `disbursements_awaiting_idx` ON `disbursements` (`paid_date`) WHERE "disbursements"."approval_required" = 1 AND "disbursements"."approved_by" IS NULL;--> statement-breakpoint
ALTER TABLE `grant_totals` ADD `awaiting_minor` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `grant_year_totals` ADD `awaiting_minor` integer DEFAULT 0 NOT NULL;