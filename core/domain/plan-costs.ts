/**
 * A plan year's need, built from cost lines so it is explained rather than typed as one number.
 * Staff are headcount × yearly cost per person; call specialists also their initial training
 * (hours each × cost per hour; forty hours each is what the source report names as common);
 * every other kind is an amount.
 */
export const DEFAULT_TRAINING_HOURS = 40;

export type CostLineInput = {
  kind: 'staff' | 'call_specialists' | 'victim_services' | 'operating' | 'awareness' | 'other';
  headcount?: number | null | undefined;
  unitCostMinor?: number | null | undefined;
  trainingHours?: number | null | undefined;
  trainingHourCostMinor?: number | null | undefined;
  amountMinor?: number | null | undefined;
};

/** Which fields a kind is made of: people-based lines are computed, the others typed. */
export const isPeopleLine = (kind: CostLineInput['kind']): boolean => kind === 'staff' || kind === 'call_specialists';

function product(...factors: number[]): number {
  const p = factors.reduce((a, b) => a * BigInt(b), 1n);
  if (p > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('Cost line total is beyond the safe integer range of minor units');
  return Number(p);
}

/** A line's total in minor units of the plan currency. Inputs are assumed validated (non-negative integers). */
export function costLineAmount(line: CostLineInput): number {
  if (!isPeopleLine(line.kind)) return line.amountMinor ?? 0;
  const people = line.headcount ?? 0;
  const salaries = product(people, line.unitCostMinor ?? 0);
  if (line.kind === 'staff') return salaries;
  const hours = line.trainingHours ?? DEFAULT_TRAINING_HOURS;
  return salaries + product(people, hours, line.trainingHourCostMinor ?? 0);
}

/** A year's need: the sum of its lines. */
export function yearNeed(lines: readonly CostLineInput[]): number {
  const total = lines.reduce((s, l) => s + costLineAmount(l), 0);
  if (!Number.isSafeInteger(total)) throw new RangeError('Year need is beyond the safe integer range of minor units');
  return total;
}
