/**
 * XLSX through ExcelJS's streaming writer (rows go to disk as they come, so 100,000 rows do not
 * sit in memory): a cover sheet with the selection and provenance, then one sheet per section
 * with real number cells in each currency's digits, dates as dates, a frozen header row, an
 * auto-filter and column widths fitted to the header and the first page of rows.
 */
import ExcelJS from 'exceljs';
import { minorUnitsOf } from '../domain/currencies';
import { minorToDecimal, type Column, type ExportDoc, type Row, type Section } from './table';

/** Excel's number format for an amount with `digits` decimals. */
export function moneyFormat(digits: number): string {
  return digits === 0 ? '#,##0' : `#,##0.${'0'.repeat(digits)}`;
}

/** Excel forbids []:*?/\ in sheet names and allows 31 characters; names must be unique. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
  let out = base;
  for (let i = 2; used.has(out.toLowerCase()); i++) out = `${base.slice(0, 28)} ${i}`;
  used.add(out.toLowerCase());
  return out;
}

function isoDate(v: string): Date {
  return new Date(`${v.slice(0, 10)}T00:00:00Z`);
}

function cellValue(c: Column, r: Row): ExcelJS.CellValue {
  const v = r[c.key];
  if (v === null || v === undefined) return null;
  switch (c.kind) {
    // The decimal text of the exact minor units, read as a number: no float arithmetic on money.
    case 'money':
      return Number(minorToDecimal(Number(v), String(r[c.currencyKey])));
    case 'int':
      return Number(v);
    case 'date':
      return isoDate(String(v));
    case 'datetime':
      return new Date(String(v));
    case 'bool':
      return Boolean(v);
    default:
      return String(v);
  }
}

function shown(c: Column, v: ExcelJS.CellValue): number {
  if (v === null) return 0;
  if (c.kind === 'date') return 10;
  if (c.kind === 'datetime') return 19;
  if (c.kind === 'money') return String(v).length + 4;
  return String(v).length;
}

function widths(section: Section, first: readonly Row[]): number[] {
  return section.columns.map((c) => {
    let w = c.header.length;
    for (const r of first.slice(0, 500)) w = Math.max(w, shown(c, cellValue(c, r)));
    // 9 is ExcelJS's default width, which it leaves out of the file: start at 10.
    return Math.min(60, Math.max(10, w + 2));
  });
}

// One style object per format, shared by every cell that has it: ExcelJS remembers a style object
// it has seen (a WeakMap) and otherwise re-derives the style of every cell, which was half the
// time of a 100,000-row export.
const STYLES = new Map<string, Partial<ExcelJS.Style>>();
function sharedStyle(numFmt: string): Partial<ExcelJS.Style> {
  let s = STYLES.get(numFmt);
  if (!s) STYLES.set(numFmt, (s = numFmt === '' ? {} : { numFmt }));
  return s;
}

function styleOf(c: Column, r: Row): Partial<ExcelJS.Style> {
  if (c.kind === 'money') return sharedStyle(moneyFormat(minorUnitsOf(String(r[c.currencyKey]))));
  if (c.kind === 'date') return sharedStyle('yyyy-mm-dd');
  if (c.kind === 'datetime') return sharedStyle('yyyy-mm-dd hh:mm:ss');
  return sharedStyle('');
}

function writeSection(wb: ExcelJS.stream.xlsx.WorkbookWriter, section: Section, name: string, onRows?: (n: number) => void): number {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const n = section.columns.length;
  let count = 0;
  let started = false;
  const start = (first: readonly Row[]) => {
    const w = widths(section, first);
    ws.columns = section.columns.map((c, i) => ({ header: c.header, key: c.key, width: w[i] }));
    ws.getRow(1).font = { bold: true };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: n } };
    started = true;
  };
  for (const page of section.pages()) {
    if (!started) start(page);
    for (const r of page) {
      const row = ws.addRow(section.columns.map((c) => cellValue(c, r)));
      section.columns.forEach((c, i) => {
        row.getCell(i + 1).style = styleOf(c, r);
      });
      row.commit();
      count++;
    }
    onRows?.(count);
  }
  if (!started) start([]);
  ws.commit();
  return count;
}

/** Writes the whole document to `path`; `onRows(sectionIndex, rows)` may throw to stop. */
export async function writeXlsx(path: string, doc: ExportDoc, onRows?: (section: number, n: number) => void): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  wb.creator = 'Tranche';
  wb.created = new Date(doc.provenance.exportedAt);
  const used = new Set<string>();
  const cover = wb.addWorksheet(sheetName(doc.cover.sheet, used));
  cover.columns = [{ width: 34 }, { width: 80 }];
  cover.addRow([doc.cover.title]).font = { bold: true, size: 14 };
  cover.addRow([]);
  for (const [label, value] of doc.cover.lines) {
    const row = cover.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
  cover.addRow([]);
  for (const note of doc.cover.notes) {
    const row = cover.addRow([note]);
    cover.mergeCells(row.number, 1, row.number, 2);
    row.getCell(1).alignment = { wrapText: true };
    row.height = 45;
  }
  cover.commit();
  let rows = 0;
  doc.sections.forEach((s, i) => {
    rows += writeSection(wb, s, sheetName(s.name, used), onRows ? (n) => onRows(i, n) : undefined);
  });
  await wb.commit();
  return rows;
}
