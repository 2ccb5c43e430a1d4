CREATE TABLE `read_model_guard` (
	`id` integer PRIMARY KEY NOT NULL
);
