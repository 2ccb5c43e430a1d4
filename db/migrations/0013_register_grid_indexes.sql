DROP INDEX `organisations_country_idx`;--> statement-breakpoint
DROP INDEX `organisations_kind_idx`;--> statement-breakpoint
DROP INDEX `organisations_side_idx`;--> statement-breakpoint
CREATE INDEX `organisations_country_idx` ON `organisations` (`country`,`name`);--> statement-breakpoint
CREATE INDEX `organisations_kind_idx` ON `organisations` (`kind`,`country`,`name`);--> statement-breakpoint
CREATE INDEX `organisations_side_idx` ON `organisations` (`side`,`country`,`name`);