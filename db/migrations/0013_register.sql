CREATE TABLE `budget_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`purpose` text NOT NULL,
	`description` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`currency`) REFERENCES `currencies`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "budget_lines_amount_positive" CHECK("budget_lines"."amount_minor" > 0),
	CONSTRAINT "budget_lines_period_order" CHECK("budget_lines"."end_date" >= "budget_lines"."start_date")
);
--> statement-breakpoint
CREATE INDEX `budget_lines_organisation_idx` ON `budget_lines` (`organisation_id`,`start_date`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`short_name` text,
	`kind` text NOT NULL,
	`side` text DEFAULT 'grantee' NOT NULL,
	`country` text NOT NULL,
	`registration_number` text,
	`registration_date` text,
	`iati_identifier` text,
	`address` text,
	`street_number` text,
	`unit` text,
	`postcode` text,
	`city` text,
	`address_country` text,
	`phone` text,
	`email` text,
	`website` text,
	`notes` text,
	`deactivated_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`country`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`address_country`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "organisations_kind_check" CHECK("__new_organisations"."kind" in ('ngo','government','international','embassy','development_agency','foundation','company','other')),
	CONSTRAINT "organisations_side_check" CHECK("__new_organisations"."side" in ('funder','grantee','both'))
);
--> statement-breakpoint
INSERT INTO `__new_organisations`("id", "name", "short_name", "kind", "side", "country", "registration_number", "registration_date", "iati_identifier", "address", "street_number", "unit", "postcode", "city", "address_country", "phone", "email", "website", "notes", "deactivated_at", "created_at", "updated_at") SELECT "id", "name", "short_name",
  -- Edited by hand: the old kinds map onto the new list, and the side follows the kind (an NGO receives, the rest give).
  CASE "kind" WHEN 'bilateral' THEN 'embassy' WHEN 'private_donor' THEN 'company' ELSE "kind" END,
  CASE "kind" WHEN 'ngo' THEN 'grantee' ELSE 'funder' END,
  "country", "registration_number", "registration_date", "iati_identifier", "address", NULL, NULL, NULL, "city", NULL, "phone", "email", "website", "notes", NULL, "created_at", "updated_at" FROM `organisations`;--> statement-breakpoint
DROP TABLE `organisations`;--> statement-breakpoint
ALTER TABLE `__new_organisations` RENAME TO `organisations`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `organisations_name_idx` ON `organisations` (`name`);--> statement-breakpoint
CREATE INDEX `organisations_country_idx` ON `organisations` (`country`);--> statement-breakpoint
CREATE INDEX `organisations_kind_idx` ON `organisations` (`kind`,`name`);--> statement-breakpoint
CREATE INDEX `organisations_side_idx` ON `organisations` (`side`,`name`);--> statement-breakpoint
CREATE INDEX `organisations_phone_idx` ON `organisations` (`phone`);--> statement-breakpoint
CREATE INDEX `organisations_email_idx` ON `organisations` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_iati_identifier_idx` ON `organisations` (`iati_identifier`);--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_registration_idx` ON `organisations` (`country`,`registration_number`);--> statement-breakpoint
CREATE TABLE `__new_bank_accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer,
	`person_id` integer,
	`kind` text DEFAULT 'iban' NOT NULL,
	`iban` text NOT NULL,
	`bank_name` text NOT NULL,
	`currency` text NOT NULL,
	`holder_name` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`currency`) REFERENCES `currencies`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "bank_accounts_one_owner" CHECK(("__new_bank_accounts"."organisation_id" IS NULL) <> ("__new_bank_accounts"."person_id" IS NULL)),
	CONSTRAINT "bank_accounts_kind_check" CHECK("__new_bank_accounts"."kind" in ('iban','other')),
	CONSTRAINT "bank_accounts_period_order" CHECK("__new_bank_accounts"."valid_to" IS NULL OR "__new_bank_accounts"."valid_to" >= "__new_bank_accounts"."valid_from")
);
--> statement-breakpoint
INSERT INTO `__new_bank_accounts`("id", "organisation_id", "person_id", "kind", "iban", "bank_name", "currency", "holder_name", "valid_from", "valid_to", "created_at") SELECT "id", "organisation_id", NULL, 'iban', "iban", "bank_name", "currency", "holder_name", "valid_from", "valid_to", "created_at" FROM `bank_accounts`;--> statement-breakpoint
DROP TABLE `bank_accounts`;--> statement-breakpoint
ALTER TABLE `__new_bank_accounts` RENAME TO `bank_accounts`;--> statement-breakpoint
CREATE INDEX `bank_accounts_organisation_idx` ON `bank_accounts` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `bank_accounts_person_idx` ON `bank_accounts` (`person_id`);--> statement-breakpoint
CREATE INDEX `bank_accounts_iban_idx` ON `bank_accounts` (`iban`);--> statement-breakpoint
ALTER TABLE `people` ADD `street_number` text;--> statement-breakpoint
ALTER TABLE `people` ADD `unit` text;--> statement-breakpoint
ALTER TABLE `people` ADD `postcode` text;--> statement-breakpoint
ALTER TABLE `people` ADD `city` text;--> statement-breakpoint
ALTER TABLE `people` ADD `country` text REFERENCES countries(code);--> statement-breakpoint
CREATE INDEX `people_phone_idx` ON `people` (`phone`);--> statement-breakpoint
CREATE INDEX `people_email_idx` ON `people` (`email`);--> statement-breakpoint
ALTER TABLE `users` ADD `person_id` integer REFERENCES people(id);--> statement-breakpoint
ALTER TABLE `grants` ADD `award_approved_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `grants` ADD `award_approved_at` text;--> statement-breakpoint
ALTER TABLE `grants` ADD `budget_line_id` integer REFERENCES budget_lines(id);--> statement-breakpoint
CREATE INDEX `grants_budget_line_idx` ON `grants` (`budget_line_id`);--> statement-breakpoint
-- Edited by hand: the relation list names 'other' instead of 'other_family'.
UPDATE `person_relations` SET `type` = 'other' WHERE `type` = 'other_family';--> statement-breakpoint
DROP INDEX `organisations_country_idx`;--> statement-breakpoint
DROP INDEX `organisations_kind_idx`;--> statement-breakpoint
DROP INDEX `organisations_side_idx`;--> statement-breakpoint
CREATE INDEX `organisations_country_idx` ON `organisations` (`country`,`name`);--> statement-breakpoint
CREATE INDEX `organisations_kind_idx` ON `organisations` (`kind`,`country`,`name`);--> statement-breakpoint
CREATE INDEX `organisations_side_idx` ON `organisations` (`side`,`country`,`name`);