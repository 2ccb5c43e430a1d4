CREATE TABLE `countries` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `currencies` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`minor_units` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `bank_accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`iban` text NOT NULL,
	`bank_name` text NOT NULL,
	`currency` text NOT NULL,
	`holder_name` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`currency`) REFERENCES `currencies`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bank_accounts_organisation_idx` ON `bank_accounts` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `bank_accounts_iban_idx` ON `bank_accounts` (`iban`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`short_name` text,
	`kind` text NOT NULL,
	`country` text NOT NULL,
	`registration_number` text,
	`registration_date` text,
	`iati_identifier` text,
	`address` text,
	`city` text,
	`phone` text,
	`email` text,
	`website` text,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`country`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "organisations_kind_check" CHECK("organisations"."kind" in ('government','international','ngo','foundation','bilateral','private_donor'))
);
--> statement-breakpoint
CREATE INDEX `organisations_name_idx` ON `organisations` (`name`);--> statement-breakpoint
CREATE INDEX `organisations_country_idx` ON `organisations` (`country`);--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_iati_identifier_idx` ON `organisations` (`iati_identifier`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`full_name` text NOT NULL,
	`email` text,
	`phone` text,
	`address` text,
	`notes` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `people_full_name_idx` ON `people` (`full_name`);--> statement-breakpoint
CREATE TABLE `person_relations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`relative_id` integer NOT NULL,
	`type` text NOT NULL,
	`start_date` text,
	`end_date` text,
	`source` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`relative_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `person_relations_person_idx` ON `person_relations` (`person_id`);--> statement-breakpoint
CREATE INDEX `person_relations_relative_idx` ON `person_relations` (`relative_id`);--> statement-breakpoint
CREATE TABLE `person_roles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`role` text NOT NULL,
	`start_date` text,
	`end_date` text,
	`source` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `person_roles_person_idx` ON `person_roles` (`person_id`);--> statement-breakpoint
CREATE INDEX `person_roles_organisation_idx` ON `person_roles` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `access_refusals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`user_id` integer,
	`role` text,
	`method` text NOT NULL,
	`reason` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text,
	`locale` text,
	`failed_sign_ins` integer DEFAULT 0 NOT NULL,
	`locked_until` text,
	`disabled` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_idx` ON `users` (`username`);--> statement-breakpoint
CREATE TABLE `grant_amendments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`grant_id` integer NOT NULL,
	`field` text NOT NULL,
	`old_value` text,
	`new_value` text,
	`reason` text NOT NULL,
	`made_by` integer,
	`approved_by` integer,
	`made_at` text NOT NULL,
	FOREIGN KEY (`grant_id`) REFERENCES `grants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`made_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `grant_amendments_grant_idx` ON `grant_amendments` (`grant_id`);--> statement-breakpoint
CREATE TABLE `grants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text NOT NULL,
	`title` text NOT NULL,
	`purpose` text NOT NULL,
	`description` text,
	`grantor_id` integer NOT NULL,
	`grantee_id` integer NOT NULL,
	`country` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`status` text NOT NULL,
	`award_method` text,
	`decision_date` text,
	`agreement_signed_date` text,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`created_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`grantor_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`grantee_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`country`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`currency`) REFERENCES `currencies`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "grants_amount_positive" CHECK("grants"."amount_minor" > 0),
	CONSTRAINT "grants_period_order" CHECK("grants"."end_date" >= "grants"."start_date")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `grants_reference_idx` ON `grants` (`reference`);--> statement-breakpoint
CREATE INDEX `grants_grantor_idx` ON `grants` (`grantor_id`);--> statement-breakpoint
CREATE INDEX `grants_grantee_idx` ON `grants` (`grantee_id`);--> statement-breakpoint
CREATE INDEX `grants_country_idx` ON `grants` (`country`);--> statement-breakpoint
CREATE INDEX `grants_amount_idx` ON `grants` (`amount_minor`);--> statement-breakpoint
CREATE INDEX `grants_start_date_idx` ON `grants` (`start_date`);--> statement-breakpoint
CREATE INDEX `grants_end_date_idx` ON `grants` (`end_date`);--> statement-breakpoint
CREATE INDEX `grants_status_idx` ON `grants` (`status`);--> statement-breakpoint
CREATE TABLE `disbursements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`grant_id` integer NOT NULL,
	`tranche_id` integer,
	`paid_date` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`grant_amount_minor` integer NOT NULL,
	`fx_rate` text,
	`bank_account_id` integer,
	`bank_reference` text,
	`override_reason` text,
	`recorded_by` integer,
	`approved_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`grant_id`) REFERENCES `grants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`tranche_id`) REFERENCES `tranches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`currency`) REFERENCES `currencies`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`bank_account_id`) REFERENCES `bank_accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "disbursements_amount_positive" CHECK("disbursements"."amount_minor" > 0),
	CONSTRAINT "disbursements_four_eyes" CHECK("disbursements"."approved_by" IS NULL OR "disbursements"."approved_by" <> "disbursements"."recorded_by")
);
--> statement-breakpoint
CREATE INDEX `disbursements_grant_idx` ON `disbursements` (`grant_id`);--> statement-breakpoint
CREATE INDEX `disbursements_tranche_idx` ON `disbursements` (`tranche_id`);--> statement-breakpoint
CREATE INDEX `disbursements_paid_date_idx` ON `disbursements` (`paid_date`);--> statement-breakpoint
CREATE INDEX `disbursements_amount_idx` ON `disbursements` (`amount_minor`);--> statement-breakpoint
CREATE TABLE `fx_rates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`base` text NOT NULL,
	`quote` text NOT NULL,
	`rate_date` text NOT NULL,
	`rate` text NOT NULL,
	`source` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`base`) REFERENCES `currencies`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`quote`) REFERENCES `currencies`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fx_rates_pair_date_idx` ON `fx_rates` (`base`,`quote`,`rate_date`);--> statement-breakpoint
