import { command, query } from './define';
import { PLANNERS } from './plans.api';
import { IndicatorsInput, SetIndicatorActualInput, SetIndicatorTargetInput } from './schemas/plans';
import { listIndicators, setIndicatorActual, setIndicatorTarget } from '../services/indicators';

/** The NGO side, who enter what was achieved. */
const NGO_SIDE = ['finance_officer', 'coordinator'] as const;

export const indicatorsApi = {
  /** A plan's or a grant's impact indicators. */
  'indicators.list': query('signed-in', IndicatorsInput, (ctx, i) => listIndicators(ctx, i)),
  /** What a plan or grant aims at for a year or quarter. */
  'indicators.setTarget': command(PLANNERS, SetIndicatorTargetInput, (ctx, i) => setIndicatorTarget(ctx, i)),
  /** What was achieved in a year or quarter that has started. */
  'indicators.setActual': command(NGO_SIDE, SetIndicatorActualInput, (ctx, i) => setIndicatorActual(ctx, i)),
};
