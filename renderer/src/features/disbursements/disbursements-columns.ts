/**
 * The Disbursements grid's columns: every payment in its own currency (formatted per locale with
 * ISO minor digits), dates ISO, the country by name and, like the currency, filtered from a list.
 */
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { UiLocale } from '../../../../core/domain/locales';
import { ChoiceFilter, ChoiceFloatingFilter, type ChoiceFilterParams } from '../../components/ChoiceFilter';
import { DATE_FILTER_OPTIONS, MAX_CONDITIONS, NUMBER_FILTER_OPTIONS, TEXT_FILTER_OPTIONS } from '../../components/grid-datasource';
import { showMoney, type Money } from '../../components/money-text';
import { countryName, regionCountryChoices } from '../../i18n/country-names';
import { amountFilterParams } from '../grants/amount-filter';
import { REGION_CURRENCIES } from '../money-flow/choices';
import type { DisbursementColumn, DisbursementRow } from './disbursements-grid';

const textFilter = {
  filter: 'agTextColumnFilter',
  filterParams: { filterOptions: TEXT_FILTER_OPTIONS, maxNumConditions: MAX_CONDITIONS, trimInput: true, debounceMs: 300 },
} satisfies ColDef;

// ISO dates typed as text (2026-11-24), not the browser's date picker in the OS locale's order.
const dateFilter = {
  filter: 'agDateColumnFilter',
  filterParams: { filterOptions: DATE_FILTER_OPTIONS, maxNumConditions: MAX_CONDITIONS, browserDatePicker: false, minValidYear: 1990 },
} satisfies ColDef;

type FilterPart = Pick<ColDef<DisbursementRow>, 'filter' | 'filterParams' | 'floatingFilterComponent' | 'floatingFilterComponentParams' | 'suppressFloatingFilterButton'>;

/** A list filter: its model is a text `equals` on the code, which the API compares exactly. */
function choiceFilter(params: ChoiceFilterParams): FilterPart {
  return {
    filter: ChoiceFilter,
    filterParams: params,
    floatingFilterComponent: ChoiceFloatingFilter,
    floatingFilterComponentParams: params,
    suppressFloatingFilterButton: true,
  };
}

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
      ...choiceFilter({ choices: regionCountryChoices(t, collator), anyLabel, label: filterLabel(t('reconciliation.column.country')) }),
    },
    {
      colId: 'amount',
      headerName: t('disbursements.amount'),
      valueGetter: (p) => (p.data ? { amountMinor: p.data.amountMinor, currency: p.data.currency } : null),
      valueFormatter: (p: ValueFormatterParams<DisbursementRow, Money | null>) => (p.value ? showMoney(p.value, locale) : ''),
      width: 170,
      filter: 'agNumberColumnFilter',
      filterParams: { filterOptions: NUMBER_FILTER_OPTIONS, maxNumConditions: MAX_CONDITIONS, debounceMs: 300, ...amountFilterParams(locale, onAmountRefused) },
      type: 'rightAligned',
      cellClass: ['ag-right-aligned-cell', 'cell-money'],
    },
    {
      colId: 'currency',
      field: 'currency',
      headerName: t('reconciliation.column.currency'),
      width: 130,
      ...choiceFilter({
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

/** Settings every Disbursements column shares. Long headers wrap rather than cut. */
export const defaultDisbursementColDef: ColDef<DisbursementRow> = {
  sortable: true,
  resizable: true,
  floatingFilter: true,
  suppressHeaderMenuButton: true,
  wrapHeaderText: true,
  autoHeaderHeight: true,
  cellDataType: false,
};
