/**
 * Times in the audit log: ISO date and time in UTC, "2026-11-24 12:00:00 UTC", in every language.
 * Auditors compare entries across countries and time zones; a local or written-out time could be
 * read as another moment.
 */

const INSTANT = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

/** An ISO 8601 instant as "YYYY-MM-DD hh:mm:ss UTC"; text that is not an instant is returned as stored. */
export function formatUtcInstant(iso: string): string {
  const m = INSTANT.exec(iso.trim());
  if (!m) return iso;
  const [, date, time = '', zone] = m;
  if (zone === undefined || zone === 'Z') return `${date} ${time.length === 5 ? `${time}:00` : time} UTC`;
  // An offset other than Z (not written by Tranche, but a file may come from elsewhere): convert.
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const utc = new Date(ms).toISOString();
  return `${utc.slice(0, 10)} ${utc.slice(11, 19)} UTC`;
}
