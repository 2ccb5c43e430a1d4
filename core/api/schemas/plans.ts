import { z } from 'zod';
import { CALL_PURPOSES, COST_LINE_KINDS, INDICATORS, PLAN_PROGRAMMES } from '../../../db/schema/plans';
import { AmountMinor, CountryCode, CurrencyCode, IsoDate } from './money-flow';

const Id = z.number().int().positive();
const Year = z.number().int().min(2000).max(2100);
/** A count of people, hours or money that may be zero but never negative. */
const Count = z.number().int('a whole number').min(0, 'cannot be negative').max(Number.MAX_SAFE_INTEGER);

export const PlanIdInput = z.strictObject({ id: Id });

/** Risk rule for coverage: committed share below `thresholdPercent` this many months before a year starts. */
export const RiskInput = z.strictObject({ thresholdPercent: z.number().int().min(1).max(100), monthsBefore: z.number().int().min(0).max(36) });

export const PlansOverviewInput = z.strictObject({ risk: RiskInput.optional() });
export const PlanDetailInput = z.strictObject({ id: Id, risk: RiskInput.optional() });

/** A new plan: its years are created empty, needing what their cost lines will add up to. */
export const CreatePlanInput = z.strictObject({
  title: z.string().trim().min(1).max(200),
  programme: z.enum(PLAN_PROGRAMMES),
  country: CountryCode,
  organisationId: Id,
  firstYear: Year,
  /** Years the plan runs; five unless told otherwise. */
  length: z.number().int().min(1).max(10).default(5),
  currency: CurrencyCode,
  notes: z.string().trim().max(2000).optional(),
});

export const UpdatePlanInput = z.strictObject({
  id: Id,
  title: z.string().trim().min(1).max(200).optional(),
  programme: z.enum(PLAN_PROGRAMMES).optional(),
  organisationId: Id.optional(),
  notes: z.string().trim().max(2000).nullable().optional(),
});

export const CostLineInput = z.strictObject({
  kind: z.enum(COST_LINE_KINDS),
  label: z.string().trim().max(200).optional(),
  headcount: Count.optional(),
  unitCostMinor: Count.optional(),
  trainingHours: Count.optional(),
  trainingHourCostMinor: Count.optional(),
  amountMinor: Count.optional(),
});
export type CostLineInput = z.output<typeof CostLineInput>;

/** Replaces one plan year's cost lines; the year's need becomes their sum. */
export const SetCostLinesInput = z.strictObject({ planId: Id, year: Year, lines: z.array(CostLineInput).max(100) });

export const AddPledgeInput = z.strictObject({
  planId: Id,
  funderId: Id,
  year: Year,
  amountMinor: AmountMinor,
  currency: CurrencyCode,
  pledgedDate: IsoDate,
  /** Committed already (with the date it was), or only pledged. */
  committedDate: IsoDate.optional(),
  grantId: Id.optional(),
});

export const UpdatePledgeInput = z.strictObject({
  id: Id,
  amountMinor: AmountMinor.optional(),
  currency: CurrencyCode.optional(),
  pledgedDate: IsoDate.optional(),
  /** The grant that carries the pledge, or null to unlink it. */
  grantId: Id.nullable().optional(),
});

export const SetPledgeStatusInput = z.strictObject({ id: Id, status: z.enum(['committed', 'withdrawn']), date: IsoDate });

/** What if: keep a share of one funder's pledges, or drop every pledge still only pledged. */
export const WhatIfInput = z.strictObject({
  planId: Id,
  scenario: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('funder'), funderId: Id, keepPercent: z.number().int().min(0).max(100) }),
    z.strictObject({ kind: z.literal('pledged_only') }),
  ]),
  risk: RiskInput.optional(),
});

const IndicatorOwner = { planId: Id.optional(), grantId: Id.optional() };
export const IndicatorsInput = z.strictObject(IndicatorOwner).refine((o) => (o.planId === undefined) !== (o.grantId === undefined), { path: ['planId'], message: 'name a plan or a grant' });

const IndicatorKey = {
  ...IndicatorOwner,
  indicator: z.enum(INDICATORS),
  /** Only for calls by purpose. */
  purpose: z.enum(CALL_PURPOSES).optional(),
  year: Year,
  quarter: z.number().int().min(1).max(4).optional(),
};
/** A target (what the plan or grant aims at) for a year or quarter; null clears it. */
export const SetIndicatorTargetInput = z
  .strictObject({ ...IndicatorKey, target: Count.nullable() })
  .refine((o) => (o.planId === undefined) !== (o.grantId === undefined), { path: ['planId'], message: 'name a plan or a grant' });
/** What was achieved in a year or quarter that has started; null clears it. */
export const SetIndicatorActualInput = z
  .strictObject({ ...IndicatorKey, actual: Count.nullable() })
  .refine((o) => (o.planId === undefined) !== (o.grantId === undefined), { path: ['planId'], message: 'name a plan or a grant' });
