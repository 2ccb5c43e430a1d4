import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * The demo database exactly as the previous release wrote it (commit a8ed3f5: migrations up to
 * 0009_grant_year_totals_triggers, its demo seed, fixed clock 2026-11-24T12:00:00Z; VACUUMed,
 * rollback journal, gzipped: tests/fixtures/release-a8ed3f5-demo.sqlite.gz). Made by the old
 * code, not today's seed run over old migrations, so it stays the old file whatever the seed
 * becomes. Opening a copy with the current migrations is an upgrade.
 */
export function previousReleaseDatabase(dir: string): string {
  const dbPath = join(dir, 'previous-release.sqlite');
  writeFileSync(dbPath, gunzipSync(readFileSync(resolve('tests/fixtures/release-a8ed3f5-demo.sqlite.gz'))));
  return dbPath;
}
