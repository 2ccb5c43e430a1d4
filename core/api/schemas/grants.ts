import { z } from 'zod';
import { isCurrencyCode } from '../../domain/currencies';
import { GridPageInput } from './grid';

/** Column ids of the Grants grid; the only names a client may sort or filter by. */
export const GRANT_COLUMNS = [
  'reference',
  'grantor',
  'grantee',
  'country',
  'purpose',
  'amount',
  'currency',
  'amountEur',
  'disbursed',
  'received',
  'status',
  'startDate',
  'endDate',
] as const;
export type GrantColumn = (typeof GRANT_COLUMNS)[number];

/** A page of the Grants grid. */
export const GrantsPageInput = GridPageInput(GRANT_COLUMNS, {
  /** The currency the equivalent column is shown in (ISO 4217); EUR unless chosen. */
  reportingCurrency: z.string().refine(isCurrencyCode, 'not an ISO 4217 currency code').default('EUR'),
});
export type GrantsPageInput = z.input<typeof GrantsPageInput>;

/** One grant by its id. */
export const GrantIdInput = z.strictObject({ id: z.number().int().positive() });
