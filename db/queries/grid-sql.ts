import { sql, type SQL } from 'drizzle-orm';

/** How one whitelisted grid column maps to SQL. Expressions are fixed text written here, never client input. */
export type ColumnSpec =
  /** `code`: codes compared exactly after `normalise` (e.g. upper-case), so an index serves equality. */
  | { type: 'text'; expr: SQL; also?: SQL[]; normalise?: (s: string) => string; code?: boolean; notNull?: boolean }
  | { type: 'date'; expr: SQL }
  /** A money column: filters in major units are scaled by the row's own minor units. */
  | { type: 'money'; expr: SQL; minorUnits: SQL; sortExpr?: SQL }
  | { type: 'number'; expr: SQL };

type Condition =
  | { filterType: 'text'; type: string; filter?: string | null }
  | { filterType: 'number'; type: string; filter?: number | null; filterTo?: number | null }
  | { filterType: 'date'; type: string; dateFrom?: string | null; dateTo?: string | null };
type Filter = Condition | { filterType: string; operator: 'AND' | 'OR'; conditions: Condition[] };

/** Thrown for a filter that cannot apply to its column; the core turns it into invalid_input. */
export class GridFilterError extends Error {
  constructor(
    readonly colId: string,
    message: string,
  ) {
    super(message);
  }
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** "expr contains text" for any of `exprs`, with % and _ in the text taken literally. */
export function containsAny(exprs: SQL[], text: string): SQL {
  const like = `%${escapeLike(text)}%`;
  return sql`(${sql.join(
    exprs.map((e) => sql`${e} LIKE ${like} ESCAPE '\\'`),
    sql` OR `,
  )})`;
}

/** A JS number typed into a filter, as an exact integer count of 1/10000 of a major unit. */
export function scaledMajor(colId: string, n: number): bigint {
  const text = n.toString();
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new GridFilterError(colId, `"${text}" is not a plain decimal amount`);
  const frac = (m[3] ?? '').padEnd(4, '0');
  if (frac.length > 4) throw new GridFilterError(colId, `"${text}" has more than 4 decimals`);
  const v = BigInt(m[2]! + frac);
  return m[1] === '-' ? -v : v;
}

const SCALE_TO_10K = (minorUnits: SQL) =>
  sql`(CASE ${minorUnits} WHEN 0 THEN 10000 WHEN 1 THEN 1000 WHEN 2 THEN 100 WHEN 3 THEN 10 ELSE 1 END)`;

function textCondition(spec: Extract<ColumnSpec, { type: 'text' }>, c: Extract<Condition, { filterType: 'text' }>): SQL {
  const exprs = [spec.expr, ...(spec.also ?? [])];
  if (c.type === 'blank') return sql`(${spec.expr} IS NULL OR ${spec.expr} = '')`;
  if (c.type === 'notBlank') return sql`(${spec.expr} IS NOT NULL AND ${spec.expr} <> '')`;
  const raw = (c.filter ?? '').trim();
  const value = spec.normalise ? spec.normalise(raw) : raw;
  const e = escapeLike(value);
  const one = (x: SQL): SQL => {
    switch (c.type) {
      case 'contains':
        return sql`${x} LIKE ${`%${e}%`} ESCAPE '\\'`;
      case 'notContains':
        return sql`${x} NOT LIKE ${`%${e}%`} ESCAPE '\\'`;
      case 'startsWith':
        return sql`${x} LIKE ${`${e}%`} ESCAPE '\\'`;
      case 'endsWith':
        return sql`${x} LIKE ${`%${e}`} ESCAPE '\\'`;
      case 'equals':
        return spec.code ? sql`${x} = ${value}` : sql`${x} = ${value} COLLATE NOCASE`;
      default:
        return spec.code ? sql`${x} <> ${value}` : sql`${x} <> ${value} COLLATE NOCASE`;
    }
  };
  const parts = exprs.map(one);
  // A negative condition must hold for every alias of the column, a positive one for any.
  const joiner = c.type === 'notContains' || c.type === 'notEqual' ? sql` AND ` : sql` OR `;
  return sql`(${sql.join(parts, joiner)})`;
}

function compare(colId: string, lhs: SQL, type: string, a: unknown, b: unknown): SQL {
  const need = (v: unknown): unknown => {
    if (v === null || v === undefined) throw new GridFilterError(colId, `filter "${type}" needs a value`);
    return v;
  };
  switch (type) {
    case 'equals':
      return sql`${lhs} = ${need(a)}`;
    case 'notEqual':
      return sql`${lhs} <> ${need(a)}`;
    case 'greaterThan':
      return sql`${lhs} > ${need(a)}`;
    case 'greaterThanOrEqual':
      return sql`${lhs} >= ${need(a)}`;
    case 'lessThan':
      return sql`${lhs} < ${need(a)}`;
    case 'lessThanOrEqual':
      return sql`${lhs} <= ${need(a)}`;
    case 'inRange':
      return sql`(${lhs} >= ${need(a)} AND ${lhs} <= ${need(b)})`;
    default:
      throw new GridFilterError(colId, `unsupported filter "${type}"`);
  }
}

function conditionSql(colId: string, spec: ColumnSpec, c: Condition): SQL {
  if (c.type === 'blank') return sql`${spec.expr} IS NULL`;
  if (c.type === 'notBlank' && spec.type !== 'text') return sql`${spec.expr} IS NOT NULL`;
  if (spec.type === 'text') {
    if (c.filterType !== 'text') throw new GridFilterError(colId, `column "${colId}" takes a text filter`);
    return textCondition(spec, c);
  }
  if (spec.type === 'date') {
    if (c.filterType !== 'date') throw new GridFilterError(colId, `column "${colId}" takes a date filter`);
    return compare(colId, spec.expr, c.type, c.dateFrom, c.dateTo);
  }
  if (c.filterType !== 'number') throw new GridFilterError(colId, `column "${colId}" takes a number filter`);
  if (spec.type === 'number') return compare(colId, spec.expr, c.type, c.filter, c.filterTo);
  // Money: compare minor units scaled to 1/10000 of a major unit, in integers, against the typed value.
  const lhs = sql`(${spec.expr} * ${SCALE_TO_10K(spec.minorUnits)})`;
  const toScaled = (v: number | null | undefined) => (v === null || v === undefined ? v : scaledMajor(colId, v));
  return compare(colId, lhs, c.type, toScaled(c.filter), toScaled(c.filterTo));
}

/** One page request of a server-paged grid, as the API validated it. */
export type GridPageQuery = {
  startRow: number;
  endRow: number;
  sortModel: { colId: string; sort: 'asc' | 'desc' }[];
  filterModel: Record<string, Filter | undefined>;
  search: string;
};

/** WHERE conditions (to be ANDed) for an ag-grid filter model, every value bound. */
export function whereForFilters(specs: Record<string, ColumnSpec>, model: Record<string, Filter | undefined>): SQL[] {
  const out: SQL[] = [];
  for (const [colId, f] of Object.entries(model)) {
    if (!f) continue;
    const spec = specs[colId];
    if (!spec) throw new GridFilterError(colId, `column "${colId}" cannot be filtered`);
    if ('conditions' in f) {
      const parts = f.conditions.map((c) => conditionSql(colId, spec, c));
      out.push(sql`(${sql.join(parts, f.operator === 'AND' ? sql` AND ` : sql` OR `)})`);
    } else {
      out.push(conditionSql(colId, spec, f));
    }
  }
  return out;
}

/** ORDER BY for a sort model, ending with a unique key so pages never overlap or skip rows. */
export function orderBy(specs: Record<string, ColumnSpec>, model: { colId: string; sort: 'asc' | 'desc' }[], tieBreak: SQL): SQL {
  const parts = model.map(({ colId, sort }) => {
    const spec = specs[colId];
    if (!spec) throw new GridFilterError(colId, `column "${colId}" cannot be sorted`);
    const e = spec.type === 'money' && spec.sortExpr ? spec.sortExpr : spec.expr;
    // NULLS LAST keeps SQLite from walking an index in order; a column that is never null needs none.
    if (spec.type === 'text' && spec.notNull) return sort === 'asc' ? sql`${e} ASC` : sql`${e} DESC`;
    return sort === 'asc' ? sql`${e} ASC NULLS LAST` : sql`${e} DESC NULLS LAST`;
  });
  parts.push(tieBreak);
  return sql.join(parts, sql`, `);
}
