import type { Output } from '../../../../core/api/handlers';

export type PlanDetail = Output<'plans.get'>;
export type OverviewRow = Output<'plans.overview'>[number];
export type YearCoverage = NonNullable<PlanDetail['coverage']>['years'][number];

/** Basis points as a whole percent for tables ("72 %"), formatted per language. */
export function percentOf(bp: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(bp / 10_000);
}
