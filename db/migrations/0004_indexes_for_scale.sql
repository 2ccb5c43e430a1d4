DROP INDEX `disbursements_grant_idx`;--> statement-breakpoint
CREATE INDEX `disbursements_grant_currency_idx` ON `disbursements` (`grant_id`,`currency`,`amount_minor`,`paid_date`,`grant_amount_minor`);--> statement-breakpoint
DROP INDEX `receipts_grant_idx`;--> statement-breakpoint
CREATE INDEX `receipts_grant_date_idx` ON `receipts` (`grant_id`,`received_date`,`grant_amount_minor`);--> statement-breakpoint
CREATE INDEX `tranches_grant_due_idx` ON `tranches` (`grant_id`,`due_date`,`amount_minor`,`status`);--> statement-breakpoint
CREATE INDEX `audit_entries_table_idx` ON `audit_entries` (`table_name`);