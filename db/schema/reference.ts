import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** ISO 4217 currencies; minor_units is the number of decimals of the smallest unit. */
export const currencies = sqliteTable('currencies', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  minorUnits: integer('minor_units').notNull(),
});

/** ISO 3166-1 alpha-2 countries, XK (Kosovo) included. */
export const countries = sqliteTable('countries', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
});

/** Key/value facts about the database itself (dataset label, creation time). */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
