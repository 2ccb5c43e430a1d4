/**
 * What every export format writes: named sections of typed columns. Money stays integer minor
 * units here; each writer turns it into its own form (a plain decimal for CSV, a number cell
 * with the currency's digits for XLSX, localised text for PDF).
 */
import { minorUnitsOf } from '../domain/currencies';

export type Cell = string | number | boolean | null;
export type Row = Readonly<Record<string, Cell>>;

export type Column =
  | { key: string; header: string; kind: 'text' | 'int' | 'bool' }
  /** ISO YYYY-MM-DD, or an ISO instant shown as date and time. */
  | { key: string; header: string; kind: 'date' | 'datetime' }
  /** Minor units of the currency in the row's `currencyKey` field. */
  | { key: string; header: string; kind: 'money'; currencyKey: string };

export type Section = {
  /** Sheet name and heading. */
  name: string;
  columns: readonly Column[];
  /** Rows in order, in pages (a grid export reads SQLite a page at a time). */
  pages: () => Iterable<readonly Row[]>;
  /** Rows expected, for progress; null when unknown. */
  total: number | null;
};

/** Facts about the database at export time, so a reader can later prove nothing changed. */
export type Provenance = { auditCount: number; headSeq: number; headHash: string | null; databaseId: string; exportedAt: string };

/** A cover: title, then label/value lines (selection, rates, provenance). */
export type Cover = { title: string; sheet: string; lines: readonly (readonly [string, string])[]; notes: readonly string[] };

export type ExportDoc = { cover: Cover; sections: readonly Section[]; provenance: Provenance };

/** Minor units as a plain decimal with a dot and the currency's digits ("-1234.50"), exactly. */
export function minorToDecimal(minor: number, currency: string): string {
  const digits = minorUnitsOf(currency);
  const neg = minor < 0;
  const s = String(Math.abs(minor)).padStart(digits + 1, '0');
  const text = digits === 0 ? s : `${s.slice(0, -digits)}.${s.slice(-digits)}`;
  return neg ? `-${text}` : text;
}

/** Calls `onRows` after each page with the running row count; stops at the caller's cancel. */
export function* rowsOf(section: Section, onRows?: (n: number) => void): Generator<Row> {
  let n = 0;
  for (const page of section.pages()) {
    for (const r of page) yield r;
    n += page.length;
    onRows?.(n);
  }
}
