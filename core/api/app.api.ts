import { getMeta, tableCounts } from '../../db/queries/meta';
import { query } from './define';
import { NoInput } from './schemas/app';

export const appApi = {
  /** What database is open: whether it holds demo data, and how much. */
  'app.info': query(NoInput, (ctx) => ({
    dataset: (getMeta(ctx.db, 'dataset') ?? 'user') as 'demo' | 'empty' | 'user',
    createdAt: getMeta(ctx.db, 'created_at') ?? null,
    counts: tableCounts(ctx.db),
    today: ctx.clock.today(),
  })),
};
