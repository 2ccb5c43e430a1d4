import { z } from 'zod';
import { isCurrencyCode } from '../../domain/currencies';
import { UI_LOCALES } from '../../domain/locales';
import { GRANT_PURPOSES } from '../../../db/schema/grants';
import type { GridView } from '../../export/grids';
import { AuditPageInput } from './audit';
import { DisbursementsPageInput } from './disbursements';
import { GrantsPageInput } from './grants';
import { ReconciliationPageInput } from './receipts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const currency = z.string().refine(isCurrencyCode, 'not an ISO 4217 currency code');

/** Which grants a funding report covers: each list empty for "all". */
export const FundingSelectionInput = z.strictObject({
  countries: z.array(z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166 country code')).max(50).default([]),
  years: z.array(z.string().regex(/^\d{4}$/, 'expected a year')).max(50).default([]),
  funderIds: z.array(z.number().int().positive()).max(200).default([]),
  granteeIds: z.array(z.number().int().positive()).max(200).default([]),
  purposes: z.array(z.enum(GRANT_PURPOSES)).max(GRANT_PURPOSES.length).default([]),
});

/** The report: a selection, and a reporting currency (with the date of its rates) or none. */
export const FundingReportInput = z.strictObject({
  selection: FundingSelectionInput.default({ countries: [], years: [], funderIds: [], granteeIds: [], purposes: [] }),
  currency: currency.nullish(),
  rateDate: isoDate.nullish(),
});

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
/** Grids export to spreadsheets and CSV; the report also to a printable PDF. */
const format = z.enum(EXPORT_FORMATS);
const reportFormat = z.enum([...EXPORT_FORMATS, 'pdf']);
const locale = z.enum(UI_LOCALES).default('en');

export const ExportReportInput = FundingReportInput.extend({ format: reportFormat, locale });

const PAGE_INPUTS = { grants: GrantsPageInput, disbursements: DisbursementsPageInput, reconciliation: ReconciliationPageInput, audit: AuditPageInput } as const;

/**
 * A grid as the screen shows it (sort, filters, search, without the row window), checked against
 * that grid's own page schema, so an export accepts exactly the views the grid itself does.
 */
export const ExportGridInput = z
  .strictObject({
    format,
    locale,
    grid: z.enum(['grants', 'disbursements', 'reconciliation', 'audit']),
    sortModel: z.array(z.strictObject({ colId: z.string(), sort: z.enum(['asc', 'desc']) })).max(4).default([]),
    filterModel: z.record(z.string(), z.unknown()).default({}),
    search: z.string().trim().max(200).default(''),
    reportingCurrency: currency.optional(),
  })
  .transform((i, ctx): { format: (typeof EXPORT_FORMATS)[number]; locale: (typeof UI_LOCALES)[number]; grid: keyof typeof PAGE_INPUTS; view: GridView } => {
    const { format: f, locale: lng, grid, reportingCurrency, ...asked } = i;
    const extra = grid === 'grants' && reportingCurrency ? { reportingCurrency } : {};
    const parsed = PAGE_INPUTS[grid].safeParse({ ...asked, ...extra, startRow: 0, endRow: 1 });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, code: 'custom', message: issue.message, path: issue.path } as never);
      return z.NEVER;
    }
    const { sortModel, filterModel, search } = parsed.data;
    const view: GridView = { sortModel, filterModel: filterModel as GridView['filterModel'], search };
    return { format: f, locale: lng, grid, view };
  });
