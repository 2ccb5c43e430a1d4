/**
 * The grids as export sections: the same query modules the screens page through (so a file holds
 * what the grid shows, with its filters, search and sort), read in pages of a few thousand rows.
 */
import { auditPageSql } from '../../db/queries/audit-grid';
import { disbursementsPageSql } from '../../db/queries/disbursements-grid';
import { grantsPageSql } from '../../db/queries/grants';
import type { GridPageQuery } from '../../db/queries/grid-sql';
import { reconciliationPageSql } from '../../db/queries/reconciliation-grid';
import type { Db } from '../../db/open';
import type { Label } from './labels';
import type { Column, Row, Section } from './table';

export const EXPORT_GRIDS = ['grants', 'disbursements', 'reconciliation', 'audit'] as const;
export type ExportGrid = (typeof EXPORT_GRIDS)[number];

/** A grid's view: what the screen sends for a page, without the row window. */
export type GridView = Omit<GridPageQuery, 'startRow' | 'endRow'>;

/** Days after which a payment with no receipt counts as not received (as on the screen). */
const RECONCILIATION_DAYS = 30;
const PAGE = 25_000;

type GridDef = {
  sheet: 'export.sheet.grants' | 'export.sheet.disbursements' | 'export.sheet.reconciliation' | 'export.sheet.audit';
  columns: (l: Label) => Column[];
  /** One page of rows (SQL only: the count is read once, not per page). */
  page: (db: Db, q: GridPageQuery, today: string) => Row[];
  count: (db: Db, q: GridPageQuery, today: string) => number;
};

const countOf = (db: Db, count: Parameters<Db['get']>[0]) => db.get<{ n: number }>(count)?.n ?? 0;

const GRIDS: Record<ExportGrid, GridDef> = {
  grants: {
    sheet: 'export.sheet.grants',
    columns: (l) => [
      { key: 'reference', header: l('export.col.reference'), kind: 'text' },
      { key: 'title', header: l('export.col.title'), kind: 'text' },
      { key: 'grantor', header: l('export.col.funder'), kind: 'text' },
      { key: 'grantee', header: l('export.col.grantee'), kind: 'text' },
      { key: 'country', header: l('export.col.country'), kind: 'text' },
      { key: 'purpose', header: l('export.col.purpose'), kind: 'text' },
      { key: 'amountMinor', header: l('export.col.amount'), kind: 'money', currencyKey: 'currency' },
      { key: 'currency', header: l('export.col.currency'), kind: 'text' },
      { key: 'disbursedMinor', header: l('export.col.disbursed'), kind: 'money', currencyKey: 'currency' },
      { key: 'receivedMinor', header: l('export.col.received'), kind: 'money', currencyKey: 'currency' },
      { key: 'status', header: l('export.col.status'), kind: 'text' },
      { key: 'startDate', header: l('export.col.startDate'), kind: 'date' },
      { key: 'endDate', header: l('export.col.endDate'), kind: 'date' },
    ],
    page: (db, q) => db.all<Row>(grantsPageSql(q).page),
    count: (db, q) => countOf(db, grantsPageSql(q).count),
  },
  disbursements: {
    sheet: 'export.sheet.disbursements',
    columns: (l) => [
      { key: 'id', header: l('export.col.id'), kind: 'int' },
      { key: 'paidDate', header: l('export.col.paidDate'), kind: 'date' },
      { key: 'reference', header: l('export.col.reference'), kind: 'text' },
      { key: 'grantee', header: l('export.col.grantee'), kind: 'text' },
      { key: 'country', header: l('export.col.country'), kind: 'text' },
      { key: 'amountMinor', header: l('export.col.amount'), kind: 'money', currencyKey: 'currency' },
      { key: 'currency', header: l('export.col.currency'), kind: 'text' },
      { key: 'bankReference', header: l('export.col.bankReference'), kind: 'text' },
      { key: 'approved', header: l('export.col.approved'), kind: 'bool' },
    ],
    page: (db, q) => db.all<Row>(disbursementsPageSql(q).page),
    count: (db, q) => countOf(db, disbursementsPageSql(q).count),
  },
  reconciliation: {
    sheet: 'export.sheet.reconciliation',
    columns: (l) => [
      { key: 'reference', header: l('export.col.reference'), kind: 'text' },
      { key: 'grantee', header: l('export.col.grantee'), kind: 'text' },
      { key: 'country', header: l('export.col.country'), kind: 'text' },
      { key: 'currency', header: l('export.col.currency'), kind: 'text' },
      { key: 'status', header: l('export.col.status'), kind: 'text' },
      { key: 'amountMinor', header: l('export.col.amount'), kind: 'money', currencyKey: 'currency' },
      { key: 'scheduledMinor', header: l('export.col.scheduled'), kind: 'money', currencyKey: 'currency' },
      { key: 'disbursedMinor', header: l('export.col.disbursed'), kind: 'money', currencyKey: 'currency' },
      { key: 'receivedMinor', header: l('export.col.received'), kind: 'money', currencyKey: 'currency' },
      { key: 'outstandingMinor', header: l('export.col.outstanding'), kind: 'money', currencyKey: 'currency' },
      { key: 'unreceivedCount', header: l('export.col.unreceivedCount'), kind: 'int' },
      { key: 'unmatchedReceivedMinor', header: l('export.col.unmatchedReceived'), kind: 'money', currencyKey: 'currency' },
    ],
    page: (db, q, today) => db.all<Row>(reconciliationPageSql(q, today, RECONCILIATION_DAYS).page),
    count: (db, q, today) => countOf(db, reconciliationPageSql(q, today, RECONCILIATION_DAYS).count),
  },
  audit: {
    sheet: 'export.sheet.audit',
    columns: (l) => [
      { key: 'seq', header: l('export.col.seq'), kind: 'int' },
      { key: 'at', header: l('export.col.at'), kind: 'datetime' },
      { key: 'userName', header: l('export.col.user'), kind: 'text' },
      { key: 'action', header: l('export.col.action'), kind: 'text' },
      { key: 'tableName', header: l('export.col.table'), kind: 'text' },
      { key: 'recordId', header: l('export.col.record'), kind: 'text' },
      { key: 'reason', header: l('export.col.reason'), kind: 'text' },
      { key: 'hash', header: l('export.col.hash'), kind: 'text' },
    ],
    page: (db, q) => db.all<Row>(auditPageSql(q).page),
    count: (db, q) => countOf(db, auditPageSql(q).count),
  },
};

/** The sheet-name key of a grid (also its name on the cover). */
export const gridSheetKey = (grid: ExportGrid) => GRIDS[grid].sheet;

/** One grid's rows under `view` as a section, read `PAGE` rows at a time. */
export function gridSection(db: Db, grid: ExportGrid, view: GridView, l: Label, today: string): Section {
  const def = GRIDS[grid];
  const q = (startRow: number): GridPageQuery => ({ ...view, startRow, endRow: startRow + PAGE });
  const total = def.count(db, q(0), today);
  return {
    name: l(def.sheet),
    columns: def.columns(l),
    total,
    pages: function* () {
      for (let start = 0; start < total; start += PAGE) {
        const rows = def.page(db, q(start), today);
        if (rows.length === 0) return;
        yield rows;
      }
    },
  };
}
