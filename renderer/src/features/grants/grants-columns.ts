/**
 * The Grants grid's columns in the UI language: headers and tooltips from the catalogue, amounts
 * formatted per locale with ISO minor digits, dates kept ISO YYYY-MM-DD (unambiguous for auditors).
 */
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { GrantColumn } from '../../../../core/api/schemas/grants';
import type { UiLocale } from '../../../../core/domain/locales';
import { dateFilter, moneyColumn, textFilter } from '../../components/grid-columns';
import { showMoney, type Money } from '../../components/money-text';
import { codeLabel } from '../../i18n/code-labels';
import type { GrantRow } from './grants-grid';

const NO_VALUE = '—';

export type ColumnOptions = {
  t: TFunction;
  locale: UiLocale;
  /** Renders the grant status (a React component in the app; anything ag-grid accepts in tests). */
  statusCellRenderer?: ColDef<GrantRow>['cellRenderer'];
  /** Told the text of a money filter that could not be read as an amount in this locale (null once it can). */
  onAmountRefused?(text: string | null): void;
  /** The currency the equivalent column shows amounts in (ISO code; EUR unless chosen). */
  reportingCurrency?: string;
};

/** The Grants grid columns; every colId is one the server whitelists (GRANT_COLUMNS). */
export function grantsColumnDefs({ t, locale, statusCellRenderer, onAmountRefused = () => {}, reportingCurrency = 'EUR' }: ColumnOptions): ColDef<GrantRow>[] {
  const money = { locale, onAmountRefused };
  const currency = (r: GrantRow) => r.currency;

  const cols: (ColDef<GrantRow> & { colId: GrantColumn })[] = [
    {
      colId: 'reference',
      field: 'reference',
      headerName: t('grants.column.reference'),
      width: 200,
      pinned: 'left',
      lockPinned: true,
      cellClass: 'cell-reference',
      tooltip: (p) => p.data?.title,
      ...textFilter,
    },
    { colId: 'grantor', field: 'grantor', headerName: t('grants.column.grantor'), flex: 1, minWidth: 160, tooltip: true, ...textFilter },
    { colId: 'grantee', field: 'grantee', headerName: t('grants.column.grantee'), flex: 1, minWidth: 160, tooltip: true, ...textFilter },
    {
      colId: 'country',
      headerName: t('grants.column.country'),
      valueGetter: (p) => p.data?.countryName,
      tooltip: (p) => (p.data ? `${p.data.countryName} (${p.data.country})` : undefined),
      width: 140,
      ...textFilter,
    },
    {
      colId: 'purpose',
      headerName: t('grants.column.purpose'),
      valueGetter: (p) => (p.data ? codeLabel(t, 'purpose', p.data.purpose) : undefined),
      width: 160,
      tooltip: true, // "Зајакнување на капацитетите" is longer than any column should be
      ...textFilter,
    },
    {
      ...moneyColumn('amount', t('grants.column.amount'), (r: GrantRow) => r.amountMinor, currency, money),
      headerTooltip: t('grants.column.amount.tip'),
      width: 170,
    },
    {
      // The colId stays 'amountEur': the server sorts and filters this column by its EUR value.
      ...moneyColumn('amountEur', t('grants.column.amountEur', { currency: reportingCurrency }), (r: GrantRow) => r.amountReportingMinor, (r) => r.reportingCurrency, money),
      headerTooltip: t('grants.column.amountEur.tip', { currency: reportingCurrency }),
      width: 150,
      // Unlike the other money columns, a grant without an equivalent (no rate) shows a dash.
      valueFormatter: (p: ValueFormatterParams<GrantRow, Money | null>) => (p.node?.data ? (p.value ? showMoney(p.value, locale) : NO_VALUE) : ''),
      // The server filters this column in EUR; in another currency a typed value would mislead.
      ...(reportingCurrency === 'EUR' ? {} : { filter: false, floatingFilter: false }),
    },
    { ...moneyColumn('disbursed', t('grants.column.disbursed'), (r: GrantRow) => r.disbursedMinor, currency, money), width: 170 },
    { ...moneyColumn('received', t('grants.column.received'), (r: GrantRow) => r.receivedMinor, currency, money), width: 170 },
    {
      colId: 'status',
      field: 'status',
      headerName: t('grants.column.status'),
      width: 130,
      valueFormatter: (p) => (p.value ? codeLabel(t, 'grantStatus', String(p.value)) : ''),
      ...(statusCellRenderer ? { cellRenderer: statusCellRenderer } : {}),
      ...textFilter,
    },
    { colId: 'startDate', field: 'startDate', headerName: t('grants.column.startDate'), width: 125, cellClass: 'cell-date', ...dateFilter },
    { colId: 'endDate', field: 'endDate', headerName: t('grants.column.endDate'), width: 125, cellClass: 'cell-date', ...dateFilter },
  ];
  return cols;
}
