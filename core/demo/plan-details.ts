/**
 * What explains a demo hotline plan's need, and what the hotline achieved: cost lines that add up
 * to each year's need exactly (staff, call specialists with their forty hours of initial training,
 * services to victims, awareness, operating costs as the rest), and indicator series with targets
 * for every year and actuals for the quarters that have started by the demo's today.
 */
import { costLineAmount, DEFAULT_TRAINING_HOURS } from '../domain/plan-costs';
import type { Rng } from './random';

export type DemoCostLine = {
  kind: 'staff' | 'call_specialists' | 'victim_services' | 'operating' | 'awareness';
  headcount: number | null;
  unitCostMinor: number | null;
  trainingHours: number | null;
  trainingHourCostMinor: number | null;
  amountMinor: number;
};

const round = (minor: number, to: number) => Math.floor(minor / to) * to;

/** Lines that add up to `needMinor` exactly (EUR minor units). */
export function demoCostLines(needMinor: number, rng: Rng): DemoCostLine[] {
  const staffCost = rng.int(36, 48) * 100_000; // 36,000-48,000 EUR a year
  const staff = Math.floor((needMinor * rng.int(26, 32)) / 100 / staffCost);
  const specialistCost = rng.int(24, 30) * 100_000;
  const hourCost = rng.int(20, 35) * 100;
  const specialists = Math.floor((needMinor * rng.int(22, 28)) / 100 / (specialistCost + DEFAULT_TRAINING_HOURS * hourCost));
  const people: DemoCostLine[] = [
    { kind: 'staff', headcount: staff, unitCostMinor: staffCost, trainingHours: null, trainingHourCostMinor: null, amountMinor: 0 },
    { kind: 'call_specialists', headcount: specialists, unitCostMinor: specialistCost, trainingHours: DEFAULT_TRAINING_HOURS, trainingHourCostMinor: hourCost, amountMinor: 0 },
  ].map((l) => ({ ...l, amountMinor: costLineAmount(l as DemoCostLine) })) as DemoCostLine[];
  const victims = round((needMinor * rng.int(18, 24)) / 100, 100_000);
  const awareness = round((needMinor * rng.int(5, 9)) / 100, 100_000);
  const used = people.reduce((s, l) => s + l.amountMinor, 0) + victims + awareness;
  const amount = (kind: DemoCostLine['kind'], amountMinor: number): DemoCostLine => ({ kind, headcount: null, unitCostMinor: null, trainingHours: null, trainingHourCostMinor: null, amountMinor });
  return [...people, amount('victim_services', victims), amount('awareness', awareness), amount('operating', needMinor - used)];
}

export type DemoIndicator = { indicator: string; purpose: string | null; year: number; quarter: number | null; target: number | null; actual: number | null };

const PURPOSE_SHARES: [string, number][] = [['information', 45], ['report_case', 20], ['ask_help', 25], ['other', 10]];

/** Yearly targets for the whole plan, quarterly actuals where the quarter has started by `today`. */
export function demoIndicators(startYear: number, endYear: number, today: string, rng: Rng): DemoIndicator[] {
  const out: DemoIndicator[] = [];
  let calls = rng.int(30, 60) * 100;
  for (let year = startYear; year <= endYear; year++) {
    calls = Math.round(calls * (1 + rng.int(5, 15) / 100));
    const cases = Math.round(calls * rng.int(4, 7) / 100);
    const targets: [string, number][] = [
      ['hotline_calls', calls], ['cases_recorded', cases], ['tips_to_perpetrators', Math.round(cases / rng.int(4, 6))],
      ['prosecutions', Math.round(cases / rng.int(10, 15))], ['victims_referred', Math.round(cases * rng.int(40, 60) / 100)], ['staff_trained', rng.int(20, 40)],
    ];
    for (const [indicator, target] of targets) out.push({ indicator, purpose: null, year, quarter: null, target, actual: null });
    for (let quarter = 1; quarter <= 4; quarter++) {
      if (`${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01` > today) break;
      const done = (target: number) => Math.round((target / 4) * rng.int(70, 110) / 100);
      const quarterCalls = done(calls);
      out.push({ indicator: 'hotline_calls', purpose: null, year, quarter, target: null, actual: quarterCalls });
      let left = quarterCalls;
      PURPOSE_SHARES.forEach(([purpose, share], i) => {
        const n = i === PURPOSE_SHARES.length - 1 ? left : Math.round((quarterCalls * share) / 100);
        left -= n;
        out.push({ indicator: 'calls_by_purpose', purpose, year, quarter, target: null, actual: Math.max(0, n) });
      });
      for (const [indicator, target] of targets.slice(1)) out.push({ indicator, purpose: null, year, quarter, target: null, actual: done(target) });
    }
  }
  return out;
}
