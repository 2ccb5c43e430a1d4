/**
 * The Grants grid without React: column definitions and the infinite-row-model datasource that
 * calls 'grants.page'. Everything here is plain functions over plain data so it can be unit tested
 * with a fake fetchPage; the component only wires it to ag-grid and the API.
 */
import type { ColDef, IDatasource, IGetRowsParams, ValueFormatterParams } from 'ag-grid-community';
import type { Input, Output } from '../../../../core/api/handlers';
import type { GrantColumn } from '../../../../core/api/schemas/grants';
import { GRANT_COLUMNS } from '../../../../core/api/schemas/grants';
import { MAX_PAGE_ROWS } from '../../../../core/api/schemas/grid';
import { formatMoney } from '../../../../core/domain/money';
import { label, LOCALE, t } from '../../i18n/t';

export type GrantsPageInput = Input<'grants.page'>;
export type GrantsPage = Output<'grants.page'>;
export type GrantRow = GrantsPage['rows'][number];

/** Rows per block the grid asks for; one 'grants.page' call each. */
export const BLOCK_SIZE = 100;

// The operators the server understands for each filter type (core/api/schemas/grid.ts). Offering
// exactly these means ag-grid never sends a filter the API would refuse.
export const TEXT_FILTER_OPTIONS = ['contains', 'notContains', 'equals', 'notEqual', 'startsWith', 'endsWith', 'blank', 'notBlank'];
export const NUMBER_FILTER_OPTIONS = [
  'equals',
  'notEqual',
  'greaterThan',
  'greaterThanOrEqual',
  'lessThan',
  'lessThanOrEqual',
  'inRange',
  'blank',
  'notBlank',
];
export const DATE_FILTER_OPTIONS = ['equals', 'notEqual', 'lessThan', 'greaterThan', 'inRange', 'blank', 'notBlank'];
const MAX_CONDITIONS = 2;

// ---------------------------------------------------------------------------------------------
// Request building: ag-grid's models in, the API's strict input out.
// ---------------------------------------------------------------------------------------------

type FilterModel = NonNullable<GrantsPageInput['filterModel']>;
type ColumnFilterIn = NonNullable<FilterModel[GrantColumn]>;
type Condition = Extract<ColumnFilterIn, { type: string }>;
type SortItem = NonNullable<GrantsPageInput['sortModel']>[number];

const COLUMN_SET: ReadonlySet<string> = new Set(GRANT_COLUMNS);
const isColumn = (c: unknown): c is GrantColumn => typeof c === 'string' && COLUMN_SET.has(c);
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const str = (x: unknown): string | null => (typeof x === 'string' ? x : null);
const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

/**
 * One ag-grid condition reduced to the fields the API accepts (ag-grid adds others, e.g. a text
 * model's `filterTo`, which the API's strict schema would refuse). Null when it is not usable.
 */
function toCondition(c: unknown): Condition | null {
  if (!isObject(c) || typeof c.type !== 'string') return null;
  switch (c.filterType) {
    case 'text':
      if (!TEXT_FILTER_OPTIONS.includes(c.type)) return null;
      return { filterType: 'text', type: c.type as never, filter: str(c.filter) };
    case 'number':
      if (!NUMBER_FILTER_OPTIONS.includes(c.type)) return null;
      return { filterType: 'number', type: c.type as never, filter: num(c.filter), filterTo: num(c.filterTo) };
    case 'date':
      if (!DATE_FILTER_OPTIONS.includes(c.type)) return null;
      return { filterType: 'date', type: c.type as never, dateFrom: str(c.dateFrom), dateTo: str(c.dateTo) };
    default:
      return null;
  }
}

function toColumnFilter(f: unknown): ColumnFilterIn | null {
  if (!isObject(f)) return null;
  if (Array.isArray(f.conditions)) {
    const conditions = f.conditions.map(toCondition).filter((c): c is Condition => c !== null).slice(0, 4);
    const ft = f.filterType;
    if (conditions.length === 0 || (ft !== 'text' && ft !== 'number' && ft !== 'date')) return null;
    return { filterType: ft, operator: f.operator === 'OR' ? 'OR' : 'AND', conditions };
  }
  return toCondition(f);
}

