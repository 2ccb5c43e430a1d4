import { getMeta, setMeta } from '../../db/queries/meta';
import type { Ctx } from '../api/define';
import { AppError } from '../api/errors';
import { isPlausibleRate, plausibleRange, rangeText, type PlausibleRange } from '../domain/fx-plausible';

// An administrator's range for one pair, kept in meta (audited, with the reason given).
const key = (base: string, quote: string) => `fx.plausible.${base}/${quote}`;

/** The range rates of a pair must lie in: the administrator's for the pair, else the default. */
export function rangeOf(ctx: Pick<Ctx, 'db'>, base: string, quote: string): PlausibleRange {
  const stored = getMeta(ctx.db, key(base, quote));
  const m = stored === undefined ? null : /^(\S+) (\S+)$/.exec(stored);
  const override = m ? { min: Number(m[1]), max: Number(m[2]) } : null;
  return plausibleRange(base, quote, override && Number.isFinite(override.min) && Number.isFinite(override.max) ? override : null);
}

/** Why a rate is refused, or null: outside the pair's range (see core/domain/fx-plausible.ts). */
export function implausibleRate(ctx: Pick<Ctx, 'db'>, base: string, quote: string, rate: string): string | null {
  const range = rangeOf(ctx, base, quote);
  if (isPlausibleRate(rate, range)) return null;
  return `${base}/${quote} ${rate} is outside the plausible range ${rangeText(range.min)} to ${rangeText(range.max)}; an administrator can widen it for a real devaluation`;
}

/** Refuses a rate outside its pair's range, naming the field, the rate and the range. */
export function checkRate(ctx: Pick<Ctx, 'db'>, r: { base: string; quote: string; rate: string }): void {
  const why = implausibleRate(ctx, r.base, r.quote, r.rate);
  if (!why) return;
  const range = rangeOf(ctx, r.base, r.quote);
  throw new AppError('invalid_input', `rate: ${why}`, { pair: `${r.base}/${r.quote}`, rate: r.rate, min: rangeText(range.min), max: rangeText(range.max) }, [
    { path: 'rate', code: 'implausible_rate', message: why },
  ]);
}

/** Sets the range of one pair (an administrator, for a real devaluation); the reason goes into the audit entry. */
export function setRange(ctx: Ctx, i: { base: string; quote: string; min: string; max: string }): PlausibleRange {
  if (Number(i.min) > Number(i.max)) {
    throw new AppError('invalid_input', 'max: below min', {}, [{ path: 'max', code: 'too_small', message: `${i.max} is below the minimum ${i.min}` }]);
  }
  setMeta(ctx.db, key(i.base, i.quote), `${i.min} ${i.max}`);
  return rangeOf(ctx, i.base, i.quote);
}
