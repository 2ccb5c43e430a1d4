import { getMeta, setMeta } from '../../db/queries/meta';
import type { Ctx } from '../api/define';
import { DEFAULT_FX_TOLERANCE_BP } from '../domain/receipt-matching';

const TOLERANCE_KEY = 'receipts.fx_tolerance_bp';

/** How far (basis points) a converted receipt may differ from its payment and still match automatically. */
export function fxTolerance(ctx: Pick<Ctx, 'db'>): number {
  const raw = getMeta(ctx.db, TOLERANCE_KEY);
  const v = Number(raw);
  return raw !== undefined && raw !== '' && Number.isSafeInteger(v) && v >= 0 ? v : DEFAULT_FX_TOLERANCE_BP;
}

/** Sets the tolerance (an administrator's setting; the meta row is audited). */
export function setFxTolerance(ctx: Ctx, basisPoints: number): { fxToleranceBasisPoints: number } {
  setMeta(ctx.db, TOLERANCE_KEY, String(basisPoints));
  return { fxToleranceBasisPoints: basisPoints };
}
