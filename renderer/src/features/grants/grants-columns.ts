/**
 * The Grants grid's columns in the UI language: headers and tooltips from the catalogue, amounts
 * formatted per locale with ISO minor digits, dates kept ISO YYYY-MM-DD (unambiguous for auditors).
 */
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { GrantColumn } from '../../../../core/api/schemas/grants';
import type { UiLocale } from '../../../../core/domain/locales';
import { showMoney, type Money } from '../../components/money-text';
import { codeLabel } from '../../i18n/code-labels';
import { amountFilterParams } from './amount-filter';
import { DATE_FILTER_OPTIONS, MAX_CONDITIONS, NUMBER_FILTER_OPTIONS, TEXT_FILTER_OPTIONS, type GrantRow } from './grants-grid';

const NO_VALUE = '—';

const textFilter = {
  filter: 'agTextColumnFilter',
  filterParams: { filterOptions: TEXT_FILTER_OPTIONS, maxNumConditions: MAX_CONDITIONS, trimInput: true, debounceMs: 300 },
} satisfies ColDef;

// A plain text box taking ISO dates (2024-01-31) rather than the browser's date picker, which shows
// the OS locale's order (mm/dd/yyyy on many machines): auditors want unambiguous dates.
const dateFilter = {
  filter: 'agDateColumnFilter',
  filterParams: { filterOptions: DATE_FILTER_OPTIONS, maxNumConditions: MAX_CONDITIONS, browserDatePicker: false, minValidYear: 1990 },
} satisfies ColDef;

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
  const moneyText = (p: ValueFormatterParams<GrantRow, Money | null>) => (p.value ? showMoney(p.value, locale) : '');
  const moneyColumn = {
    filter: 'agNumberColumnFilter',
    filterParams: {
      filterOptions: NUMBER_FILTER_OPTIONS,
      maxNumConditions: MAX_CONDITIONS,
      debounceMs: 300,
      ...amountFilterParams(locale, onAmountRefused),
    },
    type: 'rightAligned',
    cellClass: ['ag-right-aligned-cell', 'cell-money'],
    valueFormatter: moneyText,
  } satisfies ColDef<GrantRow, Money | null>;

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
      colId: 'amount',
      headerName: t('grants.column.amount'),
      headerTooltip: t('grants.column.amount.tip'),
      valueGetter: (p) => (p.data ? { amountMinor: p.data.amountMinor, currency: p.data.currency } : null),
      width: 170,
      ...moneyColumn,
    },
    {
      colId: 'amountEur',
      // The colId stays 'amountEur': the server sorts and filters this column by its EUR value.
      headerName: t('grants.column.amountEur', { currency: reportingCurrency }),
      headerTooltip: t('grants.column.amountEur.tip', { currency: reportingCurrency }),
      valueGetter: (p) =>
        !p.data ? undefined : p.data.amountReportingMinor === null ? null : { amountMinor: p.data.amountReportingMinor, currency: p.data.reportingCurrency },
      width: 150,
      ...moneyColumn,
      valueFormatter: (p: ValueFormatterParams<GrantRow, Money | null>) => (p.node?.data ? (p.value ? showMoney(p.value, locale) : NO_VALUE) : ''),
      // The server filters this column in EUR; in another currency a typed value would mislead.
      ...(reportingCurrency === 'EUR' ? {} : { filter: false, floatingFilter: false }),
    },
    {
      colId: 'disbursed',
      headerName: t('grants.column.disbursed'),
      valueGetter: (p) => (p.data ? { amountMinor: p.data.disbursedMinor, currency: p.data.currency } : null),
      width: 170,
      ...moneyColumn,
    },
    {
      colId: 'received',
      headerName: t('grants.column.received'),
      valueGetter: (p) => (p.data ? { amountMinor: p.data.receivedMinor, currency: p.data.currency } : null),
      width: 170,
      ...moneyColumn,
    },
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

/** Settings every Grants column shares. Long headers (some languages need more words) wrap rather than cut. */
export const defaultGrantColDef: ColDef<GrantRow> = {
  sortable: true,
  resizable: true,
  floatingFilter: true,
  suppressHeaderMenuButton: true,
  wrapHeaderText: true,
  autoHeaderHeight: true,
  // Values are shaped by valueGetter/valueFormatter above; no type inference from the first block.
  cellDataType: false,
};
