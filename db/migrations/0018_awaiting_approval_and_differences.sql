CREATE TABLE `payment_differences` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`disbursement_id` integer NOT NULL,
	`grant_id` integer NOT NULL,
	`kind` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`reason` text NOT NULL,
	`recorded_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`disbursement_id`) REFERENCES `disbursements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`grant_id`) REFERENCES `grants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "payment_differences_amount_positive" CHECK("payment_differences"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE INDEX `payment_differences_disbursement_idx` ON `payment_differences` (`disbursement_id`);--> statement-breakpoint
CREATE INDEX `payment_differences_grant_idx` ON `payment_differences` (`grant_id`);--> statement-breakpoint
ALTER TABLE `disbursements` ADD `approval_required` integer;--> statement-breakpoint
ALTER TABLE `disbursements` ADD `approved_at` text;--> statement-breakpoint
CREATE INDEX `disbursements_awaiting_idx` ON `disbursements` (`paid_date`) WHERE "disbursements"."approval_required" = 1 AND "disbursements"."approved_by" IS NULL;--> statement-breakpoint
ALTER TABLE `grant_totals` ADD `awaiting_minor` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `grant_year_totals` ADD `awaiting_minor` integer DEFAULT 0 NOT NULL;