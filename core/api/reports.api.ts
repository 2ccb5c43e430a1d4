import { fundingReport } from '../../db/queries/funding-report';
import { query } from './define';
import { NoInput } from './schemas/app';
import { FundingReportInput } from './schemas/exports';
import { fundingReport as selectedReport } from '../export/funding-report';

export const reportsApi = {
  /** Committed, disbursed, received and outstanding money by country, year and grant currency. */
  'reports.funding': query('signed-in', NoInput, (ctx) => ({ rows: fundingReport(ctx.db) })),
  /** The funding report for a selection, per grant currency or in one reporting currency at a stated rate date. */
  'reports.report': query('signed-in', FundingReportInput, (ctx, i) => selectedReport(ctx.db, i.selection, { currency: i.currency ?? null, rateDate: i.rateDate ?? null, today: ctx.clock.today() })),
};
