/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) for the demo data. Everything is computed from
 * explicit dates in UTC; nothing here reads the system clock.
 */

/** The demo data's "today": nothing is paid, received or recorded after this date. */
export const DEMO_TODAY = '2026-11-24';

const DAY_MS = 86_400_000;

function toMs(iso: string): number {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO date: ${iso}`);
  return ms;
}

function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromMs(toMs(iso) + days * DAY_MS);
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

/** The first of the month `months` after the month of `iso`. */
export function addMonthsToFirst(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const yy = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  return `${yy}-${String(mm + 1).padStart(2, '0')}-01`;
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** An ISO timestamp on `iso` at a fixed time of day, e.g. 2021-03-04T09:30:00.000Z. */
export function stamp(iso: string, hour = 9, minute = 0): string {
  return `${iso}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
}
