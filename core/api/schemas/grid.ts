import { z } from 'zod';

/** Largest page the API returns in one call: grids page through SQLite, never load everything. */
export const MAX_PAGE_ROWS = 500;

const textCondition = z.strictObject({
  filterType: z.literal('text'),
  type: z.enum(['contains', 'notContains', 'equals', 'notEqual', 'startsWith', 'endsWith', 'blank', 'notBlank']),
  filter: z.string().max(200).nullish(),
});

/**
 * Largest number a filter takes, either sign: 10^14 major units. Money filters are compared in
 * 1/10000 of a major unit as 64-bit integers, and 10^14 × 10^4 stays well inside them; beyond it
 * the bound value would not fit SQLite's integers at all. No grant comes near it.
 */
export const MAX_FILTER_NUMBER = 1e14;

const filterNumber = z.number().finite().min(-MAX_FILTER_NUMBER).max(MAX_FILTER_NUMBER);

/** Number filters are in major units as typed ("1500.50"); the core scales them per currency. */
const numberCondition = z.strictObject({
  filterType: z.literal('number'),
  type: z.enum(['equals', 'notEqual', 'greaterThan', 'greaterThanOrEqual', 'lessThan', 'lessThanOrEqual', 'inRange', 'blank', 'notBlank']),
  filter: filterNumber.nullish(),
  filterTo: filterNumber.nullish(),
});

/** ag-grid sends dates as "YYYY-MM-DD hh:mm:ss"; only the date part matters here. */
const gridDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2})?$/, 'expected YYYY-MM-DD')
  .transform((s) => s.slice(0, 10));

const dateCondition = z.strictObject({
  filterType: z.literal('date'),
  type: z.enum(['equals', 'notEqual', 'greaterThan', 'lessThan', 'inRange', 'blank', 'notBlank']),
  dateFrom: gridDate.nullish(),
  dateTo: gridDate.nullish(),
});

const condition = z.discriminatedUnion('filterType', [textCondition, numberCondition, dateCondition]);
export type FilterCondition = z.output<typeof condition>;

const combined = z.strictObject({
  filterType: z.enum(['text', 'number', 'date']),
  operator: z.enum(['AND', 'OR']),
  conditions: z.array(condition).min(1).max(4),
});

/** One column's filter: a single condition or up to four joined with AND/OR. */
export const ColumnFilter = z.union([condition, combined]);
export type ColumnFilter = z.output<typeof ColumnFilter>;

/**
 * A page request from an infinite-row-model grid, checked against the grid's column whitelist so
 * that no column name or operator from the client ever reaches SQL as text.
 */
export function GridPageInput<const C extends readonly [string, ...string[]], const X extends z.ZodRawShape = Record<never, z.ZodType>>(columns: C, extra?: X) {
  const colId = z.enum(columns);
  return z
    .strictObject({
      ...(extra ?? ({} as X)),
      startRow: z.number().int().min(0),
      endRow: z.number().int().min(1),
      sortModel: z.array(z.strictObject({ colId, sort: z.enum(['asc', 'desc']) })).max(4).default([]),
      filterModel: z.partialRecord(colId, ColumnFilter).default({}),
      search: z.string().trim().max(200).default(''),
    })
    .refine((p) => rows(p).endRow > rows(p).startRow, { message: 'endRow must be greater than startRow', path: ['endRow'] })
    .refine((p) => rows(p).endRow - rows(p).startRow <= MAX_PAGE_ROWS, {
      message: `a page holds at most ${MAX_PAGE_ROWS} rows`,
      path: ['endRow'],
    });
}

// The extra fields make the parsed type generic; the row window is always there.
function rows(p: unknown): { startRow: number; endRow: number } {
  return p as { startRow: number; endRow: number };
}

export type GridPage<Row> = { rows: Row[]; lastRow: number | null };
