/**
 * An infinite-row-model datasource over one of the API's grid pages ('grants.page', 'audit.page'),
 * and the translation of ag-grid's sort and filter models into the API's strict input. Plain
 * functions over plain data, so they are unit tested with a fake fetchPage; a screen only wires
 * them to ag-grid and the API.
 */
import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { z } from 'zod';
import { MAX_PAGE_ROWS, type ColumnFilter } from '../../../core/api/schemas/grid';

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
/** Conditions per column filter (the API accepts up to four). */
export const MAX_CONDITIONS = 2;

/** One column's filter as the API takes it. */
export type ColumnFilterIn = z.input<typeof ColumnFilter>;
type Condition = Extract<ColumnFilterIn, { type: string }>;

/** A page request for a grid whose column ids are C. */
export type GridPageRequest<C extends string> = {
  startRow: number;
  endRow: number;
  sortModel: { colId: C; sort: 'asc' | 'desc' }[];
  filterModel: Partial<Record<C, ColumnFilterIn>>;
  search: string;
};

export type GridPageAnswer<Row> = { rows: Row[]; lastRow: number | null };

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

/** The translation between ag-grid and one grid page of the API, for the column ids `columns`. */
export function gridRequests<const C extends string>(columns: readonly C[]) {
  const set: ReadonlySet<string> = new Set(columns);
  const isColumn = (c: unknown): c is C => typeof c === 'string' && set.has(c);

  /** ag-grid's filter model, keyed by colId, reduced to known columns and accepted operators. */
  function toFilterModel(model: unknown): Partial<Record<C, ColumnFilterIn>> {
    const out: Partial<Record<C, ColumnFilterIn>> = {};
    if (!isObject(model)) return out;
    for (const [colId, f] of Object.entries(model)) {
      if (!isColumn(colId)) continue;
      const cf = toColumnFilter(f);
      if (cf) out[colId] = cf;
    }
    return out;
  }

  /** ag-grid's sort model reduced to { colId, sort } of known columns (the API allows four). */
  function toSortModel(model: unknown): GridPageRequest<C>['sortModel'] {
    if (!Array.isArray(model)) return [];
    const out: GridPageRequest<C>['sortModel'] = [];
    for (const s of model) {
      if (isObject(s) && isColumn(s.colId) && (s.sort === 'asc' || s.sort === 'desc')) out.push({ colId: s.colId, sort: s.sort });
    }
    return out.slice(0, 4);
  }

  /** The page input for one block the grid asks for. */
  function toPageInput(params: Pick<IGetRowsParams, 'startRow' | 'endRow' | 'sortModel' | 'filterModel'>, search: string): GridPageRequest<C> {
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

  return { toFilterModel, toSortModel, toPageInput };
}

/** The parts of a page input that say which rows, as opposed to which block of them. */
type QueryParts = { sortModel?: unknown; filterModel?: unknown; search?: unknown };

/** What identifies a result set (everything but the block): used to drop answers to old questions. */
export function queryKey(input: QueryParts): string {
  return JSON.stringify([input.sortModel, input.filterModel, input.search]);
}

export type GridDatasourceOptions<Input, Row> = {
  fetchPage(input: Input): Promise<GridPageAnswer<Row>>;
  /** The number of rows matching the current search and filters, after each block arrives. */
  onCount?(total: number): void;
  /** A block failed to load; the grid shows those rows as failed until refreshed. */
  onError?(error: unknown): void;
  /** Called when a block is requested, before it arrives (e.g. to clear an old error). */
  onRequest?(input: Input): void;
};

export type GridDatasource = IDatasource & {
  /** The quick-search text for blocks requested from now on; true when it changed (then purge the cache). */
  setSearch(text: string): boolean;
  readonly search: string;
};

/**
 * An infinite-row-model datasource: sorting and filtering happen in SQL; the total count comes
 * back as lastRow, so the grid knows its full height from the first block. Counts from superseded
 * queries (the user typed on, or changed a filter) are not reported.
 */
export function createGridDatasource<Input extends QueryParts, Row>(
  toPageInput: (params: IGetRowsParams, search: string) => Input,
  options: GridDatasourceOptions<Input, Row>,
): GridDatasource {
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
    getRows(params: IGetRowsParams<Row>) {
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
