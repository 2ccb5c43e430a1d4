/**
 * The Disbursements grid's columns: every payment in its own currency (formatted per locale with
 * ISO minor digits), dates ISO, the country by name and, like the currency, filtered from a list.
 */
import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { UiLocale } from '../../../../core/domain/locales';
import { choiceFilter, dateFilter, moneyColumn, textFilter } from '../../components/grid-columns';
import { countryName, regionCountryChoices } from '../../i18n/country-names';
import { REGION_CURRENCIES } from '../money-flow/choices';
import type { DisbursementColumn, DisbursementRow } from './disbursements-grid';

export type DisbursementColumnOptions = {
  t: TFunction;
  locale: UiLocale;
  /** Sorts the country list by name in the UI language. */
  collator: Intl.Collator;
  /** Told the text of an amount filter that could not be read as an amount in this locale (null once it can). */
  onAmountRefused?(text: string | null): void;
};

/** The Disbursements grid columns; every sortable or filterable colId is one the server whitelists (DISBURSEMENT_COLUMNS). */
export function disbursementColumnDefs({ t, locale, collator, onAmountRefused = () => {} }: DisbursementColumnOptions): ColDef<DisbursementRow>[] {
  const anyLabel = t('audit.filter.any');
  const filterLabel = (column: string) => t('audit.filter.label', { column });
  const cols: (ColDef<DisbursementRow> & { colId: DisbursementColumn | 'approved' })[] = [
    {
      colId: 'paidDate',
      field: 'paidDate',
      headerName: t('disbursements.date'),
      width: 130,
      pinned: 'left',
      lockPinned: true,
      cellClass: 'cell-date',
      // Newest first until sorted otherwise.
      initialSort: 'desc',
      ...dateFilter,
    },
    { colId: 'reference', field: 'reference', headerName: t('disbursementList.column.reference'), width: 210, cellClass: 'cell-reference', ...textFilter },
    { colId: 'grantee', field: 'grantee', headerName: t('reconciliation.column.grantee'), flex: 1, minWidth: 200, tooltip: true, ...textFilter },
    {
      colId: 'country',
      headerName: t('reconciliation.column.country'),
      valueGetter: (p) => (p.data ? countryName(t, p.data.country) : undefined),
      filterValueGetter: (p) => p.data?.country,
      tooltip: (p) => (p.data ? `${countryName(t, p.data.country)} (${p.data.country})` : undefined),
      width: 210,
      ...choiceFilter<DisbursementRow>({ choices: regionCountryChoices(t, collator), anyLabel, label: filterLabel(t('reconciliation.column.country')) }),
    },
    { ...moneyColumn('amount', t('disbursements.amount'), (r: DisbursementRow) => r.amountMinor, (r) => r.currency, { locale, onAmountRefused }), width: 170 },
    {
      colId: 'currency',
      field: 'currency',
      headerName: t('reconciliation.column.currency'),
      width: 130,
      ...choiceFilter<DisbursementRow>({
        choices: REGION_CURRENCIES.map((c) => ({ value: c, label: c })),
        anyLabel,
        label: filterLabel(t('reconciliation.column.currency')),
      }),
    },
    { colId: 'bankReference', field: 'bankReference', headerName: t('disbursements.bankReference'), width: 190, tooltip: true, ...textFilter },
    {
      colId: 'approved',
      field: 'approved',
      headerName: t('disbursementList.column.approved'),
      headerTooltip: t('disbursementList.column.approved.tip'),
      width: 120,
      sortable: false,
      filter: false,
      valueFormatter: (p) => (!p.node?.data ? '' : p.value ? t('disbursementList.approved.yes') : t('disbursementList.approved.no')),
    },
  ];
  return cols;
}
