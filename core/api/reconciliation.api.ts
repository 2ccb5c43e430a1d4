import { grantForMoney } from '../../db/queries/money-flow';
import { reconciliationLines } from '../../db/queries/reconciliation';
import { reconciliationPage } from '../../db/queries/reconciliation-grid';
import { reconcile } from '../domain/reconciliation';
import { differencesOfGrant } from '../../db/queries/receipts';
import { fxTolerance } from '../services/fx-tolerance';
import { query } from './define';
import { AppError } from './errors';
import { ReconcileGrantInput, ReconciliationPageInput } from './schemas/receipts';

export const reconciliationApi = {
  /** One grant: scheduled, disbursed, received, outstanding (grant currency) and what does not agree. */
  'reconciliation.grant': query('signed-in', ReconcileGrantInput, (ctx, i) => {
    const g = grantForMoney(ctx.db, i.grantId);
    if (!g) throw new AppError('not_found', `Grant ${i.grantId} does not exist`, { id: i.grantId });
    const { payments, receipts, scheduled } = reconciliationLines(ctx.db, g.id);
    // The lines come along so that a person can match what the automatic matching left open.
    return {
      grantId: g.id,
      reference: g.reference,
      currency: g.currency,
      amountMinor: g.amountMinor,
      payments,
      receipts,
      // Exchange differences and bank charges recorded against its payments, and the tolerance
      // within which converted receipts were matched automatically (stated on the screen).
      differences: differencesOfGrant(ctx.db, g.id),
      fxToleranceBasisPoints: fxTolerance(ctx),
      ...reconcile(g.amountMinor, scheduled, payments, receipts, ctx.clock.today(), i.days),
    };
  }),
  /** Every grant's scheduled, disbursed, received and outstanding money, paged for the grid. */
  'reconciliation.page': query('signed-in', ReconciliationPageInput, (ctx, i) => reconciliationPage(ctx.db, i, ctx.clock.today(), 30)),
};
