CREATE TABLE `grant_year_totals` (
	`grant_id` integer NOT NULL,
	`year` text NOT NULL,
	`committed_minor` integer DEFAULT 0 NOT NULL,
	`disbursed_minor` integer DEFAULT 0 NOT NULL,
	`received_minor` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`grant_id`, `year`),
	FOREIGN KEY (`grant_id`) REFERENCES `grants`(`id`) ON UPDATE no action ON DELETE no action
);
