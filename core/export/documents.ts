/**
 * The funding report and a grid as export documents: a cover (selection, rates, provenance and
 * how to verify it) and the sections every format writes.
 */
import { organisationOptions } from '../../db/queries/organisations';
import type { Db } from '../../db/open';
import type { FundingReport, FundingSelection } from './funding-report';
import { gridSection, gridSheetKey, type ExportGrid, type GridView } from './grids';
import type { Label } from './labels';
import type { Column, Cover, ExportDoc, Provenance, Row, Section } from './table';

function provenanceLines(l: Label, p: Provenance): [string, string][] {
  return [
    [l('export.cover.provenance'), ''],
    [l('export.cover.auditCount'), String(p.auditCount)],
    [l('export.cover.headHash'), p.headHash ?? l('export.cover.none')],
    [l('export.cover.databaseId'), p.databaseId],
    [l('export.cover.exportedAt'), p.exportedAt],
  ];
}

function selectionLines(db: Db, l: Label, s: FundingSelection): [string, string][] {
  const names = new Map(organisationOptions(db).map((o) => [o.id, o.name]));
  const list = (xs: readonly (string | number)[], show: (x: string | number) => string = String) => (xs.length ? xs.map(show).join(', ') : l('export.cover.all'));
  const org = (id: string | number) => names.get(Number(id)) ?? `#${id}`;
  return [
    [l('export.cover.selection'), ''],
    [l('export.cover.countries'), list(s.countries)],
    [l('export.cover.years'), list(s.years)],
    [l('export.cover.funders'), list(s.funderIds, org)],
    [l('export.cover.grantees'), list(s.granteeIds, org)],
    [l('export.cover.purposes'), list(s.purposes)],
  ];
}

const fixed = (name: string, columns: Column[], rows: readonly Row[]): Section => ({ name, columns, total: rows.length, pages: () => [rows] });

/** The report's lines as a section (also what a CSV of the report holds). */
export function reportLinesSection(report: FundingReport, l: Label): Section {
  const money = (key: string, header: string): Column => ({ key, header, kind: 'money', currencyKey: 'currency' });
  const columns: Column[] = [
    { key: 'country', header: l('export.col.country'), kind: 'text' },
    { key: 'year', header: l('export.col.year'), kind: 'text' },
    { key: 'currency', header: l('export.col.currency'), kind: 'text' },
    ...(report.reportingCurrency ? [{ key: 'grantCurrency', header: l('export.col.grantCurrency'), kind: 'text' } as const] : []),
    { key: 'passThrough', header: l('export.col.passThrough'), kind: 'bool' },
    money('committedMinor', l('export.col.committed')),
    money('disbursedMinor', l('export.col.disbursed')),
    money('receivedMinor', l('export.col.received')),
    money('outstandingMinor', l('export.col.outstanding')),
    { key: 'overdueTranches', header: l('export.col.overdueTranches'), kind: 'int' },
    money('overdueMinor', l('export.col.overdueAmount')),
  ];
  return fixed(l('export.sheet.lines'), columns, report.lines);
}

export function reportDoc(db: Db, report: FundingReport, l: Label, provenance: Provenance): ExportDoc {
  const money = (key: string, header: string, currencyKey = 'currency'): Column => ({ key, header, kind: 'money', currencyKey });
  const totals = fixed(
    l('export.sheet.totals'),
    [
      { key: 'currency', header: l('export.col.currency'), kind: 'text' },
      money('committedMinor', l('export.col.committed')),
      money('disbursedMinor', l('export.col.disbursed')),
      money('receivedMinor', l('export.col.received')),
      money('outstandingMinor', l('export.col.outstanding')),
      { key: 'overdueTranches', header: l('export.col.overdueTranches'), kind: 'int' },
      money('overdueMinor', l('export.col.overdueAmount')),
    ],
    report.totals,
  );
  const pass = fixed(
    l('export.sheet.passThrough'),
    [
      { key: 'reference', header: l('export.col.reference'), kind: 'text' },
      { key: 'funder', header: l('export.col.funder'), kind: 'text' },
      { key: 'grantee', header: l('export.col.grantee'), kind: 'text' },
      { key: 'country', header: l('export.col.country'), kind: 'text' },
      money('amountMinor', l('export.col.amount')),
      { key: 'currency', header: l('export.col.currency'), kind: 'text' },
      { key: 'upstream', header: l('export.col.upstream'), kind: 'text' },
    ],
    report.passThrough,
  );
  const currency: [string, string][] = report.reportingCurrency
    ? [
        [l('export.cover.currency'), report.reportingCurrency],
        [l('export.cover.rateDate'), report.rateDate ?? ''],
        ...report.rates.filter((r) => r.currency !== 'EUR').map((r): [string, string] => ['', l('export.cover.rate', { currency: r.currency, rate: r.perEur, date: r.rateDate })]),
      ]
    : [[l('export.cover.currency'), l('export.cover.currency.original')]];
  const cover: Cover = {
    title: l('export.title.report'),
    sheet: l('export.sheet.cover'),
    lines: [...selectionLines(db, l, report.selection), ...currency, ...provenanceLines(l, provenance)],
    notes: [l('export.cover.passThroughNote'), l('export.cover.verify')],
  };
  return { cover, sections: [reportLinesSection(report, l), totals, pass], provenance };
}

export function gridDoc(db: Db, grid: ExportGrid, view: GridView, l: Label, provenance: Provenance, today: string): ExportDoc {
  const section = gridSection(db, grid, view, l, today);
  const filters = Object.entries(view.filterModel).filter(([, f]) => f !== undefined);
  const cover: Cover = {
    title: l('export.title.grid', { grid: l(gridSheetKey(grid)) }),
    sheet: l('export.sheet.cover'),
    lines: [
      [l('export.cover.selection'), ''],
      [l('export.cover.filters'), filters.length ? filters.map(([col, f]) => `${col}: ${JSON.stringify(f)}`).join('; ') : l('export.cover.none')],
      [l('export.cover.sort'), view.sortModel.length ? view.sortModel.map((s) => `${s.colId} ${s.sort}`).join(', ') : l('export.cover.none')],
      [l('export.cover.search'), view.search || l('export.cover.none')],
      [l('export.cover.rows'), String(section.total ?? '')],
      ...provenanceLines(l, provenance),
    ],
    notes: [l('export.cover.verify')],
  };
  return { cover, sections: [section], provenance };
}