/** ag-grid's filter model, keyed by colId, reduced to known columns and accepted operators. */
export function toFilterModel(model: unknown): FilterModel {
  const out: FilterModel = {};
  if (!isObject(model)) return out;
  for (const [colId, f] of Object.entries(model)) {
    if (!isColumn(colId)) continue;
    const cf = toColumnFilter(f);
    if (cf) out[colId] = cf;
  }
  return out;
}

/** ag-grid's sort model reduced to { colId, sort } of known columns (the API allows four). */
export function toSortModel(model: unknown): SortItem[] {
  if (!Array.isArray(model)) return [];
  const out: SortItem[] = [];
  for (const s of model) {
    if (isObject(s) && isColumn(s.colId) && (s.sort === 'asc' || s.sort === 'desc')) out.push({ colId: s.colId, sort: s.sort });
  }
  return out.slice(0, 4);
}

/** The 'grants.page' input for one block the grid asks for. */
export function toPageInput(
  params: Pick<IGetRowsParams, 'startRow' | 'endRow' | 'sortModel' | 'filterModel'>,
  search: string,
): GrantsPageInput {
  const startRow = Math.max(0, Math.floor(params.startRow));
  const endRow = Math.min(Math.max(startRow + 1, Math.floor(params.endRow)), startRow + MAX_PAGE_ROWS);
  return {
    startRow,
    endRow,
    sortModel: toSortModel(params.sortModel),
    filterModel: toFilterModel(params.filterModel),
    search: search.trim().slice(0, 200),
  };
}

/** What identifies a result set (everything but the block): used to drop answers to old questions. */
export function queryKey(input: GrantsPageInput): string {
  return JSON.stringify([input.sortModel, input.filterModel, input.search]);
}

// ---------------------------------------------------------------------------------------------
// The datasource
// ---------------------------------------------------------------------------------------------

export type GrantsDatasourceOptions = {
  fetchPage(input: GrantsPageInput): Promise<GrantsPage>;
  /** The number of grants matching the current search and filters, after each block arrives. */
  onCount?(total: number): void;
  /** A block failed to load; the grid shows those rows as failed until refreshed. */
  onError?(error: unknown): void;
  /** Called when a block is requested, before it arrives (e.g. to clear an old error). */
  onRequest?(input: GrantsPageInput): void;
};

export type GrantsDatasource = IDatasource & {
  /** The quick-search text for blocks requested from now on; true when it changed (then purge the cache). */
  setSearch(text: string): boolean;
  readonly search: string;
};

/**
 * An infinite-row-model datasource over 'grants.page'. Sorting and filtering happen in SQL; the
 * total count comes back as lastRow, so the grid knows its full height from the first block.
 * Counts from superseded queries (the user typed on, or changed a filter) are not reported.
 */
