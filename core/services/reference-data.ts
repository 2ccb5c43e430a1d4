import { sql } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { countries, currencies } from '../../db/schema';
import { COUNTRIES } from '../domain/countries';
import { CURRENCIES } from '../domain/currencies';

/**
 * Makes sure the ISO currency and country tables hold every code the domain knows. Runs at open;
 * inserts only what is missing, so it costs one count per table on an up-to-date file.
 */
export function ensureReferenceData(db: Db): void {
  const count = (t: typeof currencies | typeof countries) => db.select({ n: sql<number>`count(*)` }).from(t).get()?.n ?? 0;
  if (count(currencies) < CURRENCIES.size) {
    for (const c of CURRENCIES.values()) {
      db.insert(currencies).values({ code: c.code, name: c.name, minorUnits: c.minorUnits }).onConflictDoNothing().run();
    }
  }
  if (count(countries) < COUNTRIES.size) {
    for (const c of COUNTRIES.values()) {
      db.insert(countries).values({ code: c.code, name: c.name }).onConflictDoNothing().run();
    }
  }
}
