/**
 * Column settings the server-paged grids share: the default every column starts from, the text,
 * number, date and list filters the API understands, and money columns (an amount in its own
 * currency, formatted per locale with ISO minor digits and filtered as typed in that locale).
 */
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { UiLocale } from '../../../core/domain/locales';
import { amountFilterParams } from './amount-filter';
import { ChoiceFilter, ChoiceFloatingFilter, type ChoiceFilterParams } from './ChoiceFilter';
import { DATE_FILTER_OPTIONS, MAX_CONDITIONS, NUMBER_FILTER_OPTIONS, TEXT_FILTER_OPTIONS } from './grid-datasource';
import { showMoney, type Money } from './money-text';

/** Settings every column of a server-paged grid shares. Long headers (some languages need more words) wrap rather than cut. */
export const DEFAULT_COL_DEF = {
  sortable: true,
  resizable: true,
  floatingFilter: true,
  suppressHeaderMenuButton: true,
  wrapHeaderText: true,
  autoHeaderHeight: true,
  // Values are shaped by each column's valueGetter/valueFormatter; no type inference from the first block.
  cellDataType: false,
} as const satisfies ColDef;

export const textFilter = {
  filter: 'agTextColumnFilter',
  filterParams: { filterOptions: TEXT_FILTER_OPTIONS, maxNumConditions: MAX_CONDITIONS, trimInput: true, debounceMs: 300 },
} satisfies ColDef;

export const numberFilter = {
  filter: 'agNumberColumnFilter',
  filterParams: { filterOptions: NUMBER_FILTER_OPTIONS, maxNumConditions: MAX_CONDITIONS, debounceMs: 300 },
} satisfies ColDef;

// A plain text box taking ISO dates (2024-01-31) rather than the browser's date picker, which shows
// the OS locale's order (mm/dd/yyyy on many machines): auditors want unambiguous dates.
export const dateFilter = {
  filter: 'agDateColumnFilter',
  filterParams: { filterOptions: DATE_FILTER_OPTIONS, maxNumConditions: MAX_CONDITIONS, browserDatePicker: false, minValidYear: 1990 },
} satisfies ColDef;

type FilterPart<Row> = Pick<ColDef<Row>, 'filter' | 'filterParams' | 'floatingFilterComponent' | 'floatingFilterComponentParams' | 'suppressFloatingFilterButton'>;

/** A list filter: its model is a text `equals` on the code, which the API compares exactly. */
export function choiceFilter<Row>(params: ChoiceFilterParams): FilterPart<Row> {
  return {
    filter: ChoiceFilter,
    filterParams: params,
    floatingFilterComponent: ChoiceFloatingFilter,
    floatingFilterComponentParams: params,
    suppressFloatingFilterButton: true,
  };
}

export type MoneyColumnOptions = {
  locale: UiLocale;
  /** Told the text of an amount filter that could not be read as an amount in this locale (null once it can). */
  onAmountRefused(text: string | null): void;
};

/**
 * A money column: the amount `amountMinor` picks from the row in the currency `currency` picks
 * (no value when it picks null), right-aligned, formatted per locale, with a number filter that
 * reads amounts as typed in it.
 */
export function moneyColumn<Row, Id extends string>(
  colId: Id,
  headerName: string,
  amountMinor: (row: Row) => number | null,
  currency: (row: Row) => string,
  { locale, onAmountRefused }: MoneyColumnOptions,
): ColDef<Row> & { colId: Id } {
  return {
    colId,
    headerName,
    valueGetter: (p) => {
      const minor = p.data ? amountMinor(p.data) : null;
      return p.data && minor !== null ? { amountMinor: minor, currency: currency(p.data) } : null;
    },
    valueFormatter: (p: ValueFormatterParams<Row, Money | null>) => (p.value ? showMoney(p.value, locale) : ''),
    filter: 'agNumberColumnFilter',
    filterParams: { ...numberFilter.filterParams, ...amountFilterParams(locale, onAmountRefused) },
    type: 'rightAligned',
    cellClass: ['ag-right-aligned-cell', 'cell-money'],
  };
}
