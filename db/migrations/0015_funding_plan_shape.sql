CREATE TABLE `impact_indicators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer,
	`grant_id` integer,
	`indicator` text NOT NULL,
	`purpose` text,
	`year` integer NOT NULL,
	`quarter` integer,
	`target` integer,
	`actual` integer,
	`updated_by` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `funding_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`grant_id`) REFERENCES `grants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "impact_indicators_owner" CHECK(("impact_indicators"."plan_id" IS NULL) <> ("impact_indicators"."grant_id" IS NULL)),
	CONSTRAINT "impact_indicators_quarter" CHECK("impact_indicators"."quarter" IS NULL OR "impact_indicators"."quarter" BETWEEN 1 AND 4),
	CONSTRAINT "impact_indicators_counts" CHECK(("impact_indicators"."target" IS NULL OR "impact_indicators"."target" >= 0) AND ("impact_indicators"."actual" IS NULL OR "impact_indicators"."actual" >= 0)),
	CONSTRAINT "impact_indicators_purpose" CHECK(("impact_indicators"."purpose" IS NULL) = ("impact_indicators"."indicator" <> 'calls_by_purpose'))
);
--> statement-breakpoint
CREATE INDEX `impact_indicators_plan_idx` ON `impact_indicators` (`plan_id`,`year`);--> statement-breakpoint
CREATE INDEX `impact_indicators_grant_idx` ON `impact_indicators` (`grant_id`,`year`);--> statement-breakpoint
CREATE TABLE `plan_cost_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_year_id` integer NOT NULL,
	`kind` text NOT NULL,
	`label` text,
	`headcount` integer,
	`unit_cost_minor` integer,
	`training_hours` integer,
	`training_hour_cost_minor` integer,
	`amount_minor` integer NOT NULL,
	FOREIGN KEY (`plan_year_id`) REFERENCES `funding_plan_years`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "plan_cost_lines_headcount" CHECK("plan_cost_lines"."headcount" IS NULL OR "plan_cost_lines"."headcount" >= 0),
	CONSTRAINT "plan_cost_lines_unit_cost" CHECK("plan_cost_lines"."unit_cost_minor" IS NULL OR "plan_cost_lines"."unit_cost_minor" >= 0),
	CONSTRAINT "plan_cost_lines_training" CHECK(("plan_cost_lines"."training_hours" IS NULL OR "plan_cost_lines"."training_hours" >= 0) AND ("plan_cost_lines"."training_hour_cost_minor" IS NULL OR "plan_cost_lines"."training_hour_cost_minor" >= 0)),
	CONSTRAINT "plan_cost_lines_amount" CHECK("plan_cost_lines"."amount_minor" >= 0)
);
--> statement-breakpoint
CREATE INDEX `plan_cost_lines_year_idx` ON `plan_cost_lines` (`plan_year_id`);--> statement-breakpoint
ALTER TABLE `funding_plans` ADD `programme` text DEFAULT 'other' NOT NULL;--> statement-breakpoint
ALTER TABLE `funding_plans` ADD `revision` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `funding_plans` ADD `updated_at` text;--> statement-breakpoint
ALTER TABLE `pledges` ADD `committed_date` text;--> statement-breakpoint
ALTER TABLE `pledges` ADD `withdrawn_date` text;--> statement-breakpoint
CREATE INDEX `pledges_grant_idx` ON `pledges` (`grant_id`);