export function createGrantsDatasource(options: GrantsDatasourceOptions): GrantsDatasource {
  let latestKey: string | null = null;
  let search = '';
  return {
    get search() {
      return search;
    },
    setSearch(text: string) {
      const next = text.trim();
      if (next === search) return false;
      search = next;
      return true;
    },
    getRows(params: IGetRowsParams<GrantRow>) {
      const input = toPageInput(params, search);
      const key = queryKey(input);
      latestKey = key;
      options.onRequest?.(input);
      options.fetchPage(input).then(
        (page) => {
          params.successCallback(page.rows, page.lastRow ?? undefined);
          if (key === latestKey && typeof page.lastRow === 'number') options.onCount?.(page.lastRow);
        },
        (error: unknown) => {
          params.failCallback();
          if (key === latestKey) options.onError?.(error);
        },
      );
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Columns
// ---------------------------------------------------------------------------------------------

export type Money = { amountMinor: number; currency: string };

/** Exact money for display; an amount in a currency this build does not know is shown plainly. */
export function showMoney(m: Money | null | undefined): string {
  if (!m) return '';
  try {
    return formatMoney(m, LOCALE);
  } catch {
    return `${m.amountMinor} ${m.currency} (minor units)`;
  }
}

const NO_VALUE = '—';

const moneyFormatter = (p: ValueFormatterParams<GrantRow, Money | null>) => (p.value ? showMoney(p.value) : '');

const textFilter = {
  filter: 'agTextColumnFilter',
  filterParams: { filterOptions: TEXT_FILTER_OPTIONS, maxNumConditions: MAX_CONDITIONS, trimInput: true, debounceMs: 300 },
} satisfies ColDef;

const numberFilter = {
  filter: 'agNumberColumnFilter',
  filterParams: { filterOptions: NUMBER_FILTER_OPTIONS, maxNumConditions: MAX_CONDITIONS, debounceMs: 300 },
} satisfies ColDef;

// A plain text box taking ISO dates (2024-01-31) rather than the browser's date picker, which shows
// the OS locale's order (mm/dd/yyyy on many machines): auditors want unambiguous dates.
const dateFilter = {
  filter: 'agDateColumnFilter',
  filterParams: { filterOptions: DATE_FILTER_OPTIONS, maxNumConditions: MAX_CONDITIONS, browserDatePicker: false, minValidYear: 1990 },
} satisfies ColDef;

const moneyColumn = {
  ...numberFilter,
  type: 'rightAligned',
  cellClass: ['ag-right-aligned-cell', 'cell-money'],
  valueFormatter: moneyFormatter,
} satisfies ColDef<GrantRow, Money | null>;

export type ColumnOptions = {
  /** Renders the grant status (a React component in the app; anything ag-grid accepts in tests). */
  statusCellRenderer?: ColDef<GrantRow>['cellRenderer'];
};

/** The Grants grid columns; every colId is one the server whitelists (GRANT_COLUMNS). */
export function grantsColumnDefs(options: ColumnOptions = {}): ColDef<GrantRow>[] {
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
      valueGetter: (p) => (p.data ? label('purpose', p.data.purpose) : undefined),
      width: 140,
      ...textFilter,
    },
    {
      colId: 'amount',
      headerName: t('grants.column.amount'),
      headerTooltip: t('grants.column.amount.tip'),
      valueGetter: (p) => (p.data ? { amountMinor: p.data.amountMinor, currency: p.data.currency } : null),
      width: 165,
      ...moneyColumn,
    },
    {
      colId: 'amountEur',
      headerName: t('grants.column.amountEur'),
      headerTooltip: t('grants.column.amountEur.tip'),
      valueGetter: (p) =>
        !p.data ? undefined : p.data.amountEurMinor === null ? null : { amountMinor: p.data.amountEurMinor, currency: 'EUR' },
      width: 140,
      ...moneyColumn,
      valueFormatter: (p: ValueFormatterParams<GrantRow, Money | null>) =>
        p.node?.data ? (p.value ? showMoney(p.value) : NO_VALUE) : '',
    },
    {
      colId: 'disbursed',
      headerName: t('grants.column.disbursed'),
      valueGetter: (p) => (p.data ? { amountMinor: p.data.disbursedMinor, currency: p.data.currency } : null),
      width: 165,
      ...moneyColumn,
    },
    {
      colId: 'received',
      headerName: t('grants.column.received'),
      valueGetter: (p) => (p.data ? { amountMinor: p.data.receivedMinor, currency: p.data.currency } : null),
      width: 165,
      ...moneyColumn,
    },
    {
      colId: 'status',
      field: 'status',
      headerName: t('grants.column.status'),
      width: 120,
      valueFormatter: (p) => (p.value ? label('grantStatus', String(p.value)) : ''),
      ...(options.statusCellRenderer ? { cellRenderer: options.statusCellRenderer } : {}),
      ...textFilter,
    },
    { colId: 'startDate', field: 'startDate', headerName: t('grants.column.startDate'), width: 150, cellClass: 'cell-date', ...dateFilter },
    { colId: 'endDate', field: 'endDate', headerName: t('grants.column.endDate'), width: 150, cellClass: 'cell-date', ...dateFilter },
  ];
  return cols;
}

/** Settings every Grants column shares. */
export const defaultGrantColDef: ColDef<GrantRow> = {
  sortable: true,
  resizable: true,
  floatingFilter: true,
  suppressHeaderMenuButton: true,
  // Values are shaped by valueGetter/valueFormatter above; no type inference from the first block.
  cellDataType: false,
};
