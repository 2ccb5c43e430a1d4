/** How a demo grant is cut into tranches: evenly spaced due dates and amounts that add up exactly. */
import { addDays, daysBetween } from './dates';

/** `count` due dates from the start of the period, evenly spaced, the last well before the end. */
export function dueDates(startDate: string, endDate: string, count: number): string[] {
  const period = daysBetween(startDate, endDate);
  return Array.from({ length: count }, (_, i) => addDays(startDate, Math.floor((i * period) / count)));
}

/**
 * Splits `amountMinor` into `count` tranches: each the same whole number of `unit`s (100 = whole
 * major units), rounded down, and the remainder on the last, so the parts sum exactly to the total.
 */
export function splitAmount(amountMinor: number, count: number, unit = 100): number[] {
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0) throw new RangeError(`Cannot split ${amountMinor}`);
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`Bad tranche count ${count}`);
  const base = Math.floor(amountMinor / (count * unit)) * unit;
  if (base <= 0) throw new RangeError(`${amountMinor} is too small for ${count} tranches`);
  const parts = Array.from({ length: count }, () => base);
  parts[count - 1] = amountMinor - base * (count - 1);
  return parts;
}
