CREATE TABLE `grant_totals` (
	`grant_id` integer PRIMARY KEY NOT NULL,
	`disbursed_minor` integer DEFAULT 0 NOT NULL,
	`received_minor` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`grant_id`) REFERENCES `grants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `grant_totals_disbursed_idx` ON `grant_totals` (`disbursed_minor`);--> statement-breakpoint
CREATE INDEX `grant_totals_received_idx` ON `grant_totals` (`received_minor`);