CREATE TABLE `receipt_matches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`receipt_id` integer NOT NULL,
	`disbursement_id` integer NOT NULL,
	`amount_minor` integer NOT NULL,
	`method` text NOT NULL,
	`matched_at` text NOT NULL,
	FOREIGN KEY (`receipt_id`) REFERENCES `receipts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`disbursement_id`) REFERENCES `disbursements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `receipt_matches_receipt_idx` ON `receipt_matches` (`receipt_id`);--> statement-breakpoint
CREATE INDEX `receipt_matches_disbursement_idx` ON `receipt_matches` (`disbursement_id`);--> statement-breakpoint
CREATE TABLE `receipts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`grant_id` integer NOT NULL,
	`received_date` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`grant_amount_minor` integer NOT NULL,
	`fx_rate` text,
	`bank_reference` text,
	`recorded_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`grant_id`) REFERENCES `grants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`currency`) REFERENCES `currencies`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "receipts_amount_positive" CHECK("receipts"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE INDEX `receipts_grant_idx` ON `receipts` (`grant_id`);--> statement-breakpoint
CREATE INDEX `receipts_received_date_idx` ON `receipts` (`received_date`);--> statement-breakpoint
CREATE TABLE `tranches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`grant_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`due_date` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`release_condition` text,
	`condition_met_date` text,
	`condition_note` text,
	`status` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`grant_id`) REFERENCES `grants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`currency`) REFERENCES `currencies`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "tranches_amount_positive" CHECK("tranches"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tranches_grant_seq_idx` ON `tranches` (`grant_id`,`seq`);--> statement-breakpoint
CREATE INDEX `tranches_due_date_idx` ON `tranches` (`due_date`);--> statement-breakpoint
CREATE TABLE `funding_plan_years` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`year` integer NOT NULL,
	`need_minor` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `funding_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `funding_plan_years_plan_year_idx` ON `funding_plan_years` (`plan_id`,`year`);--> statement-breakpoint
CREATE TABLE `funding_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`country` text NOT NULL,
	`organisation_id` integer NOT NULL,
	`start_year` integer NOT NULL,
	`end_year` integer NOT NULL,
	`currency` text NOT NULL,
	`notes` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`country`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`currency`) REFERENCES `currencies`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `funding_plans_country_idx` ON `funding_plans` (`country`);--> statement-breakpoint
CREATE TABLE `pledges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`funder_id` integer NOT NULL,
	`year` integer NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`status` text NOT NULL,
	`grant_id` integer,
	`pledged_date` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `funding_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`funder_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`currency`) REFERENCES `currencies`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`grant_id`) REFERENCES `grants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `pledges_plan_idx` ON `pledges` (`plan_id`,`year`);--> statement-breakpoint
CREATE INDEX `pledges_funder_idx` ON `pledges` (`funder_id`);--> statement-breakpoint
CREATE TABLE `audit_context` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_id` integer,
	`at` text NOT NULL,
	`reason` text
);
--> statement-breakpoint
CREATE TABLE `audit_entries` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`user_id` integer,
	`action` text NOT NULL,
	`table_name` text NOT NULL,
	`record_id` text NOT NULL,
	`before_json` text,
	`after_json` text,
	`reason` text,
	`prev_hash` text,
	`hash` text
);
--> statement-breakpoint
CREATE INDEX `audit_entries_record_idx` ON `audit_entries` (`table_name`,`record_id`,`seq`);--> statement-breakpoint
CREATE INDEX `audit_entries_user_idx` ON `audit_entries` (`user_id`);--> statement-breakpoint
CREATE INDEX `audit_entries_unsealed_idx` ON `audit_entries` (`seq`) WHERE "audit_entries"."hash" IS NULL;--> statement-breakpoint
CREATE TABLE `flags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rule_id` text NOT NULL,
	`rule_version` integer NOT NULL,
	`severity` text NOT NULL,
	`object_kind` text NOT NULL,
	`object_id` integer NOT NULL,
	`grant_id` integer,
	`params_json` text NOT NULL,
	`inputs_json` text NOT NULL,
	`summary` text NOT NULL,
	`status` text NOT NULL,
	`computed_at` text NOT NULL,
	`resolved_by` integer,
	`resolved_at` text,
	`resolution_reason` text,
	FOREIGN KEY (`grant_id`) REFERENCES `grants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `flags_grant_idx` ON `flags` (`grant_id`);--> statement-breakpoint
CREATE INDEX `flags_rule_idx` ON `flags` (`rule_id`,`status`);