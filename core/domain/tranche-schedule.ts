import { allocate, type Money } from './money';

/** How a schedule is generated: equal instalments every month or quarter, or given amounts and dates. */
export type ScheduleSpec =
  | { kind: 'monthly' | 'quarterly'; count: number; firstDueDate: string; remainder?: 'first' | 'last' }
  | { kind: 'custom'; instalments: { dueDate: string; amountMinor: number }[] };

export type PlannedTranche = { seq: number; dueDate: string; amountMinor: number };

export class ScheduleError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `isoDate` plus `months`, clamped to the end of a shorter month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

function validDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * The tranches of a grant of `total`, due within [start, end]. Equal instalments split the total
 * exactly: every part is the total divided by the count, rounded down to the minor unit, and the
 * minor units left over go one each to the last instalments (or the first, if asked). Custom
 * amounts must add up to the total exactly. Throws ScheduleError naming the field at fault.
 */
export function generateSchedule(total: Money, period: { start: string; end: string }, spec: ScheduleSpec): PlannedTranche[] {
  let planned: PlannedTranche[];
  if (spec.kind === 'custom') {
    if (spec.instalments.length === 0) throw new ScheduleError('instalments', 'a schedule needs at least one tranche');
    spec.instalments.forEach((t, i) => {
      if (!validDate(t.dueDate)) throw new ScheduleError(`instalments.${i}.dueDate`, `"${t.dueDate}" is not a date (YYYY-MM-DD)`);
      if (!Number.isSafeInteger(t.amountMinor) || t.amountMinor <= 0) throw new ScheduleError(`instalments.${i}.amountMinor`, 'each tranche must be a positive whole number of minor units');
    });
    const sum = spec.instalments.reduce((s, t) => s + t.amountMinor, 0);
    if (sum !== total.amountMinor) {
      throw new ScheduleError('instalments', `the tranches add up to ${sum} minor units, not the grant amount ${total.amountMinor}`);
    }
    planned = [...spec.instalments]
      .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))
      .map((t, i) => ({ seq: i + 1, dueDate: t.dueDate, amountMinor: t.amountMinor }));
  } else {
    if (!validDate(spec.firstDueDate)) throw new ScheduleError('firstDueDate', `"${spec.firstDueDate}" is not a date (YYYY-MM-DD)`);
    const step = spec.kind === 'monthly' ? 1 : 3;
    const parts = allocate(total, spec.count, spec.remainder ?? 'last');
    planned = parts.map((p, i) => ({ seq: i + 1, dueDate: addMonths(spec.firstDueDate, i * step), amountMinor: p.amountMinor }));
  }
  const outside = planned.find((t) => t.dueDate < period.start || t.dueDate > period.end);
  if (outside) {
    throw new ScheduleError(spec.kind === 'custom' ? 'instalments' : 'count', `tranche ${outside.seq} would fall due on ${outside.dueDate}, outside the grant period ${period.start} to ${period.end}`);
  }
  return planned;
}
