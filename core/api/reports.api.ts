import { fundingReport } from '../../db/queries/funding-report';
import { query } from './define';
import { NoInput } from './schemas/app';

export const reportsApi = {
  /** Committed, disbursed, received and outstanding money by country, year and grant currency. */
  'reports.funding': query('signed-in', NoInput, (ctx) => ({ rows: fundingReport(ctx.db) })),
};
